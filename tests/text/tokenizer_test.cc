// Tests for the tokenizer: kinds, exact byte spans, numbers, URLs, invisible characters, invalid bytes.
#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace marsad::text {
namespace {

std::vector<std::pair<std::string, TokenKind>> Tok(const std::string& s) {
  std::vector<Token> tokens;
  Tokenize(s, 0, &tokens);
  std::vector<std::pair<std::string, TokenKind>> out;
  for (const Token& t : tokens) out.emplace_back(s.substr(t.begin, t.end - t.begin), t.kind);
  return out;
}

TEST(Tokenizer, SplitsArabicWordsPunctuationAndNumbers) {
  const auto t = Tok("بكين/ 11 ايلول/ سبتمبر/ ارنا- يزور");
  const std::vector<std::pair<std::string, TokenKind>> want = {
      {"بكين", TokenKind::kWord}, {"/", TokenKind::kPunctuation}, {"11", TokenKind::kNumber},
      {"ايلول", TokenKind::kWord}, {"/", TokenKind::kPunctuation}, {"سبتمبر", TokenKind::kWord},
      {"/", TokenKind::kPunctuation}, {"ارنا", TokenKind::kWord}, {"-", TokenKind::kPunctuation},
      {"يزور", TokenKind::kWord}};
  EXPECT_EQ(t, want);
}

TEST(Tokenizer, KeepsDecimalsAndThousandsTogether) {
  const auto t = Tok("نما 3.5% و1,000 و٣٫٥ في 2021.");
  ASSERT_GE(t.size(), 9u);
  EXPECT_EQ(t[1].first, "3.5");
  EXPECT_EQ(t[1].second, TokenKind::kNumber);
  EXPECT_EQ(t[2].first, "%");
  EXPECT_EQ(t[4].first, "1,000");
  EXPECT_EQ(t[6].first, "٣٫٥");
  EXPECT_EQ(t.back().first, ".");
  EXPECT_EQ(t[t.size() - 2].first, "2021");
}

TEST(Tokenizer, RecognisesUrlsEmailsHashtagsMentionsAndLatin) {
  const auto t = Tok("انظر https://example.com/a?b=1. أو info@irna.ir #إيران @IRNA_ar (CNN)--");
  EXPECT_EQ(t[1], std::make_pair(std::string("https://example.com/a?b=1"), TokenKind::kUrl));
  EXPECT_EQ(t[2].first, ".");
  EXPECT_EQ(t[4], std::make_pair(std::string("info@irna.ir"), TokenKind::kEmail));
  EXPECT_EQ(t[5], std::make_pair(std::string("#إيران"), TokenKind::kHashtag));
  EXPECT_EQ(t[6], std::make_pair(std::string("@IRNA_ar"), TokenKind::kMention));
  EXPECT_EQ(t[8], std::make_pair(std::string("CNN"), TokenKind::kLatin));
  EXPECT_EQ(t[10].first, "--");
}

TEST(Tokenizer, TatweelDiacriticsAndZeroWidthStayInsideWords) {
  const auto t = Tok("بـ\"المؤذية\" العـــالم مُحَمَّد إيران\u200Cي");
  EXPECT_EQ(t[0].first, "بـ");
  EXPECT_EQ(t[2].first, "المؤذية");
  EXPECT_EQ(t[4].first, "العـــالم");
  EXPECT_EQ(t[5].first, "مُحَمَّد");
  EXPECT_EQ(t[6].first, "إيران\u200Cي");
}

TEST(Tokenizer, RecordsLineBreaksAndOffsetsWithBase) {
  std::vector<Token> tokens;
  Tokenize("عنوان\n\nنص  هنا", 1000, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].begin, 1000u);
  EXPECT_EQ(tokens[1].line_breaks_before, 2);
  EXPECT_EQ(tokens[2].line_breaks_before, 0);
  EXPECT_TRUE(tokens[2].space_before);
}

TEST(Tokenizer, InvalidBytesBecomeOneByteTokens) {
  const std::string s = "ا\xFF\xFEب";
  std::vector<Token> tokens;
  Tokenize(s, 0, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].end - tokens[1].begin, 1u);
  EXPECT_EQ(tokens[3].begin, 4u);
}

}  // namespace
}  // namespace marsad::text
