// Analyzer implementation and the analyze JSON output.
#include "text/analyzer.h"

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "base/json_writer.h"
#include "base/utf8.h"

namespace marsad::text {

Result<Analyzer> Analyzer::Load(const AnalyzerOptions& options) {
  const std::string dir = options.data_dir.empty() ? DataDir() : options.data_dir;
  Result<Normalizer> normalizer = Normalizer::FromFile(dir + "/text/normalization.tsv", options.normalizer);
  if (!normalizer.ok()) return normalizer.status();
  Result<SentenceSplitter> splitter = SentenceSplitter::FromFile(dir + "/text/abbreviations.txt", options.splitter);
  if (!splitter.ok()) return splitter.status();
  Result<Segmenter> segmenter = Segmenter::FromFiles({dir + "/text/lexicon.txt"}, *normalizer);
  if (!segmenter.ok()) return segmenter.status();
  for (const std::string& dic : options.hunspell_dictionaries) {
    std::error_code ec;
    if (!std::filesystem::exists(dic, ec)) continue;
    MARSAD_RETURN_IF_ERROR(segmenter->AddHunspellDictionary(dic, *normalizer));
  }
  Result<DateFinder> dates = DateFinder::FromFile(dir + "/text/dates.tsv", *normalizer);
  if (!dates.ok()) return dates.status();
  return Analyzer(std::move(normalizer).value(), std::move(splitter).value(), std::move(segmenter).value(),
                  std::move(dates).value());
}

void Analyzer::Analyze(std::string_view text, uint32_t base, const std::optional<CivilDate>& reference,
                       AnalyzedText* out) const {
  out->tokens.clear();
  out->sentences.clear();
  out->dates.clear();
  out->invalid_bytes.clear();
  for (size_t off : utf8::FindInvalid(text)) out->invalid_bytes.push_back(static_cast<uint32_t>(base + off));
  Tokenize(text, base, &out->tokens);
  for (Token& t : out->tokens) {
    normalizer_.AppendNormalized(text.substr(t.begin - base, t.end - t.begin), &t.norm);
  }
  out->sentences = splitter_.Split(text, base, out->tokens);
  for (const Sentence& s : out->sentences) {
    std::vector<DateMention> found = dates_.Find(out->tokens, s.first_token, s.last_token, reference);
    out->dates.insert(out->dates.end(), found.begin(), found.end());
  }
}

void AppendSentencesJson(std::string_view doc_id, std::string_view text, uint32_t base, const AnalyzedText& analysis,
                         const Segmenter& segmenter, size_t first_sentence_index, std::string* out) {
  size_t date_index = 0;
  for (size_t si = 0; si < analysis.sentences.size(); ++si) {
    const Sentence& s = analysis.sentences[si];
    JsonWriter w(out);
    w.BeginObject();
    w.Field("doc", doc_id);
    w.Field("sentence", first_sentence_index + si);
    w.Field("start", static_cast<int64_t>(s.begin));
    w.Field("end", static_cast<int64_t>(s.end));
    w.Field("text", text.substr(s.begin - base, s.end - s.begin));
    if (s.forced_break) w.Field("forced_break", true);
    w.Key("tokens").BeginArray();
    for (uint32_t ti = s.first_token; ti < s.last_token; ++ti) {
      const Token& t = analysis.tokens[ti];
      w.BeginObject();
      w.Field("text", text.substr(t.begin - base, t.end - t.begin));
      w.Field("start", static_cast<int64_t>(t.begin));
      w.Field("end", static_cast<int64_t>(t.end));
      w.Field("norm", t.norm);
      w.Field("kind", TokenKindName(t.kind));
      if (t.kind == TokenKind::kWord) {
        w.Key("seg").BeginArray();
        for (const Segmentation& seg : segmenter.Segment(t.norm, text.substr(t.begin - base, t.end - t.begin))) {
          w.BeginObject();
          w.Key("pre").BeginArray();
          for (const std::string& p : seg.prefixes) w.String(p);
          w.EndArray();
          w.Field("stem", seg.stem);
          w.Key("suf").BeginArray();
          for (const std::string& p : seg.suffixes) w.String(p);
          w.EndArray();
          w.Field("known", seg.in_lexicon);
          w.EndObject();
        }
        w.EndArray();
      }
      w.EndObject();
    }
    w.EndArray();
    w.Key("dates").BeginArray();
    while (date_index < analysis.dates.size() && analysis.dates[date_index].begin < s.begin) ++date_index;
    while (date_index < analysis.dates.size() && analysis.dates[date_index].end <= s.end) {
      const DateMention& d = analysis.dates[date_index++];
      w.BeginObject();
      w.Field("text", text.substr(d.begin - base, d.end - d.begin));
      w.Field("start", static_cast<int64_t>(d.begin));
      w.Field("end", static_cast<int64_t>(d.end));
      w.Field("kind", DateKindName(d.kind));
      w.Field("granularity", GranularityName(d.granularity));
      if (d.resolved) w.Field("value", d.Iso()); else w.Key("value").Null();
      if (d.kind == DateKind::kRelative || d.kind == DateKind::kWeekday) w.Field("offset", static_cast<int64_t>(d.relative_offset));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out->push_back('\n');
  }
}

}  // namespace marsad::text
