// Tests for the rules-driven normaliser and its offset map, on the shipped rules and on small rule sets.
#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace marsad::text {
namespace {

const Normalizer& Shipped() {
  static const Normalizer n = Normalizer::FromFile(MARSAD_DATA_DIR "/text/normalization.tsv").value();
  return n;
}

TEST(Normalizer, FoldsAlefYaTaMarbutaAndDiacritics) {
  const Normalizer& n = Shipped();
  EXPECT_EQ(n.Normalize("أحمد إيران آسيا ٱلله"), "احمد ايران اسيا الله");
  EXPECT_EQ(n.Normalize("مصطفى"), "مصطفي");
  EXPECT_EQ(n.Normalize("زيارة"), "زياره");
  EXPECT_EQ(n.Normalize("تأكيداً"), "تاكيدا");
  EXPECT_EQ(n.Normalize("مُحَمَّدٌ"), "محمد");
  EXPECT_EQ(n.Normalize("تتضمَّن"), "تتضمن");
}

TEST(Normalizer, HandlesTatweelPersianLettersDigitsAndInvisibles) {
  const Normalizer& n = Shipped();
  EXPECT_EQ(n.Normalize("بـ\"المؤذية\""), "ب\"المؤذيه\"");
  EXPECT_EQ(n.Normalize("العـــــالم"), "العالم");
  EXPECT_EQ(n.Normalize("ایران کابل"), "ايران كابل");
  EXPECT_EQ(n.Normalize("٢٠٢١ ۱۴۰۰ ٣٫٥"), "2021 1400 3.5");
  EXPECT_EQ(n.Normalize("إيران\u200F\u200Bوالصين"), "ايرانوالصين");
  EXPECT_EQ(n.Normalize("a\u00A0b\u202Fc"), "a b c");
  EXPECT_EQ(n.Normalize("IRNA Reuters"), "irna reuters");
}

TEST(Normalizer, DecomposesPresentationForms) {
  const Normalizer& n = Shipped();
  // ﻻ (lam-alef ligature) and isolated/final forms of ب and ة.
  EXPECT_EQ(n.Normalize("\uFEFB"), "لا");
  EXPECT_EQ(n.Normalize("\uFEF7"), "لا");  // lam with hamza-alef: the alef is folded too
  EXPECT_EQ(n.Normalize("\uFE8F\uFE94"), "به");
}

TEST(Normalizer, OffsetMapPointsBackToOriginalBytes) {
  const Normalizer& n = Shipped();
  const std::string original = "قالَ: إنّ ٣";
  NormalizedText nt;
  n.Normalize(original, 100, &nt);
  EXPECT_EQ(nt.text, "قال: ان 3");
  ASSERT_EQ(nt.to_original.size(), nt.text.size() + 1);
  // "ان" in the normalised text maps back to "إنّ" in the original.
  const size_t a = nt.text.find("ان");
  const size_t b = a + std::string("ان").size();
  EXPECT_EQ(original.substr(nt.to_original[a] - 100, nt.to_original[b] - nt.to_original[a]), "إنّ");
  EXPECT_EQ(nt.to_original.back(), 100 + original.size());
}

TEST(Normalizer, ClassesCanBeSwitchedOff) {
  NormalizerOptions keep_ta;
  keep_ta.disabled_classes = {"ta_marbuta"};
  const Normalizer n = Normalizer::FromFile(MARSAD_DATA_DIR "/text/normalization.tsv", keep_ta).value();
  EXPECT_EQ(n.Normalize("زيارة أحمد"), "زيارة احمد");
}

TEST(Normalizer, SmallRuleSetAndErrorsNameTheLine) {
  Result<Normalizer> n = Normalizer::FromRules("# test\nx\tU+0041\tU+0042\tA to B\ny\tU+0061..U+0063\t-\n", "test.tsv");
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(n->Normalize("AabcdA"), "BdB");
  Result<Normalizer> bad = Normalizer::FromRules("x\tU+0041\tU+0042\nx\tU+ZZ\tU+0042\n", "rules.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("rules.tsv:2"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(Normalizer::FromRules("x\tU+0041\n", "short.tsv").ok());
}

TEST(Normalizer, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(Shipped().Normalize("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace marsad::text
