// `marsad ingest`: read, clean, deduplicate, code and store articles in the event database, in batches of
// documents per transaction (a killed run leaves a consistent database and a rerun completes the job;
// re-ingesting an unchanged article changes nothing). `marsad recode`: re-code stored documents whose
// events came from another dictionary version.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>
#include <unordered_set>

#include "base/file.h"
#include "cli/commands.h"
#include "coder/pipeline.h"
#include "dict/dictionary.h"
#include "ingest/cleaner.h"
#include "ingest/dedup.h"
#include "ingest/document.h"
#include "store/store.h"

namespace marsad::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db = "marsad.db";
  std::string format = "auto";
  double threshold = 0.7;
  int batch = 200;
  unsigned threads = 1;
};

// The publication date as the coder wants it: YYYY-MM-DD or "".
// The --db value for messages, with a PostgreSQL password hidden.
std::string DisplayDb(const std::string& db) {
  const size_t scheme = db.find("://");
  if (!store::Store::IsPostgresUrl(db) || scheme == std::string::npos) return db;
  const size_t at = db.find('@', scheme + 3);
  if (at == std::string::npos) return db;
  const size_t colon = db.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return db;
  return db.substr(0, colon + 1) + "***" + db.substr(at);
}

// Total bytes of the regular files under the inputs, 0 when unknown (standard input).
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& p : inputs) {
    if (p == "-") return 0;
    if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    } else if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    }
  }
  return total;
}

int RunIngest(const IngestFlags& flags) {
  Result<std::unique_ptr<coder::Pipeline>> loaded = coder::Pipeline::Load();
  if (!loaded.ok()) { PrintError("loading data: " + loaded.status().ToString()); return kExitFatal; }
  const coder::Pipeline& pipe = **loaded;
  Result<std::unique_ptr<store::Store>> opened = store::Store::Open(flags.db);
  if (!opened.ok()) { PrintError(opened.status().message()); return kExitFatal; }
  store::Store& db = **opened;
  const std::string& version = pipe.coder().dictionary_version();

  Status st = db.Begin();
  if (st.ok()) st = db.PutCameoCodes(store::CameoRowsOf(pipe.dicts()));
  if (st.ok()) st = db.Commit();
  if (!st.ok()) { PrintError(st.message()); return kExitFatal; }

  // Duplicates are detected against everything stored before, in the order it was stored, so an
  // interrupted run followed by a rerun flags the same duplicates as one uninterrupted run.
  ingest::Deduplicator dedup(pipe.analyzer().normalizer(), flags.threshold);
  st = store::SeedDeduplicator(db, &dedup);
  if (!st.ok()) { PrintError(st.message()); return kExitFatal; }

  const ingest::InputFormat format = flags.format == "text" ? ingest::InputFormat::kText
                                     : flags.format == "jsonl" ? ingest::InputFormat::kJsonl
                                                               : ingest::InputFormat::kAuto;
  const bool tty = isatty(STDERR_FILENO);
  const uint64_t total_bytes = tty ? InputBytes(flags.inputs) : 0;
  const auto start = std::chrono::steady_clock::now();
  auto last_progress = start;
  size_t read = 0, added = 0, updated = 0, recoded = 0, unchanged = 0, events = 0, warnings = 0, failed_inputs = 0;
  uint64_t bytes = 0;
  Status fatal;

  const auto progress = [&](bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (!tty || (!force && now - last_progress < std::chrono::milliseconds(250))) return;
    last_progress = now;
    const double secs = std::chrono::duration<double>(now - start).count();
    const double rate = secs > 0 ? read / secs : 0;
    std::string eta;
    if (total_bytes > 0 && bytes > 0 && bytes < total_bytes && secs > 0) {
      const double left = secs * (static_cast<double>(total_bytes) / bytes - 1);
      char buf[48];
      std::snprintf(buf, sizeof buf, ", ETA %d:%02d", static_cast<int>(left) / 60, static_cast<int>(left) % 60);
      eta = buf;
    }
    std::fprintf(stderr, "\rmarsad ingest: %zu documents, %.0f docs/s, %zu events%s   ", read, rate, events,
                 eta.c_str());
  };

  // Documents that need work are buffered per batch: cleaned and coded on `threads` threads, then
  // deduplicated and written in input order, one transaction per batch.
  struct Item {
    ingest::Document doc;
    bool stored = false;     // the id is in the database already
    bool same_text = false;  // ... with the same raw text (only the dictionaries changed)
    std::vector<coder::Event> events;
  };
  std::vector<Item> pending;
  std::unordered_set<std::string> pending_ids;
  const auto flush = [&]() -> Status {
    if (pending.empty()) return Status::Ok();
    const auto work = [&](size_t from) {
      for (size_t i = from; i < pending.size(); i += flags.threads) {
        Item& it = pending[i];
        pipe.cleaner().Clean(&it.doc);
        it.events = pipe.coder().Code(it.doc.id, it.doc.text, it.doc.date);
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<size_t>(flags.threads, pending.size()); ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& t : pool) t.join();
    MARSAD_RETURN_IF_ERROR(db.Begin());
    Status st;
    for (Item& it : pending) {
      if (!it.stored) dedup.Add(&it.doc);  // stored documents are in the deduplicator already
      if (!it.same_text) st = db.PutDocument(it.doc);
      if (st.ok()) st = db.ReplaceEvents(it.doc.id, it.doc.date, it.events, version, /*may_have_events=*/it.stored);
      if (!st.ok()) break;
    }
    if (st.ok()) st = db.Commit();
    if (!st.ok()) {
      (void)db.Rollback();
      return st;
    }
    for (const Item& it : pending) {
      events += it.events.size();
      if (!it.stored) ++added; else if (it.same_text) ++recoded; else ++updated;
    }
    pending.clear();
    pending_ids.clear();
    return Status::Ok();
  };

  for (const std::string& path : flags.inputs) {
    if (!fatal.ok()) break;
    Status rs = ingest::ReadDocuments(
        path, format,
        [&](ingest::Document&& d) {
          if (!fatal.ok()) return;
          ++read;
          bytes += d.raw_text.size();
          if (pending_ids.count(d.id)) fatal = flush();  // the same id twice: write the first one first
          if (!fatal.ok()) return;
          Result<std::optional<store::DocumentState>> state = db.GetDocumentState(d.id);
          if (!state.ok()) { fatal = state.status(); return; }
          const bool same_text = *state && (*state)->raw_hash == store::HashHex(d.raw_text);
          if (same_text && (*state)->dictionary_version == version) {
            ++unchanged;
          } else {
            pending_ids.insert(d.id);
            pending.push_back(Item{std::move(d), state->has_value(), same_text, {}});
            if (pending.size() >= static_cast<size_t>(flags.batch)) fatal = flush();
          }
          progress(false);
        },
        [&](const std::string& message) {
          if (tty) std::fputc('\n', stderr);
          PrintWarning(message);
          ++warnings;
        });
    if (!rs.ok()) { PrintError(rs.message()); ++failed_inputs; }
  }
  if (fatal.ok()) fatal = flush();

  progress(true);
  if (tty) std::fputc('\n', stderr);
  if (!fatal.ok()) {
    PrintError(fatal.message() + " (the last batch was rolled back; rerun to complete)");
    return kExitFatal;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Result<store::Counts> counts = db.Count();
  std::fprintf(stderr,
               "marsad ingest: %zu documents read (%zu new, %zu updated, %zu re-coded, %zu unchanged), %zu events, "
               "%.2f s (%.0f docs/s); %s holds %lld documents, %lld events, %lld linked events\n",
               read, added, updated, recoded, unchanged, events, secs, secs > 0 ? read / secs : 0.0,
               DisplayDb(flags.db).c_str(), counts.ok() ? static_cast<long long>(counts->documents) : -1LL,
               counts.ok() ? static_cast<long long>(counts->events) : -1LL,
               counts.ok() ? static_cast<long long>(counts->linked_events) : -1LL);
  if (failed_inputs == flags.inputs.size()) return kExitFatal;
  return (failed_inputs > 0 || warnings > 0) ? kExitPartial : kExitOk;
}

int RunRecode(const std::string& db_path, int batch) {
  Result<std::unique_ptr<coder::Pipeline>> loaded = coder::Pipeline::Load();
  if (!loaded.ok()) { PrintError("loading data: " + loaded.status().ToString()); return kExitFatal; }
  const coder::Pipeline& pipe = **loaded;
  Result<std::unique_ptr<store::Store>> opened = store::Store::Open(db_path, /*create=*/false);
  if (!opened.ok()) { PrintError(opened.status().message()); return kExitFatal; }
  store::Store& db = **opened;
  const std::string& version = pipe.coder().dictionary_version();
  const auto start = std::chrono::steady_clock::now();
  size_t docs = 0, events = 0;
  Status st = db.Begin();
  if (st.ok()) st = db.PutCameoCodes(store::CameoRowsOf(pipe.dicts()));
  if (st.ok()) st = db.Commit();
  while (st.ok()) {
    Result<std::vector<store::StoredText>> todo = db.DocumentsToRecode(version, batch);
    if (!todo.ok()) { st = todo.status(); break; }
    if (todo->empty()) break;
    st = db.Begin();
    for (const store::StoredText& t : *todo) {
      if (!st.ok()) break;
      std::vector<coder::Event> coded = pipe.coder().Code(t.id, t.text, t.date);
      st = db.ReplaceEvents(t.id, t.date, coded, version);
      events += coded.size();
      ++docs;
    }
    if (st.ok()) st = db.Commit();
    else (void)db.Rollback();
    if (isatty(STDERR_FILENO)) std::fprintf(stderr, "\rmarsad recode: %zu documents, %zu events   ", docs, events);
  }
  if (isatty(STDERR_FILENO)) std::fputc('\n', stderr);
  if (!st.ok()) { PrintError(st.message()); return kExitFatal; }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "marsad recode: %zu documents re-coded with dictionary version %s, %zu events, %.2f s\n", docs,
               version.c_str(), events, secs);
  return kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read articles (as marsad clean does), clean, deduplicate, code and store them in the event database,\n"
      "a batch of documents per transaction. Unchanged articles are skipped; changed ones are replaced.");
  cmd->add_option("inputs", flags->inputs, "files or folders (- or nothing for standard input)");
  cmd->add_option("--db", flags->db, "SQLite file or postgresql:// URL (default marsad.db)");
  cmd->add_option("--format", flags->format, "input format: auto, text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--threshold", flags->threshold, "near-duplicate similarity threshold (estimated Jaccard)")
      ->check(CLI::Range(0.3, 1.0));
  cmd->add_option("--batch", flags->batch, "documents per transaction (default 200)")->check(CLI::Range(1, 1000000));
  cmd->add_option("-j,--threads", flags->threads, "cleaning and coding threads (default 1)")->check(CLI::Range(1u, 256u));
  cmd->callback([flags, run] {
    *run = [flags]() -> int {
      if (flags->inputs.empty()) flags->inputs.push_back("-");
      return RunIngest(*flags);
    };
  });
}

void RegisterRecode(CLI::App& app, Runner* run) {
  auto db = std::make_shared<std::string>("marsad.db");
  auto batch = std::make_shared<int>(200);
  CLI::App* cmd = app.add_subcommand(
      "recode", "Re-code stored documents whose events were coded with another dictionary version.");
  cmd->add_option("--db", *db, "SQLite file or postgresql:// URL (default marsad.db)");
  cmd->add_option("--batch", *batch, "documents per transaction (default 200)")->check(CLI::Range(1, 1000000));
  cmd->callback([db, batch, run] { *run = [db, batch]() -> int { return RunRecode(*db, *batch); }; });
}

}  // namespace marsad::cli
