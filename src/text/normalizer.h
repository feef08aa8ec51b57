// Arabic normalisation for matching, driven by a rules file (data/text/normalization.tsv) rather than code.
// Normalize() can record, for every output byte, the offset of the original byte it came from, so a match
// found in normalised text maps back to an exact span of the original (as in sentencepiece).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace marsad::text {

struct NormalizerOptions {
  // Rule classes to leave out (e.g. "ta_marbuta" keeps ة distinct from ه).
  std::set<std::string> disabled_classes;
};

// Normalised text plus the map back to the original bytes. to_original has text.size() + 1 entries; entry
// k is the original offset of the code point that produced output byte k, and the last entry is the
// original end, so a normalised span [a, b) comes from the original span [to_original[a], to_original[b]).
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> to_original;
};

class Normalizer {
 public:
  // Loads rules from a file; `name` in errors is the path.
  static Result<Normalizer> FromFile(const std::string& path, const NormalizerOptions& options = {});
  // Parses rules from memory; `source_name` names them in error messages.
  static Result<Normalizer> FromRules(std::string_view rules, std::string_view source_name,
                                      const NormalizerOptions& options = {});
  // The shipped rules from DataDir().
  static Result<Normalizer> Default(const NormalizerOptions& options = {});

  // Appends the normalised form of text to *out. Invalid UTF-8 bytes become U+FFFD.
  void AppendNormalized(std::string_view text, std::string* out) const;
  std::string Normalize(std::string_view text) const;
  // Normalises text and records the offset map; `base` is added to every offset.
  void Normalize(std::string_view text, uint32_t base, NormalizedText* out) const;

  // The classes the rules file defines, and how many code points are mapped.
  const std::set<std::string>& classes() const { return classes_; }
  size_t mapped_code_points() const;

 private:
  Normalizer() = default;
  // For code points below 0x10000: 0 = unchanged, otherwise 1 + index into replacements_.
  std::vector<uint16_t> table_;
  std::vector<std::string> replacements_;
  std::set<std::string> classes_;
};

}  // namespace marsad::text
