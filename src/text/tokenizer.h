// Tokenizer: splits original text into tokens with byte spans, kinds and line-break flags. It works on the
// original bytes (spans always cut back to the token's exact text); normalisation is applied per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

enum class TokenKind : uint8_t {
  kWord,         // Arabic-script word
  kLatin,        // Latin-script word
  kForeign,      // word in another script
  kNumber,       // digits (any script) with inner decimal/thousands separators
  kPunctuation,  // punctuation or symbol; runs of the same mark ("...", "!!") are one token
  kUrl,
  kEmail,
  kHashtag,
  kMention,
};
const char* TokenKindName(TokenKind kind);

struct Token {
  uint32_t begin = 0;  // byte offsets into the original text (already including any base offset)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  uint16_t line_breaks_before = 0;  // line breaks in the whitespace before this token (saturating)
  bool space_before = false;        // any whitespace (or a line break) before this token
  std::string norm;                 // normalised form, filled by the Analyzer
};

// Appends the tokens of text to *tokens; `base` is added to every offset. Invalid UTF-8 bytes are treated
// as symbols (one punctuation token each) so they stay visible and spans stay exact.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* tokens);

// Code point classes used by the tokenizer and by later stages.
bool IsArabicLetterOrMark(char32_t cp);
bool IsLineBreak(char32_t cp);

}  // namespace marsad::text
