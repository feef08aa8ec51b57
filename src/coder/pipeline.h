// Pipeline: what every command that codes text needs, loaded together from the data folder: the text
// analyser, the dictionaries, the coder and the site-chrome cleaner. Immutable after Load(), so one
// Pipeline serves any number of threads. It is not movable: its parts point at each other.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/status.h"
#include "coder/coder.h"
#include "dict/dictionary.h"
#include "ingest/cleaner.h"
#include "text/analyzer.h"

namespace marsad::coder {

class Pipeline {
 public:
  // Loads everything from `data_dir` (DataDir() when empty). Errors name the file and line at fault.
  static Result<std::unique_ptr<Pipeline>> Load(const std::string& data_dir = "");

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  const text::Analyzer& analyzer() const { return *analyzer_; }
  const dict::Dictionaries& dicts() const { return *dicts_; }
  const Coder& coder() const { return *coder_; }
  const ingest::Cleaner& cleaner() const { return *cleaner_; }

 private:
  Pipeline() = default;
  std::optional<text::Analyzer> analyzer_;
  std::optional<dict::Dictionaries> dicts_;
  std::optional<Coder> coder_;
  std::optional<ingest::Cleaner> cleaner_;
};

}  // namespace marsad::coder
