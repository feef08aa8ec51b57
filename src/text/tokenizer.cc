// Tokenizer implementation: one left-to-right pass over code points, using ICU character properties.
#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "base/utf8.h"

namespace marsad::text {
namespace {

enum class CharClass : uint8_t { kSpace, kLineBreak, kInvisible, kArabic, kLatin, kOtherLetter, kDigit, kMark, kPunct };

CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') return CharClass::kLineBreak;
    if (cp == ' ' || cp == '\t') return CharClass::kSpace;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLatin;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp < 0x20 || cp == 0x7F) return CharClass::kSpace;
    return CharClass::kPunct;
  }
  if (IsLineBreak(cp)) return CharClass::kLineBreak;
  if (IsArabicLetterOrMark(cp)) return CharClass::kArabic;
  if (u_isdigit(static_cast<UChar32>(cp))) return CharClass::kDigit;
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  if (type == U_FORMAT_CHAR) return CharClass::kInvisible;
  if (u_isUWhiteSpace(static_cast<UChar32>(cp)) || type == U_CONTROL_CHAR) return CharClass::kSpace;
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) return CharClass::kMark;
  if (u_isalpha(static_cast<UChar32>(cp))) {
    UErrorCode st = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(cp), &st) == USCRIPT_LATIN ? CharClass::kLatin : CharClass::kOtherLetter;
  }
  return CharClass::kPunct;
}

bool StartsWithUrl(std::string_view s) {
  auto starts = [&](std::string_view p) {
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != p[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://") || starts("www.");
}

bool IsEmailLocalChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == '+' || c == '%';
}
bool IsDomainChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Length of an e-mail address starting at s[0], or 0.
size_t EmailLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsEmailLocalChar(s[i])) ++i;
  if (i == 0 || i >= s.size() || s[i] != '@') return 0;
  size_t j = i + 1;
  size_t last_dot = 0;
  while (j < s.size() && IsDomainChar(s[j])) {
    if (s[j] == '.') last_dot = j;
    ++j;
  }
  while (j > i + 1 && (s[j - 1] == '.' || s[j - 1] == '-')) --j;
  if (last_dot <= i + 1 || last_dot + 2 >= j + 1 || j - last_dot < 3) return 0;
  return j;
}

bool IsUrlTrailingPunct(char32_t cp) {
  switch (cp) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '"': case '\'':
    case 0x00BB: case 0x060C: case 0x061B: case 0x061F: case 0x201D:
      return true;
    default:
      return false;
  }
}

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kForeign: return "foreign";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
  }
  return "?";
}

bool IsArabicLetterOrMark(char32_t cp) {
  const bool in_block = (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x0620 && cp <= 0x065F) ||
                        (cp >= 0x066E && cp <= 0x06D3) || (cp >= 0x06D5 && cp <= 0x06ED) ||
                        (cp >= 0x06EE && cp <= 0x06EF) || (cp >= 0x06FA && cp <= 0x06FF) ||
                        (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF) ||
                        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
  if (!in_block) return false;
  // Exclude punctuation and signs that live inside the Arabic blocks.
  if (cp == 0x06D4 || cp == 0xFD3E || cp == 0xFD3F) return false;
  return true;
}

bool IsLineBreak(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0085 || cp == 0x2028 || cp == 0x2029 || cp == '\v' || cp == '\f';
}

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* tokens) {
  size_t i = 0;
  int line_breaks = 0;
  bool space = false;
  auto emit = [&](size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.begin = static_cast<uint32_t>(base + begin);
    t.end = static_cast<uint32_t>(base + end);
    t.kind = kind;
    t.line_breaks_before = static_cast<uint16_t>(line_breaks > 0xFFFF ? 0xFFFF : line_breaks);
    t.space_before = space || line_breaks > 0;
    tokens->push_back(std::move(t));
    line_breaks = 0;
    space = false;
  };
  while (i < text.size()) {
    const utf8::Decoded d = utf8::Decode(text, i);
    if (!d.valid) { emit(i, i + 1, TokenKind::kPunctuation); ++i; continue; }
    const CharClass cls = Classify(d.cp);
    if (cls == CharClass::kLineBreak) {
      // "\r\n" counts once.
      if (!(d.cp == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) ++line_breaks;
      i += d.length;
      continue;
    }
    if (cls == CharClass::kSpace || cls == CharClass::kInvisible) { space = space || cls == CharClass::kSpace; i += d.length; continue; }

    const size_t start = i;
    if ((d.cp == 'h' || d.cp == 'H' || d.cp == 'w' || d.cp == 'W') && StartsWithUrl(text.substr(i))) {
      size_t j = i;
      size_t last_good = i;
      while (j < text.size()) {
        const utf8::Decoded e = utf8::Decode(text, j);
        const CharClass c = Classify(e.cp);
        if (c == CharClass::kSpace || c == CharClass::kLineBreak || e.cp == 0x00AB || e.cp == 0x00BB || e.cp == '"' || e.cp == '<' || e.cp == '>') break;
        j += e.length;
        if (!IsUrlTrailingPunct(e.cp)) last_good = j;
      }
      emit(start, last_good, TokenKind::kUrl);
      i = last_good;
      continue;
    }
    if (cls == CharClass::kLatin || cls == CharClass::kDigit) {
      if (const size_t n = EmailLength(text.substr(i)); n > 0) { emit(start, start + n, TokenKind::kEmail); i = start + n; continue; }
    }
    if ((d.cp == '#' || d.cp == '@') && i + 1 < text.size()) {
      const utf8::Decoded e = utf8::Decode(text, i + 1);
      const CharClass c = Classify(e.cp);
      const bool ok = d.cp == '#' ? (c == CharClass::kArabic || c == CharClass::kLatin || c == CharClass::kDigit || c == CharClass::kOtherLetter)
                                  : (c == CharClass::kLatin || c == CharClass::kDigit || e.cp == '_');
      if (ok) {
        size_t j = i + 1;
        while (j < text.size()) {
          const utf8::Decoded f = utf8::Decode(text, j);
          const CharClass fc = Classify(f.cp);
          if (!(fc == CharClass::kArabic || fc == CharClass::kLatin || fc == CharClass::kDigit || fc == CharClass::kOtherLetter || fc == CharClass::kMark || f.cp == '_')) break;
          j += f.length;
        }
        emit(start, j, d.cp == '#' ? TokenKind::kHashtag : TokenKind::kMention);
        i = j;
        continue;
      }
    }
    switch (cls) {
      case CharClass::kArabic:
      case CharClass::kLatin:
      case CharClass::kOtherLetter:
      case CharClass::kMark: {
        // A word: letters of its script, combining marks, tatweel, and invisible joiners between letters.
        const CharClass word_class = cls == CharClass::kMark ? CharClass::kOtherLetter : cls;
        size_t j = i + d.length;
        size_t end = j;
        while (j < text.size()) {
          const utf8::Decoded e = utf8::Decode(text, j);
          if (!e.valid) break;
          const CharClass c = Classify(e.cp);
          if (c == word_class || c == CharClass::kMark) { j += e.length; end = j; continue; }
          if (c == CharClass::kInvisible) { j += e.length; continue; }
          // Latin words keep inner apostrophes and hyphens between letters (al-Qaeda, O'Brien).
          if (word_class == CharClass::kLatin && (e.cp == '\'' || e.cp == '-' || e.cp == 0x2019) && j + 1 < text.size()) {
            const utf8::Decoded f = utf8::Decode(text, j + e.length);
            if (Classify(f.cp) == CharClass::kLatin) { j += e.length; continue; }
          }
          break;
        }
        const TokenKind kind = word_class == CharClass::kArabic ? TokenKind::kWord
                               : word_class == CharClass::kLatin ? TokenKind::kLatin : TokenKind::kForeign;
        emit(start, end, kind);
        i = end;
        break;
      }
      case CharClass::kDigit: {
        size_t j = i + d.length;
        while (j < text.size()) {
          const utf8::Decoded e = utf8::Decode(text, j);
          if (Classify(e.cp) == CharClass::kDigit) { j += e.length; continue; }
          // Inner separators (3.5, 1,000, ٣٫٥) only when a digit follows.
          if ((e.cp == '.' || e.cp == ',' || e.cp == 0x066B || e.cp == 0x066C) && j + e.length < text.size()) {
            const utf8::Decoded f = utf8::Decode(text, j + e.length);
            if (Classify(f.cp) == CharClass::kDigit) { j += e.length + f.length; continue; }
          }
          break;
        }
        emit(start, j, TokenKind::kNumber);
        i = j;
        break;
      }
      default: {
        // Punctuation: a run of the same mark is one token ("...", "!!", "--").
        size_t j = i + d.length;
        while (j < text.size()) {
          const utf8::Decoded e = utf8::Decode(text, j);
          if (!e.valid || e.cp != d.cp) break;
          j += e.length;
        }
        emit(start, j, TokenKind::kPunctuation);
        i = j;
      }
    }
  }
}

}  // namespace marsad::text
