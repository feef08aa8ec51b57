// `marsad clean`: reads articles (text files, folders, JSONL, stdin), removes site chrome, recovers the
// dateline, flags exact and near duplicates, and prints one JSON document per article.
#include <chrono>
#include <cstdio>
#include <memory>

#include "base/file.h"
#include "base/json_writer.h"
#include "cli/commands.h"
#include "ingest/cleaner.h"
#include "ingest/dedup.h"
#include "ingest/document.h"

namespace marsad::cli {
namespace {

struct CleanFlags {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string clusters_path;
  double threshold = 0.7;
};

void WriteDocument(const ingest::Document& d, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Field("id", d.id).Field("url", d.url).Field("source", d.source).Field("title", d.title).Field("date", d.date);
  w.Field("input", d.input);
  w.Key("dateline");
  if (d.dateline) {
    w.BeginObject().Field("text", std::string_view(d.raw_text).substr(d.dateline->start, d.dateline->end - d.dateline->start));
    w.Field("start", static_cast<int64_t>(d.dateline->start)).Field("end", static_cast<int64_t>(d.dateline->end));
    w.Field("place", d.dateline->place).Field("date", d.dateline->date).Field("agency", d.dateline->agency).EndObject();
  } else {
    w.Null();
  }
  w.Field("text", d.text);
  w.Key("removed").BeginArray();
  for (const auto& r : d.removed) {
    w.BeginObject().Field("start", static_cast<int64_t>(r.start)).Field("end", static_cast<int64_t>(r.end));
    w.Field("text", std::string_view(d.raw_text).substr(r.start, r.end - r.start)).Field("reason", r.reason).EndObject();
  }
  w.EndArray();
  w.Key("duplicate_of");
  if (d.duplicate_of.empty()) w.Null(); else w.String(d.duplicate_of);
  w.Key("near_duplicate_of");
  if (d.near_duplicate_of.empty()) w.Null(); else w.String(d.near_duplicate_of);
  if (d.similarity > 0) w.Key("similarity").Double(d.similarity);
  if (!d.extra_json.empty()) w.Key("extra").Raw(d.extra_json);
  w.EndObject();
  out->push_back('\n');
}

}  // namespace

void RegisterClean(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<CleanFlags>();
  CLI::App* cmd = app.add_subcommand(
      "clean",
      "Read articles (text files, folders, JSONL with id/title/text/date/url/source, or - for stdin), remove\n"
      "site chrome, recover datelines, flag duplicates; print one JSON document per article.");
  cmd->add_option("inputs", flags->inputs, "files or folders (- for standard input)")->required();
  cmd->add_option("--format", flags->format, "input format: auto (by extension and content), text, jsonl, html, warc")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "warc"}));
  cmd->add_option("--clusters", flags->clusters_path, "write duplicate clusters as JSON Lines to this file");
  cmd->add_option("--threshold", flags->threshold, "near-duplicate similarity threshold (estimated Jaccard)")
      ->check(CLI::Range(0.3, 1.0));
  cmd->callback([flags, run] {
    *run = [flags]() -> int {
      Result<text::Analyzer> analyzer = text::Analyzer::Load();
      if (!analyzer.ok()) { PrintError("loading data: " + analyzer.status().ToString()); return kExitFatal; }
      Result<ingest::Cleaner> cleaner = ingest::Cleaner::Load(DataDir(), *analyzer);
      if (!cleaner.ok()) { PrintError("loading data: " + cleaner.status().ToString()); return kExitFatal; }
      ingest::Deduplicator dedup(analyzer->normalizer(), flags->threshold);
      ingest::InputFormat format = ingest::InputFormat::kAuto;
      ingest::ParseInputFormat(flags->format, &format);
      size_t failed_inputs = 0, warnings = 0, docs = 0, bytes = 0;
      std::string out;
      const auto start = std::chrono::steady_clock::now();
      for (const std::string& path : flags->inputs) {
        Status st = ingest::ReadDocuments(
            path, format,
            [&](ingest::Document&& d) {
              cleaner->Clean(&d);
              dedup.Add(&d);
              out.clear();
              WriteDocument(d, &out);
              std::fwrite(out.data(), 1, out.size(), stdout);
              ++docs;
              bytes += d.raw_text.size();
            },
            [&](const std::string& message) { PrintWarning(message); ++warnings; });
        if (!st.ok()) { PrintError(st.message()); ++failed_inputs; }
      }
      std::fflush(stdout);
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const auto clusters = dedup.Clusters();
      std::fprintf(stderr, "marsad clean: %zu documents, %.1f MB in %.2f s (%.1f MB/s); %zu exact and %zu near duplicates in %zu clusters\n",
                   docs, bytes / 1e6, secs, secs > 0 ? bytes / 1e6 / secs : 0.0, dedup.exact_duplicates(),
                   dedup.near_duplicates(), clusters.size());
      if (!flags->clusters_path.empty()) {
        std::string text;
        for (size_t i = 0; i < clusters.size(); ++i) {
          JsonWriter w(&text);
          w.BeginObject().Field("cluster", i).Field("size", clusters[i].ids.size()).Field("exact", clusters[i].exact);
          w.Key("min_similarity").Double(clusters[i].min_similarity).Key("ids").BeginArray();
          for (const auto& id : clusters[i].ids) w.String(id);
          w.EndArray().EndObject();
          text.push_back('\n');
        }
        if (Status st = WriteFile(flags->clusters_path, text); !st.ok()) { PrintError(st.message()); return kExitFatal; }
      }
      if (failed_inputs == flags->inputs.size()) return kExitFatal;
      return (failed_inputs > 0 || warnings > 0) ? kExitPartial : kExitOk;
    };
  });
}

}  // namespace marsad::cli
