// Throughput benchmark of the text-analysis stage over a JSONL corpus (one article per line, field
// "text"): single thread, reports MB/s of article text, articles/s, tokens and sentences.
// Usage: analyze_bench CORPUS.jsonl [--limit N] [--json]   (--json also builds the analyze JSON output)
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "text/analyzer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS.jsonl [--limit N] [--json]\n", argv[0]);
    return 2;
  }
  size_t limit = SIZE_MAX;
  bool emit_json = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--limit") == 0 && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--json") == 0) emit_json = true;
  }
  const auto load_start = std::chrono::steady_clock::now();
  marsad::Result<marsad::text::Analyzer> analyzer = marsad::text::Analyzer::Load();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", analyzer.status().ToString().c_str());
    return 2;
  }
  const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();

  // Read the texts first so the timing covers analysis only.
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "%s: cannot open\n", argv[1]);
    return 2;
  }
  std::vector<std::string> texts;
  simdjson::ondemand::parser parser;
  std::string line;
  size_t bytes = 0;
  while (texts.size() < limit && std::getline(in, line)) {
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    std::string_view text;
    if (parser.iterate(padded).get(doc) || doc["text"].get_string().get(text)) continue;
    texts.emplace_back(text);
    bytes += text.size();
  }

  marsad::text::AnalyzedText out;
  std::string json;
  size_t tokens = 0, sentences = 0, dates = 0, json_bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& t : texts) {
    analyzer->Analyze(t, 0, marsad::text::CivilDate{2020, 1, 1}, &out);
    tokens += out.tokens.size();
    sentences += out.sentences.size();
    dates += out.dates.size();
    if (emit_json) {
      json.clear();
      marsad::text::AppendSentencesJson("bench", t, 0, out, analyzer->segmenter(), 0, &json);
      json_bytes += json.size();
    }
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"articles\":%zu,\"bytes\":%zu,\"seconds\":%.3f,\"mb_per_s\":%.2f,\"articles_per_s\":%.0f,"
              "\"tokens\":%zu,\"sentences\":%zu,\"dates\":%zu,\"json_output\":%s,\"json_bytes\":%zu,\"load_seconds\":%.3f}\n",
              texts.size(), bytes, secs, bytes / 1e6 / secs, texts.size() / secs, tokens, sentences, dates,
              emit_json ? "true" : "false", json_bytes, load_s);
  return 0;
}
