// `marsad code`: reads articles like `marsad clean` (text, folders, JSONL, stdin), finds site chrome, and
// writes coded events as JSON Lines (default) or GDELT-like TSV. Documents are coded on N threads; the
// output keeps input order.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

#include "base/file.h"
#include "cli/commands.h"
#include "coder/pipeline.h"
#include "ingest/document.h"

namespace marsad::cli {
namespace {

struct CodeFlags {
  std::vector<std::string> inputs{"-"};
  std::string format = "jsonl";
  std::string input_format = "auto";
  unsigned threads = 1;
  bool no_clean = false;
};

}  // namespace

void RegisterCode(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "code",
      "Code events from articles (text files, folders, JSONL with id/text/date, or - for stdin).\n"
      "Writes one event per line: JSON (docs/formats/events.md) or GDELT-like TSV.");
  cmd->add_option("inputs", flags->inputs, "files or folders (default: standard input)");
  cmd->add_option("--format", flags->format, "output: jsonl or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--input-format", flags->input_format, "input: auto, text, jsonl, html, warc")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "warc"}));
  cmd->add_option("-j,--threads", flags->threads, "coding threads")->check(CLI::Range(1u, 256u));
  cmd->add_flag("--no-clean", flags->no_clean, "code site chrome too (by default sentences in removed spans are skipped)");
  cmd->callback([flags, run] {
    *run = [flags]() -> int {
      Result<std::unique_ptr<coder::Pipeline>> pipeline = coder::Pipeline::Load();
      if (!pipeline.ok()) { PrintError("loading data: " + pipeline.status().ToString()); return kExitFatal; }
      const coder::Coder& coder = (*pipeline)->coder();
      const ingest::Cleaner& cleaner = (*pipeline)->cleaner();
      ingest::InputFormat format = ingest::InputFormat::kAuto;
      ingest::ParseInputFormat(flags->input_format, &format);  // CLI11 already checked the name
      const bool tsv = flags->format == "tsv";
      std::string header;
      if (tsv) { coder::AppendEventTsvHeader(&header); std::fwrite(header.data(), 1, header.size(), stdout); }

      // Documents are buffered in batches and coded in parallel; each batch is written in input order.
      std::vector<ingest::Document> batch;
      size_t docs = 0, events = 0, bytes = 0, warnings = 0, failed = 0;
      const auto start = std::chrono::steady_clock::now();
      auto flush = [&] {
        std::vector<std::string> outs(batch.size());
        auto work = [&](size_t from) {
          for (size_t i = from; i < batch.size(); i += flags->threads) {
            ingest::Document& d = batch[i];
            std::vector<std::pair<uint32_t, uint32_t>> skip;
            if (!flags->no_clean) {
              cleaner.Clean(&d);
              for (const auto& r : d.removed) skip.emplace_back(r.start, r.end);
            }
            for (const coder::Event& e : coder.Code(d.id, d.raw_text, d.date, skip)) {
              if (tsv) coder::AppendEventTsv(e, &outs[i]); else coder::AppendEventJson(e, &outs[i]);
            }
          }
        };
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < std::min<size_t>(flags->threads, batch.size()); ++t) pool.emplace_back(work, t);
        work(0);
        for (auto& t : pool) t.join();
        for (const std::string& o : outs) {
          std::fwrite(o.data(), 1, o.size(), stdout);
          events += static_cast<size_t>(std::count(o.begin(), o.end(), '\n'));
        }
        batch.clear();
      };
      for (const std::string& path : flags->inputs) {
        Status st = ingest::ReadDocuments(
            path, format,
            [&](ingest::Document&& d) {
              ++docs;
              bytes += d.raw_text.size();
              batch.push_back(std::move(d));
              if (batch.size() >= 256) flush();
            },
            [&](const std::string& m) { PrintWarning(m); ++warnings; });
        if (!st.ok()) { PrintError(st.message()); ++failed; }
      }
      flush();
      std::fflush(stdout);
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "marsad code: %zu documents, %.1f MB, %zu events in %.2f s (%.1f MB/s, %u thread(s))\n", docs,
                   bytes / 1e6, events, secs, secs > 0 ? bytes / 1e6 / secs : 0.0, flags->threads);
      if (failed == flags->inputs.size()) return kExitFatal;
      return (failed > 0 || warnings > 0) ? kExitPartial : kExitOk;
    };
  });
}

}  // namespace marsad::cli
