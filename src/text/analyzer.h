// Analyzer: the whole Arabic text-analysis stage in one object. It owns the normaliser, tokenizer,
// sentence splitter, clitic segmenter and date finder, loaded once from the data folder, and turns a text
// into tokens, sentences and dates with byte spans into the original text. Thread-safe after loading.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/dates.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace marsad::text {

struct AnalyzerOptions {
  NormalizerOptions normalizer;
  SplitterOptions splitter;
  std::string data_dir;  // empty: DataDir()
  // Extra stem lexicons in Hunspell .dic format, used when present (Debian package hunspell-ar).
  std::vector<std::string> hunspell_dictionaries{"/usr/share/hunspell/ar.dic"};
};

struct AnalyzedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<DateMention> dates;       // in text order
  std::vector<uint32_t> invalid_bytes;  // offsets of invalid UTF-8 bytes (replaced by U+FFFD in norms)
};

class Analyzer {
 public:
  static Result<Analyzer> Load(const AnalyzerOptions& options = {});

  // Analyses `text`; every offset gets `base` added (for texts cut from a larger input).
  void Analyze(std::string_view text, uint32_t base, const std::optional<CivilDate>& reference,
               AnalyzedText* out) const;

  const Normalizer& normalizer() const { return normalizer_; }
  const Segmenter& segmenter() const { return segmenter_; }
  const DateFinder& dates() const { return dates_; }

 private:
  Analyzer(Normalizer n, SentenceSplitter s, Segmenter seg, DateFinder d)
      : normalizer_(std::move(n)), splitter_(std::move(s)), segmenter_(std::move(seg)), dates_(std::move(d)) {}
  Normalizer normalizer_;
  SentenceSplitter splitter_;
  Segmenter segmenter_;
  DateFinder dates_;
};

// Writes one JSON object per sentence (see docs/formats/analyze.md) to *out, each ending in '\n'.
void AppendSentencesJson(std::string_view doc_id, std::string_view text, uint32_t base, const AnalyzedText& analysis,
                         const Segmenter& segmenter, size_t first_sentence_index, std::string* out);

}  // namespace marsad::text
