// UTF-8 helpers: encoding, validation and repair.
#include "base/utf8.h"

#include <simdjson.h>

namespace marsad::utf8 {

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::vector<size_t> FindInvalid(std::string_view s, size_t limit) {
  std::vector<size_t> bad;
  if (simdjson::validate_utf8(s.data(), s.size())) return bad;  // the common case, at SIMD speed
  for (size_t i = 0; i < s.size();) {
    if (static_cast<uint8_t>(s[i]) < 0x80) { ++i; continue; }
    const Decoded d = Decode(s, i);
    if (!d.valid && bad.size() < limit) bad.push_back(i);
    i += d.length;
  }
  return bad;
}

std::string Sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<uint8_t>(s[i]);
    if (b < 0x80) { out.push_back(static_cast<char>(b)); ++i; continue; }
    const Decoded d = Decode(s, i);
    if (d.valid) out.append(s.substr(i, d.length));
    else Append(kReplacement, &out);
    i += d.length;
  }
  return out;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += Decode(s, i).length) ++n;
  return n;
}

bool IsValid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<uint8_t>(s[i]) < 0x80) { ++i; continue; }
    const Decoded d = Decode(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

size_t CompletePrefix(std::string_view s) {
  size_t p = s.size();
  for (int k = 0; k < 3 && p > 0 && (static_cast<uint8_t>(s[p - 1]) & 0xC0) == 0x80; ++k) --p;
  if (p == 0) return s.size();
  const auto lead = static_cast<uint8_t>(s[p - 1]);
  const size_t need = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
  return (p - 1) + need <= s.size() ? s.size() : p - 1;
}

size_t SafeCut(std::string_view s, size_t limit) {
  if (limit >= s.size()) return s.size();
  size_t n = limit;
  // Step back over continuation bytes (at most 3) to the start of the sequence that straddles the cut.
  for (int k = 0; k < 3 && n > 0 && (static_cast<uint8_t>(s[n]) & 0xC0) == 0x80; ++k) --n;
  return n;
}

}  // namespace marsad::utf8
