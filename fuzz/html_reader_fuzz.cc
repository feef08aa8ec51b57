// Fuzz target: HTML extraction (gumbo parse, chrome marking, text rendering, charset handling).
#include "reader_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzReader(data, size, "fuzz.html", marsad::ingest::InputFormat::kHtml, true);
  return 0;
}
