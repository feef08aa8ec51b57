// Tests for sentence splitting: Arabic and Latin terminators, line breaks, quotes, abbreviations, numbers.
#include <gtest/gtest.h>

#include "text/normalizer.h"
#include "text/sentence_splitter.h"

namespace marsad::text {
namespace {

std::vector<std::string> Sentences(const std::string& s, SplitterOptions options = {}) {
  static const Normalizer n = Normalizer::FromFile(MARSAD_DATA_DIR "/text/normalization.tsv").value();
  std::vector<Token> tokens;
  Tokenize(s, 0, &tokens);
  for (Token& t : tokens) t.norm = n.Normalize(s.substr(t.begin, t.end - t.begin));
  const SentenceSplitter splitter = SentenceSplitter::WithAbbreviations({"dr", "mr"}, options);
  std::vector<std::string> out;
  for (const Sentence& sent : splitter.Split(s, 0, tokens)) out.push_back(s.substr(sent.begin, sent.end - sent.begin));
  return out;
}

TEST(SentenceSplitter, ArabicTerminators) {
  EXPECT_EQ(Sentences("زار الوزير بكين. هل تنجح الزيارة؟ نعم! قال ذلك؛ ثم غادر"),
            (std::vector<std::string>{"زار الوزير بكين.", "هل تنجح الزيارة؟", "نعم!", "قال ذلك؛", "ثم غادر"}));
}

TEST(SentenceSplitter, LineBreaksEndHeadlinesWithoutPunctuation) {
  EXPECT_EQ(Sentences("إيران وروسيا تبحثان توسيع تعاونهما العسكري\n\nدبي-الشرق\nقال باقري إن التعاون جيد."),
            (std::vector<std::string>{"إيران وروسيا تبحثان توسيع تعاونهما العسكري", "دبي-الشرق",
                                      "قال باقري إن التعاون جيد."}));
}

TEST(SentenceSplitter, NumbersAndAbbreviationsDoNotSplit) {
  EXPECT_EQ(Sentences("نما الاقتصاد 3.5 في المئة. وقال د. محمد إن Dr. Smith وافق."),
            (std::vector<std::string>{"نما الاقتصاد 3.5 في المئة.", "وقال د. محمد إن Dr. Smith وافق."}));
  EXPECT_EQ(Sentences("U.S. forces left. Then"), (std::vector<std::string>{"U.S. forces left.", "Then"}));
}

TEST(SentenceSplitter, ClosingQuotesStayAndShortQuotesAreNotSplit) {
  EXPECT_EQ(Sentences("قال: \"التعاون في تقدم. ونأمل المزيد.\" ثم غادر. انتهى"),
            (std::vector<std::string>{"قال: \"التعاون في تقدم. ونأمل المزيد.\"", "ثم غادر.", "انتهى"}));
  EXPECT_EQ(Sentences("وقال «لن نتراجع!» وغادر."), (std::vector<std::string>{"وقال «لن نتراجع!» وغادر."}));
}

TEST(SentenceSplitter, OverLongRunsAreCut) {
  std::string s;
  for (int i = 0; i < 50; ++i) s += "كلمة ";
  SplitterOptions options;
  options.max_tokens = 20;
  const auto out = Sentences(s, options);
  EXPECT_EQ(out.size(), 3u);
}

}  // namespace
}  // namespace marsad::text
