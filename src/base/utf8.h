// UTF-8 decoding with validation. Every function here tolerates invalid bytes: an invalid or truncated
// sequence decodes as U+FFFD with length 1, so callers always make progress and spans stay in bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;     // the code point, or kReplacement when !valid
  uint8_t length;  // bytes consumed (1..4), never 0
  bool valid;
};

// Decodes the code point starting at s[i] (i < s.size()). Rejects overlongs, surrogates and > U+10FFFF.
inline Decoded Decode(std::string_view s, size_t i) {
  const auto b0 = static_cast<uint8_t>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  size_t need;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
  else return {kReplacement, 1, false};
  if (i + need >= s.size()) return {kReplacement, 1, false};
  for (size_t k = 1; k <= need; ++k) {
    const auto b = static_cast<uint8_t>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {kReplacement, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kReplacement, 1, false};
  return {cp, static_cast<uint8_t>(need + 1), true};
}

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Byte offsets of every invalid byte in s (at most `limit` of them are recorded).
std::vector<size_t> FindInvalid(std::string_view s, size_t limit = 1000);

// A copy of s with each invalid byte replaced by U+FFFD.
std::string Sanitize(std::string_view s);

// Number of code points in s (each invalid byte counts as one).
size_t CountCodePoints(std::string_view s);

// True when s is entirely valid UTF-8.
bool IsValid(std::string_view s);

// Length of the longest prefix of s that does not end inside a multi-byte sequence (s minus a trailing
// incomplete character, as left by a read that stopped mid-character).
size_t CompletePrefix(std::string_view s);

// Largest n <= limit such that s[0, n) does not end inside a multi-byte sequence.
size_t SafeCut(std::string_view s, size_t limit);

}  // namespace marsad::utf8
