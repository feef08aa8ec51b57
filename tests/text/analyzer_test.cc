// End-to-end tests of the text-analysis stage on the two example articles: every span cuts back to its
// text, headline and dateline sentences come out, the dateline yields 11 September.
#include <gtest/gtest.h>

#include "base/file.h"
#include "text/analyzer.h"
#include "test_analyzer.h"

namespace marsad::text {
namespace {

class ExampleArticle : public ::testing::TestWithParam<const char*> {};

TEST_P(ExampleArticle, EverySpanCutsBackToItsText) {
  const std::string text = ReadFile(std::string(MARSAD_EXAMPLES_DIR) + "/" + GetParam()).value();
  AnalyzedText out;
  test::SharedAnalyzer().Analyze(text, 0, CivilDate{2021, 10, 19}, &out);
  ASSERT_GT(out.sentences.size(), 10u);
  EXPECT_TRUE(out.invalid_bytes.empty());
  uint32_t prev_end = 0;
  for (const Sentence& s : out.sentences) {
    EXPECT_LT(s.begin, s.end);
    EXPECT_GE(s.begin, prev_end);
    prev_end = s.end;
    EXPECT_EQ(s.begin, out.tokens[s.first_token].begin);
    EXPECT_EQ(s.end, out.tokens[s.last_token - 1].end);
  }
  for (const Token& t : out.tokens) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, text.size());
    // Tokens never contain whitespace and their normalised form is not empty for words.
    const std::string piece = text.substr(t.begin, t.end - t.begin);
    EXPECT_EQ(piece.find(' '), std::string::npos) << piece;
    EXPECT_EQ(piece.find('\n'), std::string::npos) << piece;
    if (t.kind == TokenKind::kWord) {
      EXPECT_FALSE(t.norm.empty()) << piece;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, ExampleArticle, ::testing::Values("irna-baqeri-beijing.txt", "asharq-baqeri-moscow.txt"));

std::vector<std::string> SentenceTexts(const std::string& text, const AnalyzedText& out) {
  std::vector<std::string> v;
  for (const Sentence& s : out.sentences) v.push_back(text.substr(s.begin, s.end - s.begin));
  return v;
}

TEST(Analyzer, IrnaArticleHeadlineDatelineAndDate) {
  const std::string text = ReadFile(std::string(MARSAD_EXAMPLES_DIR) + "/irna-baqeri-beijing.txt").value();
  AnalyzedText out;
  test::SharedAnalyzer().Analyze(text, 0, CivilDate{2021, 9, 12}, &out);
  const auto sentences = SentenceTexts(text, out);
  EXPECT_EQ(sentences[0], "زيارة اللواء باقري إلى بكين؛");
  EXPECT_EQ(sentences[1], "بداية صفحة جديدة في التعاون العسكري والدفاعي الإيراني الصيني");
  EXPECT_EQ(sentences[2].rfind("بكين/ 11 ايلول/ سبتمبر/ ارنا- يزور رئيس الاركان", 0), 0u);
  ASSERT_FALSE(out.dates.empty());
  EXPECT_EQ(text.substr(out.dates[0].begin, out.dates[0].end - out.dates[0].begin), "11 ايلول/ سبتمبر");
  EXPECT_EQ(out.dates[0].Iso(), "2021-09-11");
  bool has_2016 = false;
  for (const DateMention& d : out.dates) has_2016 = has_2016 || d.Iso() == "2016";
  EXPECT_TRUE(has_2016);
}

TEST(Analyzer, AsharqArticleWeekdayAndQuotes) {
  const std::string text = ReadFile(std::string(MARSAD_EXAMPLES_DIR) + "/asharq-baqeri-moscow.txt").value();
  AnalyzedText out;
  test::SharedAnalyzer().Analyze(text, 0, CivilDate{2021, 10, 19}, &out);
  const auto sentences = SentenceTexts(text, out);
  EXPECT_EQ(sentences[0], "إيران وروسيا تبحثان توسيع تعاونهما العسكري");
  bool dateline = false, monday = false;
  for (const auto& s : sentences) dateline = dateline || s == "دبي-الشرق";
  for (const DateMention& d : out.dates) monday = monday || (text.substr(d.begin, d.end - d.begin) == "الاثنين" && d.Iso() == "2021-10-18");
  EXPECT_TRUE(dateline);
  EXPECT_TRUE(monday);
}

TEST(Analyzer, InvalidBytesAreReportedNotFatal) {
  const std::string text = "زار الوزير\xFF بكين.";
  AnalyzedText out;
  test::SharedAnalyzer().Analyze(text, 7, std::nullopt, &out);
  ASSERT_EQ(out.invalid_bytes.size(), 1u);
  EXPECT_EQ(out.invalid_bytes[0], 7u + text.find('\xFF'));
  EXPECT_EQ(out.sentences.size(), 1u);
}

}  // namespace
}  // namespace marsad::text
