// Fuzz target: the data-file parsers (normalisation rules, date vocabulary) on arbitrary bytes. They must
// return an error Status or a usable object, never crash.
#include <cstdint>
#include <string>

#include "text/dates.h"
#include "text/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view rules(reinterpret_cast<const char*>(data), size);
  marsad::Result<marsad::text::Normalizer> n = marsad::text::Normalizer::FromRules(rules, "fuzz.tsv");
  if (n.ok()) {
    (void)n->Normalize(rules);
    (void)marsad::text::DateFinder::FromRules(rules, "fuzz.tsv", *n);
  }
  return 0;
}
