// Fuzz target: the whole text-analysis stage on arbitrary bytes. Checks the invariants a caller relies on:
// spans inside the input and ordered, sentences cover their tokens, JSON output is valid UTF-8.
#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "text/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const marsad::text::Analyzer analyzer = marsad::text::Analyzer::Load().value();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  marsad::text::AnalyzedText out;
  analyzer.Analyze(text, 0, marsad::text::CivilDate{2021, 9, 12}, &out);
  uint32_t prev = 0;
  for (const auto& t : out.tokens) {
    if (t.begin < prev || t.end <= t.begin || t.end > size) std::abort();
    prev = t.end;
  }
  for (const auto& s : out.sentences) {
    if (s.first_token >= s.last_token || s.last_token > out.tokens.size()) std::abort();
  }
  for (const auto& d : out.dates) {
    if (d.begin >= d.end || d.end > size) std::abort();
  }
  std::string json;
  marsad::text::AppendSentencesJson("fuzz", text, 0, out, analyzer.segmenter(), 0, &json);
  if (!simdjson::validate_utf8(json.data(), json.size())) std::abort();
  return 0;
}
