// Store: the event database (format: docs/formats/database.md). One schema and one set of queries over two
// back ends: an embedded SQLite file (default; WAL mode, FTS5 for full-text search) and PostgreSQL for
// teams (a postgresql:// URL; to_tsvector('simple', ...) for full-text search). Every value reaches the
// database as a bound parameter; SQL text is never built from user strings.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"
#include "coder/event.h"
#include "dict/dictionary.h"
#include "ingest/dedup.h"
#include "ingest/document.h"

namespace marsad::store {

inline constexpr int kSchemaVersion = 1;

// A SQL value: NULL, integer, real or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

// A query result: column names and rows of values.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};

enum class Dialect { kSqlite, kPostgres };

// What the store knows about one stored document.
struct DocumentState {
  int64_t seq = 0;
  std::string raw_hash;
  std::string dictionary_version;  // "" when never coded
};

// A stored document to (re-)code.
struct StoredText {
  std::string id;
  std::string text;
  std::string date;
};

// A CAMEO code as the dictionaries define it (kept in the cameo_codes table).
struct CameoRow {
  std::string code, root, plover, label;
  int quad_class = 0;
  double goldstein = 0;
};

// Event filters shared by the event listing, the series and the top lists. Codes match by prefix
// (IRN matches IRN, IRNMIL, IRNGOV). Empty fields do not filter.
struct EventFilter {
  std::string from, to;  // day bounds, inclusive; YYYY, YYYY-MM or YYYY-MM-DD
  std::string actor;     // source or target
  std::string source, target;
  std::string country;   // ISO 3166 alpha-3 of the event location
  std::string dyad_a, dyad_b;
  bool directed = false;  // dyad: only dyad_a -> dyad_b (default: both directions)
  std::string cameo;      // prefix
  std::string root;       // exact "01".."20"
  int quad = 0;           // 1..4, 0 = any
  std::string modality;   // asserted planned negated hypothetical reported
  std::string text;       // words that must all occur in the article (title or text)
  int64_t limit = 1000;   // 0 = no limit
};

enum class Period { kDay, kWeek, kMonth };
enum class TopWhat { kActors, kDyads };

struct Counts {
  int64_t documents = 0, events = 0, linked_events = 0;
};

// 64-bit FNV-1a of the bytes, 16 hex digits: a change detector for raw texts (not cryptographic).
std::string HashHex(std::string_view bytes);
// The day an event is filed under: the event date when it is a full date, else the publication date
// (first 10 characters) when that is a full date, else the event date as given (partial or "").
std::string EventDay(const coder::Event& e, std::string_view doc_date);
// Monday of the ISO week of a YYYY-MM-DD day ("" for anything else).
std::string WeekOf(std::string_view day);
// The key that links events reported by several articles: day|source|target|cameo. An event with neither
// actor code (both unresolved) is not linked: `mention` (doc_id#seq) is appended to make its key unique.
std::string EventKey(const coder::Event& e, std::string_view day, std::string_view mention = {});
// The value as display text ("" for NULL; reals with up to 6 significant decimals, no trailing zeros).
std::string ValueText(const Value& v);

class Store;

// The dictionaries' CAMEO code table as the store keeps it.
std::vector<CameoRow> CameoRowsOf(const dict::Dictionaries& dicts);
// Feeds every stored document to `dedup` in storage order, so that new documents are checked against
// everything stored before (an interrupted ingest and its rerun flag the same duplicates as one run).
Status SeedDeduplicator(Store& db, ingest::Deduplicator* dedup);

class Store {
 public:
  // `db` is a file path (SQLite) or a postgresql:// / postgres:// URL. A missing SQLite file is created
  // when `create` is true, else reported as kNotFound. The schema is created when missing; a database with
  // a newer schema version is refused.
  static Result<std::unique_ptr<Store>> Open(const std::string& db, bool create = true);
  static bool IsPostgresUrl(std::string_view db);

  virtual ~Store() = default;
  virtual Dialect dialect() const = 0;

  // --- low level: one statement with bound parameters ('?' placeholders in both dialects). ---
  virtual Status Exec(const std::string& sql, const std::vector<Value>& params = {}) = 0;
  virtual Result<Table> Query(const std::string& sql, const std::vector<Value>& params = {}) = 0;
  // Several statements without parameters (schema scripts).
  virtual Status ExecScript(const std::string& sql) = 0;

  // --- transactions: writes below happen inside Begin() .. Commit(). Commit() first recomputes the
  // linked events (mention counts) of every event key touched since Begin(). ---
  Status Begin();
  Status Commit();
  Status Rollback();

  // --- ingest ---
  Result<std::optional<DocumentState>> GetDocumentState(const std::string& id);
  // Inserts or updates a document (INSERT .. ON CONFLICT(id)); duplicate fields and cluster of an existing
  // row are kept. The cluster of a new document is the cluster of the document it duplicates, else its id.
  Status PutDocument(const ingest::Document& d);
  // Replaces the events of a document and records the dictionary version they were coded with.
  // `may_have_events` false (a document stored in this transaction for the first time) skips looking for
  // old events.
  Status ReplaceEvents(const std::string& doc_id, std::string_view doc_date,
                       const std::vector<coder::Event>& events, const std::string& dictionary_version,
                       bool may_have_events = true);
  Status PutCameoCodes(const std::vector<CameoRow>& codes);
  // Every stored document (id, clean text, date) in the order it was first stored.
  Status ForEachDocument(const std::function<void(StoredText&&)>& fn);
  // Up to `limit` documents whose events were coded with another dictionary version (or never coded).
  Result<std::vector<StoredText>> DocumentsToRecode(const std::string& dictionary_version, int64_t limit);
  Result<Counts> Count();
  Result<std::string> GetMeta(const std::string& key);

  // --- queries ---
  // Events matching the filter, by day, document and position.
  Result<Table> QueryEvents(const EventFilter& f);
  // Per period: linked events (distinct keys), mentions, Goldstein sum over linked events.
  Result<Table> Series(const EventFilter& f, Period by);
  // Most frequent actors (source or target) or directed dyads among the matching events.
  Result<Table> Top(const EventFilter& f, TopWhat what);

 protected:
  Store() = default;
  Status CreateSchema();
  virtual std::string SchemaSql() const = 0;
  virtual Status BeginTransaction() = 0;  // BEGIN IMMEDIATE in SQLite
  // SQL fragment: true when the document row `d` matches all words of the bound text parameter(s);
  // appends the parameters.
  virtual std::string TextMatch(const std::string& words, std::vector<Value>* params) const = 0;

 private:
  Status Relink();
  std::string Where(const EventFilter& f, std::vector<Value>* params) const;
  std::set<std::string> touched_keys_;  // event keys with new mentions since Begin()
  std::set<std::string> removed_keys_;  // event keys that lost mentions since Begin()
  std::set<std::string> known_actors_;  // actor codes written by committed transactions of this session
  std::set<std::string> new_actors_;    // ... and by the open one
};

}  // namespace marsad::store
