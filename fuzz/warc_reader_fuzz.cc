// Fuzz target: the WARC reader on arbitrary bytes (plain records, gzip members, HTTP chunked bodies).
#include "reader_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzReader(data, size, "fuzz.warc", marsad::ingest::InputFormat::kWarc, true);
  return 0;
}
