// Pipeline loading: analyser first (the others normalise with it), then dictionaries, coder and cleaner.
#include "coder/pipeline.h"

#include "base/file.h"

namespace marsad::coder {

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const std::string& data_dir) {
  const std::string dir = data_dir.empty() ? DataDir() : data_dir;
  std::unique_ptr<Pipeline> p(new Pipeline());
  text::AnalyzerOptions options;
  options.data_dir = dir;
  Result<text::Analyzer> analyzer = text::Analyzer::Load(options);
  if (!analyzer.ok()) return analyzer.status();
  p->analyzer_.emplace(std::move(analyzer).value());
  Result<dict::Dictionaries> dicts = dict::Dictionaries::Load(dir, p->analyzer_->normalizer());
  if (!dicts.ok()) return dicts.status();
  p->dicts_.emplace(std::move(dicts).value());
  Result<Coder> coder = Coder::Create(*p->analyzer_, *p->dicts_);
  if (!coder.ok()) return coder.status();
  p->coder_.emplace(std::move(coder).value());
  Result<ingest::Cleaner> cleaner = ingest::Cleaner::Load(dir, *p->analyzer_);
  if (!cleaner.ok()) return cleaner.status();
  p->cleaner_.emplace(std::move(cleaner).value());
  return p;
}

}  // namespace marsad::coder
