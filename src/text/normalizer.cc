// Normalizer: parses the rules file into a flat code-point table and applies it in one pass.
#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <charconv>

#include "base/file.h"
#include "base/utf8.h"

namespace marsad::text {
namespace {

// Parses "U+0623" (or a literal single character) into a code point.
bool ParseCodePoint(std::string_view s, char32_t* cp) {
  if (s.size() > 2 && (s[0] == 'U' || s[0] == 'u') && s[1] == '+') {
    unsigned value = 0;
    const auto r = std::from_chars(s.data() + 2, s.data() + s.size(), value, 16);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || value > 0x10FFFF) return false;
    *cp = value;
    return true;
  }
  if (s.empty()) return false;
  const utf8::Decoded d = utf8::Decode(s, 0);
  if (!d.valid || d.length != s.size()) return false;
  *cp = d.cp;
  return true;
}

}  // namespace

Result<Normalizer> Normalizer::FromFile(const std::string& path, const NormalizerOptions& options) {
  Result<std::string> rules = ReadFile(path, 16u << 20);
  if (!rules.ok()) return rules.status();
  return FromRules(*rules, path, options);
}

Result<Normalizer> Normalizer::Default(const NormalizerOptions& options) {
  return FromFile(DataPath("text/normalization.tsv"), options);
}

Result<Normalizer> Normalizer::FromRules(std::string_view rules, std::string_view source_name,
                                         const NormalizerOptions& options) {
  Normalizer n;
  n.table_.assign(0x10000, 0);
  UErrorCode icu_status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(icu_status);
  if (U_FAILURE(icu_status)) return Status::Internal("ICU NFKC normaliser unavailable");

  // Raw mapping per code point before the second pass; "\x01" marks "not mapped".
  std::vector<std::string> raw(0x10000, std::string("\x01", 1));
  Status parsed = ForEachDataLineIn(rules, [&](int line_number, std::string_view line) -> Status {
    const auto where = [&] { return std::string(source_name) + ":" + std::to_string(line_number) + ": "; };
    const std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() < 3) return Status::InvalidArgument(where() + "expected CLASS<tab>FROM<tab>TO");
    const std::string cls(Trim(cols[0]));
    n.classes_.insert(cls);
    const std::string_view from = Trim(cols[1]);
    char32_t lo, hi;
    if (const size_t dots = from.find(".."); dots != std::string_view::npos) {
      if (!ParseCodePoint(from.substr(0, dots), &lo) || !ParseCodePoint(from.substr(dots + 2), &hi) || hi < lo)
        return Status::InvalidArgument(where() + "bad code point range '" + std::string(from) + "'");
    } else if (!ParseCodePoint(from, &lo)) {
      return Status::InvalidArgument(where() + "bad code point '" + std::string(from) + "'");
    } else {
      hi = lo;
    }
    if (hi >= 0x10000) return Status::InvalidArgument(where() + "only code points below U+10000 can be mapped");
    if (options.disabled_classes.count(cls) != 0) return Status::Ok();
    const std::string_view to = Trim(cols[2]);
    for (char32_t cp = lo; cp <= hi; ++cp) {
      std::string replacement;
      if (to == "-") {
        // deletion: empty replacement
      } else if (to == "nfkc") {
        icu::UnicodeString src(static_cast<UChar32>(cp));
        UErrorCode st = U_ZERO_ERROR;
        icu::UnicodeString dst = nfkc->normalize(src, st);
        if (U_FAILURE(st)) return Status::InvalidArgument(where() + "NFKC failed");
        dst.toUTF8String(replacement);
        std::string self;
        utf8::Append(cp, &self);
        if (replacement == self) continue;  // NFKC leaves it alone: no rule
      } else if (to == "digit") {
        const int32_t value = u_charDigitValue(static_cast<UChar32>(cp));
        if (value < 0 || value > 9) return Status::InvalidArgument(where() + "U+" + std::to_string(cp) + " is not a decimal digit");
        replacement.push_back(static_cast<char>('0' + value));
      } else if (to == "lower") {
        const char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
        if (lower == cp) continue;
        utf8::Append(lower, &replacement);
      } else {
        for (std::string_view part : Split(to, ' ')) {
          if (part.empty()) continue;
          char32_t out_cp;
          if (!ParseCodePoint(part, &out_cp)) return Status::InvalidArgument(where() + "bad target '" + std::string(part) + "'");
          utf8::Append(out_cp, &replacement);
        }
      }
      raw[cp] = std::move(replacement);
    }
    return Status::Ok();
  });
  if (!parsed.ok()) return parsed;
  // Second pass: apply the table once more to every replacement, so NFKC output (lam + hamza-alef) is folded.
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (raw[cp].size() == 1 && raw[cp][0] == '\x01') continue;
    std::string folded;
    const std::string& r = raw[cp];
    for (size_t i = 0; i < r.size();) {
      const utf8::Decoded d = utf8::Decode(r, i);
      const std::string& inner = d.cp < 0x10000 ? raw[d.cp] : raw[0];
      if (d.cp < 0x10000 && d.cp != cp && !(inner.size() == 1 && inner[0] == '\x01')) folded += inner;
      else folded.append(r, i, d.length);
      i += d.length;
    }
    n.replacements_.push_back(std::move(folded));
    if (n.replacements_.size() >= 0xFFFF) return Status::InvalidArgument(std::string(source_name) + ": too many rules");
    n.table_[cp] = static_cast<uint16_t>(n.replacements_.size());
  }
  return n;
}

size_t Normalizer::mapped_code_points() const { return replacements_.size(); }

void Normalizer::AppendNormalized(std::string_view text, std::string* out) const {
  out->reserve(out->size() + text.size());
  // Most characters stay as they are: copy runs of them at once and append only the replacements.
  size_t run = 0;  // start of the pending unchanged bytes
  const auto replace = [&](size_t i, size_t length, std::string_view replacement) {
    out->append(text.substr(run, i - run));
    out->append(replacement);
    run = i + length;
  };
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<uint8_t>(text[i]);
    if (b < 0x80) {
      if (const uint16_t slot = table_[b]; slot != 0) replace(i, 1, replacements_[slot - 1]);
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::Decode(text, i);
    if (!d.valid) {
      static const std::string kReplacementUtf8 = [] {
        std::string r;
        utf8::Append(utf8::kReplacement, &r);
        return r;
      }();
      replace(i, d.length, kReplacementUtf8);
    } else if (d.cp < 0x10000 && table_[d.cp] != 0) {
      replace(i, d.length, replacements_[table_[d.cp] - 1]);
    }
    i += d.length;
  }
  out->append(text.substr(run));
}

std::string Normalizer::Normalize(std::string_view text) const {
  std::string out;
  AppendNormalized(text, &out);
  return out;
}

void Normalizer::Normalize(std::string_view text, uint32_t base, NormalizedText* out) const {
  out->text.clear();
  out->to_original.clear();
  out->text.reserve(text.size());
  out->to_original.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::Decode(text, i);
    const size_t before = out->text.size();
    if (!d.valid) {
      utf8::Append(utf8::kReplacement, &out->text);
    } else if (d.cp < 0x10000 && table_[d.cp] != 0) {
      out->text.append(replacements_[table_[d.cp] - 1]);
    } else {
      out->text.append(text.substr(i, d.length));
    }
    out->to_original.insert(out->to_original.end(), out->text.size() - before, static_cast<uint32_t>(base + i));
    i += d.length;
  }
  out->to_original.push_back(static_cast<uint32_t>(base + text.size()));
}

}  // namespace marsad::text
