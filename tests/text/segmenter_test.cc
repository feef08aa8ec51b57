// Tests for clitic segmentation with a small test lexicon (the logic) and with the shipped lexicon (names
// that begin with clitic letters stay whole).
#include <gtest/gtest.h>

#include "text/segmenter.h"

namespace marsad::text {
namespace {

const Normalizer& Norm() {
  static const Normalizer n = Normalizer::FromFile(MARSAD_DATA_DIR "/text/normalization.tsv").value();
  return n;
}

std::string Best(const Segmenter& s, const std::string& word) {
  const Segmentation seg = s.Segment(Norm().Normalize(word), word).front();
  std::string out;
  for (const auto& p : seg.prefixes) out += p + "+";
  out += seg.stem;
  for (const auto& p : seg.suffixes) out += "+" + p;
  return out;
}

TEST(Segmenter, LexiconKeepsNamesWhole) {
  const Segmenter s = Segmenter::FromWords({"بكين", "بلغاريا", "فرنسا", "وزير", "كابل", "لبنان", "صين", "زيارة"}, Norm());
  for (const char* w : {"بكين", "بلغاريا", "فرنسا", "وزير", "كابل", "لبنان"}) EXPECT_EQ(Best(s, w), Norm().Normalize(w)) << w;
  EXPECT_EQ(Best(s, "وبكين"), "و+بكين");
  EXPECT_EQ(Best(s, "ولبنان"), "و+لبنان");
  EXPECT_EQ(Best(s, "والوزير"), "و+ال+وزير");
}

TEST(Segmenter, SplitsProcliticsArticleAndLamAlefLam) {
  const Segmenter s = Segmenter::FromWords({"صين", "قوات", "زيارة", "يلتقي"}, Norm());
  EXPECT_EQ(Best(s, "والصين"), "و+ال+صين");
  EXPECT_EQ(Best(s, "للصين"), "ل+ال+صين");
  EXPECT_EQ(Best(s, "بالقوات"), "ب+ال+قوات");
  EXPECT_EQ(Best(s, "وسيلتقي"), "و+س+يلتقي");
}

TEST(Segmenter, SuffixesAndTaMarbutaRestoration) {
  const Segmenter s = Segmenter::FromWords({"زيارة", "تعاون"}, Norm());
  EXPECT_EQ(Best(s, "زيارته"), "زياره+ه");
  EXPECT_EQ(Best(s, "تعاونهما"), "تعاون+هما");
  // A word ending in ة is never read as a stem plus the pronoun ه.
  for (const Segmentation& seg : s.Segment(Norm().Normalize("زيارة"), "زيارة")) EXPECT_TRUE(seg.suffixes.empty());
}

TEST(Segmenter, UnknownWordsKeepEveryPlausibleAnalysis) {
  const Segmenter s = Segmenter::FromWords({}, Norm());
  const std::vector<Segmentation> all = s.Segment(Norm().Normalize("بلقيس"), "بلقيس");
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[0].stem, "بلقيس");  // unknown: whole word first, ب + لقيس kept as an alternative
  bool has_split = false;
  for (const auto& a : all) has_split = has_split || (a.prefixes.size() == 1 && a.prefixes[0] == "ب");
  EXPECT_TRUE(has_split);
  // The article is a strong sign even for unknown stems.
  EXPECT_EQ(Best(s, "والمتظاهرين"), "و+ال+متظاهرين");
}

TEST(Segmenter, ShippedLexiconProtectsPlaceNames) {
  const Segmenter s = Segmenter::FromFiles({MARSAD_DATA_DIR "/text/lexicon.txt"}, Norm()).value();
  EXPECT_GT(s.lexicon_size(), 5000u);
  for (const char* w : {"بكين", "بلغاريا", "فرنسا", "وزير", "كابل", "لبنان", "واشنطن", "فلسطين", "بيروت", "كندا"}) {
    EXPECT_EQ(Best(s, w), Norm().Normalize(w)) << w;
  }
  EXPECT_EQ(Best(s, "والصين"), "و+الصين");
  EXPECT_EQ(Best(s, "وبكين"), "و+بكين");
}

}  // namespace
}  // namespace marsad::text
