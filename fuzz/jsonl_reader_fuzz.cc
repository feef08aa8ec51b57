// Fuzz target: the JSONL reader (and the encoding check before it) on arbitrary bytes.
#include "reader_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzReader(data, size, "fuzz.jsonl", marsad::ingest::InputFormat::kJsonl, false);
  return 0;
}
