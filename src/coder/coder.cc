// Coder implementation (placeholder until the sentence coder lands).
#include "coder/coder.h"

#include <cstdio>

#include "base/file.h"

namespace marsad::coder {

Result<Coder> Coder::Create(const text::Analyzer& analyzer, const dict::Dictionaries& dicts) {
  Coder c(analyzer, dicts);
  uint64_t h = 1469598103934665603ull;
  const dict::DictionaryPaths& p = dicts.paths();
  for (const std::string* path : {&p.actors, &p.agents, &p.events, &p.places, &p.cameo}) {
    Result<std::string> data = ReadFile(*path);
    if (!data.ok()) return data.status();
    for (unsigned char ch : *data) { h ^= ch; h *= 1099511628211ull; }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  c.dictionary_version_ = buf;
  return c;
}

std::vector<Event> Coder::Code(std::string_view doc_id, std::string_view text, std::string_view date) const {
  return {};
}

}  // namespace marsad::coder
