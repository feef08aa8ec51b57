// Charset conversion through ICU converters (ucnv), plus a sniffer for undeclared Arabic legacy text.
#include "ingest/encoding.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "base/utf8.h"

namespace marsad::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Share of the non-ASCII characters of `utf8_text` that are Arabic letters or marks (U+060C..U+06FF), or 0
// when Arabic letters touch Latin letters more than rarely ("caf\u0649": Latin-1 bytes read as ISO-8859-6).
double ArabicShare(std::string_view utf8_text, size_t* non_ascii_out) {
  size_t non_ascii = 0, arabic = 0, mixed = 0;
  int prev = 0;  // 0 other, 1 Latin letter, 2 Arabic
  for (size_t i = 0; i < utf8_text.size();) {
    const utf8::Decoded d = utf8::Decode(utf8_text, i);
    i += d.length;
    const bool latin = (d.cp >= 'a' && d.cp <= 'z') || (d.cp >= 'A' && d.cp <= 'Z');
    const bool is_arabic = d.cp >= 0x060C && d.cp <= 0x06FF;
    const int cls = latin ? 1 : is_arabic ? 2 : 0;
    if (prev != 0 && cls != 0 && prev != cls) ++mixed;
    prev = cls;
    if (d.cp < 0x80) continue;
    ++non_ascii;
    if (is_arabic) ++arabic;
  }
  *non_ascii_out = non_ascii;
  if (non_ascii == 0 || mixed * 20 > arabic) return 0.0;
  return static_cast<double>(arabic) / static_cast<double>(non_ascii);
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string lower = Lower(content_type);
  const size_t p = lower.find("charset");
  if (p == std::string::npos) return "";
  size_t i = p + 7;
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
  if (i >= lower.size() || lower[i] != '=') return "";
  ++i;
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '"' || lower[i] == '\'')) ++i;
  size_t j = i;
  while (j < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[j])) || lower[j] == '-' || lower[j] == '_' ||
                              lower[j] == '.' || lower[j] == ':')) ++j;
  return lower.substr(i, j - i);
}

bool IsUtf8Charset(std::string_view charset) {
  const std::string c = Lower(charset);
  return c.empty() || c == "utf-8" || c == "utf8" || c == "us-ascii" || c == "ascii";
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || from == nullptr) return Status::InvalidArgument("unknown charset '" + charset + "'");
  status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status) || to == nullptr) return Status::Internal("ICU has no UTF-8 converter");
  std::string out;
  out.resize(bytes.size() * 3 + 16);  // every single-byte charset character is at most 3 UTF-8 bytes
  for (;;) {
    status = U_ZERO_ERROR;
    const char* source = bytes.data();
    char* target = out.data();
    ucnv_reset(from.get());
    ucnv_reset(to.get());
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                   nullptr, nullptr, nullptr, nullptr, true, true, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      out.resize(out.size() * 2);
      continue;
    }
    if (U_FAILURE(status)) return Status::Corruption(std::string("cannot convert from ") + charset + ": " + u_errorName(status));
    out.resize(static_cast<size_t>(target - out.data()));
    return out;
  }
}

std::string SniffArabicLegacyEncoding(std::string_view bytes) {
  if (utf8::IsValid(bytes)) return "";
  const std::string_view sample = bytes.substr(0, 1 << 16);
  std::string best;
  double best_share = 0;
  for (const char* charset : {"windows-1256", "iso-8859-6"}) {
    Result<std::string> converted = ConvertToUtf8(sample, charset);
    if (!converted.ok()) continue;
    size_t non_ascii = 0;
    const double share = ArabicShare(*converted, &non_ascii);
    if (non_ascii >= 8 && share >= 0.8 && share > best_share) {
      best_share = share;
      best = charset;
    }
  }
  return best;
}

}  // namespace marsad::ingest
