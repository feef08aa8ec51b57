// SentenceSplitter implementation: a single scan over tokens tracking open quotations.
#include "text/sentence_splitter.h"

#include "base/file.h"
#include "base/utf8.h"

namespace marsad::text {
namespace {

enum class Mark { kNone, kTerminator, kOpenQuote, kCloseQuote, kAmbiguousQuote, kCloseBracket };

Mark Classify(std::string_view tok) {
  const utf8::Decoded d = utf8::Decode(tok, 0);
  switch (d.cp) {
    case '.': case '!': case '?': case ';': case 0x061F /* ؟ */: case 0x061B /* ؛ */: case 0x2026 /* … */:
    case 0x06D4 /* ۔ */: case 0x3002:
      return Mark::kTerminator;
    case 0x00AB /* « */: case 0x201C /* “ */: case 0x2018:
      return Mark::kOpenQuote;
    case 0x00BB /* » */: case 0x201D /* ” */: case 0x2019:
      return Mark::kCloseQuote;
    case '"': case 0x201F: case 0x201E:
      return Mark::kAmbiguousQuote;
    case ')': case ']': case 0xFD3F:
      return Mark::kCloseBracket;
    default:
      return Mark::kNone;
  }
}

}  // namespace

Result<SentenceSplitter> SentenceSplitter::FromFile(const std::string& path, SplitterOptions options) {
  std::set<std::string> abbreviations;
  Status st = ForEachDataLine(path, [&](int, std::string_view line) {
    abbreviations.insert(std::string(Trim(marsad::Split(line, '\t')[0])));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return WithAbbreviations(std::move(abbreviations), options);
}

SentenceSplitter SentenceSplitter::WithAbbreviations(std::set<std::string> abbreviations, SplitterOptions options) {
  SentenceSplitter s;
  s.abbreviations_ = std::move(abbreviations);
  s.options_ = options;
  return s;
}

std::vector<Sentence> SentenceSplitter::Split(std::string_view text, uint32_t base,
                                              const std::vector<Token>& tokens) const {
  std::vector<Sentence> out;
  const auto tok_text = [&](const Token& t) { return text.substr(t.begin - base, t.end - t.begin); };
  size_t start = 0;
  auto close = [&](size_t end_token, bool forced) {
    if (end_token <= start) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.last_token = static_cast<uint32_t>(end_token);
    s.begin = tokens[start].begin;
    s.end = tokens[end_token - 1].end;
    s.forced_break = forced;
    out.push_back(s);
    start = end_token;
  };

  bool in_quote = false;
  bool ambiguous_open = false;  // an ASCII '"' is open
  uint32_t quote_start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > start && t.line_breaks_before > 0) {
      close(i, false);
      in_quote = ambiguous_open = false;
    }
    if (i - start >= options_.max_tokens) {
      close(i, true);
      in_quote = ambiguous_open = false;
    }
    if (t.kind != TokenKind::kPunctuation) continue;
    const Mark mark = Classify(tok_text(t));
    // A quotation that ends with its own full stop ("... المزيد.") ends the sentence with it.
    const bool after_terminator = i > start && tokens[i - 1].kind == TokenKind::kPunctuation &&
                                  tokens[i - 1].end == t.begin && tok_text(tokens[i - 1]) == ".";
    if (mark == Mark::kOpenQuote) { in_quote = true; quote_start = t.begin; continue; }
    if (mark == Mark::kCloseQuote || (mark == Mark::kAmbiguousQuote && ambiguous_open)) {
      in_quote = ambiguous_open = false;
      if (after_terminator) close(i + 1, false);
      continue;
    }
    if (mark == Mark::kAmbiguousQuote) {
      ambiguous_open = true;
      in_quote = true;
      quote_start = t.begin;
      continue;
    }
    if (mark != Mark::kTerminator) continue;
    if (in_quote && t.begin - quote_start <= options_.max_quote_bytes) continue;

    const std::string_view mark_text = tok_text(t);
    if (mark_text == "." && i > start) {
      const Token& prev = tokens[i - 1];
      const bool attached = prev.end == t.begin;
      const bool next_same_line = i + 1 < tokens.size() && tokens[i + 1].line_breaks_before == 0;
      if (attached && next_same_line) {
        // "د." and "U.S." style abbreviations, and single initials such as "أ." or "J.".
        const std::string_view prev_text = tok_text(prev);
        const bool single_letter = (prev.kind == TokenKind::kWord || prev.kind == TokenKind::kLatin) &&
                                   utf8::Decode(prev_text, 0).length == prev_text.size();
        if (single_letter || abbreviations_.count(prev.norm) != 0) continue;
      }
    }
    // Keep closing quotes and brackets that follow the terminator in this sentence.
    size_t end = i + 1;
    while (end < tokens.size() && tokens[end].kind == TokenKind::kPunctuation && tokens[end].line_breaks_before == 0) {
      const Mark m = Classify(tok_text(tokens[end]));
      if (m == Mark::kCloseQuote || m == Mark::kCloseBracket || (m == Mark::kAmbiguousQuote && ambiguous_open)) {
        if (m == Mark::kAmbiguousQuote) ambiguous_open = false;
        ++end;
      } else if (m == Mark::kTerminator) {
        ++end;  // "?!" and similar
      } else {
        break;
      }
    }
    close(end, false);
    in_quote = ambiguous_open = false;
    i = end - 1;
  }
  close(tokens.size(), false);
  return out;
}

}  // namespace marsad::text
