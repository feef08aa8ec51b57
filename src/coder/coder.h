// Coder: turns Arabic text into events with the dictionaries. Stateless after construction and
// thread-safe: one Coder can serve many threads (marsad code -j N) or be embedded in a distributed job.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "coder/event.h"
#include "dict/dictionary.h"
#include "text/analyzer.h"

namespace marsad::coder {

class Coder {
 public:
  // The analyzer and dictionaries must outlive the Coder.
  static Result<Coder> Create(const text::Analyzer& analyzer, const dict::Dictionaries& dicts);

  // Codes one document. `date` (YYYY-MM-DD, may be empty) is the publication date: it resolves relative
  // dates and selects office holders in post. Offsets in events are bytes into `text`. Sentences inside a
  // `skip` range (site chrome found by ingest, as byte ranges of `text`) are not coded.
  std::vector<Event> Code(std::string_view doc_id, std::string_view text, std::string_view date,
                          const std::vector<std::pair<uint32_t, uint32_t>>& skip = {}) const;

  // A fingerprint of the dictionary files (hex), recorded with stored events so they can be re-coded
  // when the dictionaries change.
  const std::string& dictionary_version() const { return dictionary_version_; }

 private:
  Coder(const text::Analyzer& a, const dict::Dictionaries& d) : analyzer_(&a), dicts_(&d) {}
  const text::Analyzer* analyzer_;
  const dict::Dictionaries* dicts_;
  std::string dictionary_version_;
  uint64_t id_ = 0;  // unique per Coder: keys the per-thread segmentation memo
};

}  // namespace marsad::coder
