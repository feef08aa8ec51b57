// Fuzz target: the event coder (analysis, actor groups, triggers, voice, attacker and victim rules) with
// the shipped dictionaries on arbitrary bytes. Checks what a consumer relies on: every span (source,
// target, evidence) lies inside the input and is ordered, and each event serialises to valid UTF-8 JSON.
#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "coder/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<marsad::coder::Pipeline> pipeline = marsad::coder::Pipeline::Load().value();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<marsad::coder::Event> events = pipeline->coder().Code("fuzz", text, "2021-09-12");
  for (const marsad::coder::Event& e : events) {
    if (e.evidence_start > e.evidence_end || e.evidence_end > size) std::abort();
    if (text.substr(e.evidence_start, e.evidence_end - e.evidence_start) != e.evidence) std::abort();
    if (!e.source.text.empty() && (e.source.start > e.source.end || e.source.end > size)) std::abort();
    if (e.target && (e.target->start > e.target->end || e.target->end > size)) std::abort();
    std::string json;
    marsad::coder::AppendEventJson(e, &json);
    if (!simdjson::validate_utf8(json.data(), json.size())) std::abort();
  }
  return 0;
}
