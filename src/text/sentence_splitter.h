// Sentence splitting over tokens: Arabic and Latin terminators (. ؟ ? ! ؛ ; …), line breaks (headlines and
// paragraphs end sentences), closing quotes kept with their sentence, no split inside short quotations,
// after abbreviations (د. ، U.S.) or inside numbers (3.5 is one token already).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/tokenizer.h"

namespace marsad::text {

struct Sentence {
  uint32_t begin = 0;        // byte span in the original text
  uint32_t end = 0;
  uint32_t first_token = 0;  // token range [first_token, last_token)
  uint32_t last_token = 0;
  bool forced_break = false;  // cut because it reached SplitterOptions::max_tokens
};

struct SplitterOptions {
  uint32_t max_tokens = 400;         // longer runs are cut (bounds memory and coder time)
  uint32_t max_quote_bytes = 400;    // a quotation longer than this no longer suppresses splits
};

class SentenceSplitter {
 public:
  // Abbreviations (normalised, without the final dot), one per line, '#' comments.
  static Result<SentenceSplitter> FromFile(const std::string& path, SplitterOptions options = {});
  static SentenceSplitter WithAbbreviations(std::set<std::string> abbreviations, SplitterOptions options = {});

  // Splits tokens (whose norm is filled) of `text`, where token offsets are relative to text minus `base`.
  std::vector<Sentence> Split(std::string_view text, uint32_t base, const std::vector<Token>& tokens) const;

 private:
  std::set<std::string> abbreviations_;
  SplitterOptions options_;
};

}  // namespace marsad::text
