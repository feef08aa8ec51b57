// Store: schema, ingest writes, linked events and queries, shared by the SQLite and PostgreSQL back ends.
#include "store/store.h"

#include <cstdio>
#include <cstring>

#include <unistd.h>

#include "base/json_writer.h"
#include "store/backends.h"
#include "text/dates.h"

namespace marsad::store {
namespace {

bool IsDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

Value Text(std::string_view s) { return Value(std::string(s)); }
Value TextOrNull(std::string_view s) { return s.empty() ? Value() : Value(std::string(s)); }
Value Int(int64_t v) { return Value(v); }

// "IRN" -> "IRO": the smallest string greater than every string starting with the prefix.
std::string PrefixEnd(std::string p) {
  while (!p.empty() && static_cast<unsigned char>(p.back()) == 0xFF) p.pop_back();
  if (!p.empty()) p.back() = static_cast<char>(static_cast<unsigned char>(p.back()) + 1);
  else p = "\xFF";
  return p;
}

std::string PrefixCond(const char* column, const std::string& prefix, std::vector<Value>* params) {
  params->push_back(Text(prefix));
  params->push_back(Text(PrefixEnd(prefix)));
  return std::string("(") + column + " >= ? AND " + column + " < ?)";
}

std::string Metadata(const ingest::Document& d) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("input", d.input);
  if (!d.extra_json.empty()) w.Key("extra").Raw(d.extra_json);
  if (d.dateline) {
    w.Key("dateline").BeginObject();
    w.Field("start", static_cast<int64_t>(d.dateline->start)).Field("end", static_cast<int64_t>(d.dateline->end));
    w.EndObject();
  }
  w.Key("removed").BeginArray();
  for (const auto& r : d.removed) {
    w.BeginObject().Field("start", static_cast<int64_t>(r.start)).Field("end", static_cast<int64_t>(r.end));
    w.Field("reason", r.reason).EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

constexpr const char* kEventColumns =
    "e.day AS day, e.doc_id AS doc_id, e.seq AS seq, e.sentence AS sentence, e.source_code AS source, "
    "e.source_text AS source_text, e.target_code AS target, e.target_text AS target_text, e.cameo AS cameo, "
    "e.root AS root, e.plover AS plover, e.quad_class AS quad_class, e.goldstein AS goldstein, "
    "e.modality AS modality, e.historical AS historical, e.date AS event_date, e.location_name AS location, "
    "e.location_country AS country, e.evidence AS evidence, e.rule AS rule, "
    "e.dictionary_version AS dictionary_version, e.event_key AS event_key, l.num_mentions AS num_mentions, "
    "l.num_sources AS num_sources, l.num_articles AS num_articles, d.source AS outlet, d.url AS url, "
    "d.title AS title";

}  // namespace

std::string HashHex(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (unsigned char c : bytes) { h ^= c; h *= 1099511628211ull; }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string EventDay(const coder::Event& e, std::string_view doc_date) {
  if (IsDay(e.date)) return e.date;
  if (doc_date.size() >= 10 && IsDay(doc_date.substr(0, 10))) return std::string(doc_date.substr(0, 10));
  return e.date;
}

std::string WeekOf(std::string_view day) {
  if (!IsDay(day)) return "";
  const int y = std::atoi(std::string(day.substr(0, 4)).c_str());
  const int m = std::atoi(std::string(day.substr(5, 2)).c_str());
  const int d = std::atoi(std::string(day.substr(8, 2)).c_str());
  const int64_t z = text::DaysFromCivil(y, m, d);
  const text::CivilDate monday = text::CivilFromDays(z - (text::Weekday(text::CivilFromDays(z)) - 1));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", monday.year, monday.month, monday.day);
  return buf;
}

std::string EventKey(const coder::Event& e, std::string_view day, std::string_view mention) {
  std::string key(day);
  key += '|';
  key += e.source.code;
  key += '|';
  if (e.target) key += e.target->code;
  key += '|';
  key += e.cameo;
  if (e.source.code.empty() && (!e.target || e.target->code.empty()) && !mention.empty()) {
    key += '|';
    key += mention;
  }
  return key;
}

std::string ValueText(const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return "";
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", *d);
    return buf;
  }
  return std::get<std::string>(v);
}

bool Store::IsPostgresUrl(std::string_view db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& db, bool create) {
  if (!create && !IsPostgresUrl(db) && access(db.c_str(), F_OK) != 0) {
    return Status::NotFound(db + ": no such database (marsad ingest creates it)");
  }
  Result<std::unique_ptr<Store>> s = IsPostgresUrl(db) ? OpenPostgres(db) : OpenSqlite(db);
  if (!s.ok()) return s.status();
  std::unique_ptr<Store> store = std::move(s).value();
  MARSAD_RETURN_IF_ERROR(store->CreateSchema());
  return store;
}

Status Store::CreateSchema() {
  // Fast path (no write lock): the schema is there and current.
  if (Result<std::string> v = GetMeta("schema_version"); v.ok() && std::atoi(v->c_str()) == kSchemaVersion) {
    return Status::Ok();
  }
  MARSAD_RETURN_IF_ERROR(BeginTransaction());
  touched_keys_.clear();
  Status st = ExecScript(SchemaSql());
  if (st.ok()) {
    st = Exec("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
              {Text(std::to_string(kSchemaVersion))});
  }
  Result<std::string> version = st.ok() ? GetMeta("schema_version") : Result<std::string>(st);
  if (!version.ok()) {
    (void)Rollback();
    return version.status();
  }
  if (std::atoi(version->c_str()) > kSchemaVersion) {
    (void)Rollback();
    return Status::InvalidArgument("database schema version " + *version + " is newer than this marsad's (" +
                                   std::to_string(kSchemaVersion) + "); upgrade marsad");
  }
  return Commit();
}

Status Store::Begin() {
  touched_keys_.clear();
  removed_keys_.clear();
  new_actors_.clear();
  return BeginTransaction();
}

Status Store::Commit() {
  Status st = Relink();
  if (!st.ok()) {
    (void)Rollback();
    return st;
  }
  st = Exec("COMMIT");
  if (!st.ok()) {
    (void)Rollback();
    return st;
  }
  known_actors_.merge(new_actors_);
  new_actors_.clear();
  return st;
}

Status Store::Rollback() {
  touched_keys_.clear();
  removed_keys_.clear();
  new_actors_.clear();
  return Exec("ROLLBACK");
}

Result<std::string> Store::GetMeta(const std::string& key) {
  Result<Table> t = Query("SELECT value FROM meta WHERE key = ?", {Text(key)});
  if (!t.ok()) return t.status();
  if (t->rows.empty()) return Status::NotFound("meta key " + key);
  return ValueText(t->rows[0][0]);
}

Result<std::optional<DocumentState>> Store::GetDocumentState(const std::string& id) {
  Result<Table> t = Query("SELECT seq, raw_hash, dictionary_version FROM documents WHERE id = ?", {Text(id)});
  if (!t.ok()) return t.status();
  if (t->rows.empty()) return std::optional<DocumentState>();
  DocumentState s;
  const auto& r = t->rows[0];
  if (const auto* i = std::get_if<int64_t>(&r[0])) s.seq = *i;
  s.raw_hash = ValueText(r[1]);
  s.dictionary_version = ValueText(r[2]);
  return std::optional<DocumentState>(s);
}

Status Store::PutDocument(const ingest::Document& d) {
  static const std::string kSql =
      "INSERT INTO documents (id, url, source, title, date, text, raw_hash, raw_bytes, metadata, dateline_place, "
      "dateline_date, dateline_agency, duplicate_of, near_duplicate_of, similarity, cluster) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE((SELECT c.cluster FROM documents c WHERE c.id = ?), ?)) "
      "ON CONFLICT (id) DO UPDATE SET url = excluded.url, source = excluded.source, title = excluded.title, "
      "date = excluded.date, text = excluded.text, raw_hash = excluded.raw_hash, raw_bytes = excluded.raw_bytes, "
      "metadata = excluded.metadata, dateline_place = excluded.dateline_place, "
      "dateline_date = excluded.dateline_date, dateline_agency = excluded.dateline_agency "
      "WHERE documents.raw_hash <> excluded.raw_hash";
  const std::string& ref = !d.duplicate_of.empty() ? d.duplicate_of : d.near_duplicate_of;
  std::vector<Value> p;
  p.reserve(17);
  p.push_back(Text(d.id));
  p.push_back(Text(d.url));
  p.push_back(Text(d.source));
  p.push_back(Text(d.title));
  p.push_back(Text(d.date));
  p.push_back(Text(d.text));
  p.push_back(Text(HashHex(d.raw_text)));
  p.push_back(Int(static_cast<int64_t>(d.raw_text.size())));
  p.push_back(Text(Metadata(d)));
  p.push_back(d.dateline ? TextOrNull(d.dateline->place) : Value());
  p.push_back(d.dateline ? TextOrNull(d.dateline->date) : Value());
  p.push_back(d.dateline ? TextOrNull(d.dateline->agency) : Value());
  p.push_back(TextOrNull(d.duplicate_of));
  p.push_back(TextOrNull(d.near_duplicate_of));
  p.push_back(d.similarity > 0 ? Value(d.similarity) : Value());
  p.push_back(Text(ref));
  p.push_back(Text(ref.empty() ? d.id : ref));
  return Exec(kSql, p);
}

Status Store::ReplaceEvents(const std::string& doc_id, std::string_view doc_date,
                            const std::vector<coder::Event>& events, const std::string& dictionary_version,
                            bool may_have_events) {
  static const std::string kInsert =
      "INSERT INTO events (doc_id, seq, sentence, day, week, month, date, source_code, source_text, source_start, "
      "source_end, target_code, target_text, target_start, target_end, cameo, root, plover, quad_class, goldstein, "
      "modality, historical, location_name, location_country, location_lat, location_lon, evidence_start, "
      "evidence_end, evidence, rule, dictionary_version, event_key) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static const std::string kActor =
      "INSERT INTO actors (code, example) VALUES (?, ?) ON CONFLICT (code) DO NOTHING";
  if (may_have_events) {
    Result<Table> old = Query("SELECT DISTINCT event_key FROM events WHERE doc_id = ?", {Text(doc_id)});
    if (!old.ok()) return old.status();
    for (const auto& r : old->rows) removed_keys_.insert(ValueText(r[0]));
    if (!old->rows.empty()) MARSAD_RETURN_IF_ERROR(Exec("DELETE FROM events WHERE doc_id = ?", {Text(doc_id)}));
  }
  std::vector<Value> p;
  for (size_t i = 0; i < events.size(); ++i) {
    const coder::Event& e = events[i];
    const std::string day = EventDay(e, doc_date);
    const std::string key = EventKey(e, day, doc_id + "#" + std::to_string(i));
    touched_keys_.insert(key);
    p.clear();
    p.push_back(Text(doc_id));
    p.push_back(Int(static_cast<int64_t>(i)));
    p.push_back(Int(e.sentence));
    p.push_back(Text(day));
    p.push_back(Text(WeekOf(day)));
    p.push_back(Text(day.size() >= 7 ? day.substr(0, 7) : day));
    p.push_back(TextOrNull(e.date));
    p.push_back(Text(e.source.code));
    p.push_back(Text(e.source.text));
    p.push_back(Int(e.source.start));
    p.push_back(Int(e.source.end));
    if (e.target) {
      p.push_back(Text(e.target->code));
      p.push_back(Text(e.target->text));
      p.push_back(Int(e.target->start));
      p.push_back(Int(e.target->end));
    } else {
      p.insert(p.end(), 4, Value());
    }
    p.push_back(Text(e.cameo));
    p.push_back(Text(e.root));
    p.push_back(TextOrNull(e.plover));
    p.push_back(Int(e.quad_class));
    p.push_back(Value(e.goldstein));
    p.push_back(Text(coder::ModalityName(e.modality)));
    p.push_back(Int(e.historical ? 1 : 0));
    if (e.location) {
      p.push_back(Text(e.location->name));
      p.push_back(TextOrNull(e.location->country));
      p.push_back(Value(e.location->lat));
      p.push_back(Value(e.location->lon));
    } else {
      p.insert(p.end(), 4, Value());
    }
    p.push_back(Int(e.evidence_start));
    p.push_back(Int(e.evidence_end));
    p.push_back(Text(e.evidence));
    p.push_back(Text(e.rule));
    p.push_back(Text(dictionary_version));
    p.push_back(Text(key));
    MARSAD_RETURN_IF_ERROR(Exec(kInsert, p));
    for (const coder::ActorRef* a : {&e.source, e.target ? &*e.target : nullptr}) {
      if (!a || a->code.empty() || known_actors_.count(a->code) || !new_actors_.insert(a->code).second) continue;
      MARSAD_RETURN_IF_ERROR(Exec(kActor, {Text(a->code), Text(a->text)}));
    }
  }
  return Exec("UPDATE documents SET dictionary_version = ? WHERE id = ?", {Text(dictionary_version), Text(doc_id)});
}

Status Store::Relink() {
  // Keys that lost mentions: drop the linked event when no mention is left (the upsert below refreshes
  // the counts of those that keep some).
  static const std::string kDelete =
      "DELETE FROM linked_events WHERE event_key = ? AND NOT EXISTS (SELECT 1 FROM events WHERE event_key = ?)";
  static const std::string kUpsert =
      "INSERT INTO linked_events (event_key, day, source_code, target_code, cameo, root, quad_class, goldstein, "
      "num_mentions, num_articles, num_sources, first_doc_id) "
      "SELECT e.event_key, MIN(e.day), MIN(e.source_code), MIN(e.target_code), MIN(e.cameo), MIN(e.root), "
      "MIN(e.quad_class), MIN(e.goldstein), COUNT(*), COUNT(DISTINCT e.doc_id), COUNT(DISTINCT d.source), "
      "(SELECT e2.doc_id FROM events e2 JOIN documents d2 ON d2.id = e2.doc_id WHERE e2.event_key = ? "
      "ORDER BY d2.seq LIMIT 1) "
      "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.event_key = ? GROUP BY e.event_key "
      "ON CONFLICT (event_key) DO UPDATE SET day = excluded.day, source_code = excluded.source_code, "
      "target_code = excluded.target_code, cameo = excluded.cameo, root = excluded.root, "
      "quad_class = excluded.quad_class, goldstein = excluded.goldstein, num_mentions = excluded.num_mentions, "
      "num_articles = excluded.num_articles, num_sources = excluded.num_sources, "
      "first_doc_id = excluded.first_doc_id";
  for (const std::string& key : removed_keys_) {
    MARSAD_RETURN_IF_ERROR(Exec(kDelete, {Text(key), Text(key)}));
    touched_keys_.insert(key);
  }
  for (const std::string& key : touched_keys_) MARSAD_RETURN_IF_ERROR(Exec(kUpsert, {Text(key), Text(key)}));
  touched_keys_.clear();
  removed_keys_.clear();
  return Status::Ok();
}

Status Store::PutCameoCodes(const std::vector<CameoRow>& codes) {
  static const std::string kSql =
      "INSERT INTO cameo_codes (code, root, quad_class, goldstein, plover, label) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET root = excluded.root, quad_class = excluded.quad_class, "
      "goldstein = excluded.goldstein, plover = excluded.plover, label = excluded.label";
  for (const CameoRow& c : codes) {
    MARSAD_RETURN_IF_ERROR(Exec(kSql, {Text(c.code), Text(c.root), Int(c.quad_class), Value(c.goldstein),
                                       TextOrNull(c.plover), Text(c.label)}));
  }
  return Status::Ok();
}

Status Store::ForEachDocument(const std::function<void(StoredText&&)>& fn) {
  int64_t after = -1;
  for (;;) {
    Result<Table> t = Query("SELECT seq, id, text, date FROM documents WHERE seq > ? ORDER BY seq LIMIT 1000",
                            {Int(after)});
    if (!t.ok()) return t.status();
    if (t->rows.empty()) return Status::Ok();
    for (auto& r : t->rows) {
      if (const auto* i = std::get_if<int64_t>(&r[0])) after = *i;
      fn(StoredText{ValueText(r[1]), ValueText(r[2]), ValueText(r[3])});
    }
  }
}

Result<std::vector<StoredText>> Store::DocumentsToRecode(const std::string& dictionary_version, int64_t limit) {
  Result<Table> t = Query(
      "SELECT id, text, date FROM documents WHERE dictionary_version IS NULL OR dictionary_version <> ? "
      "ORDER BY seq LIMIT ?",
      {Text(dictionary_version), Int(limit)});
  if (!t.ok()) return t.status();
  std::vector<StoredText> out;
  for (auto& r : t->rows) out.push_back(StoredText{ValueText(r[0]), ValueText(r[1]), ValueText(r[2])});
  return out;
}

Result<Counts> Store::Count() {
  Result<Table> t = Query(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM linked_events)");
  if (!t.ok()) return t.status();
  Counts c;
  const auto get = [](const Value& v) { const auto* i = std::get_if<int64_t>(&v); return i ? *i : 0; };
  c.documents = get(t->rows.at(0).at(0));
  c.events = get(t->rows.at(0).at(1));
  c.linked_events = get(t->rows.at(0).at(2));
  return c;
}

std::string Store::Where(const EventFilter& f, std::vector<Value>* params) const {
  std::vector<std::string> conds;
  if (!f.from.empty()) {
    conds.push_back("e.day >= ?");
    params->push_back(Text(f.from));
  }
  if (!f.to.empty()) {
    conds.push_back("e.day < ?");  // "2024-05~" sorts after every day of May 2024
    params->push_back(Text(f.to + "~"));
  }
  if (!f.actor.empty()) {
    std::string a = PrefixCond("e.source_code", f.actor, params);
    std::string b = PrefixCond("e.target_code", f.actor, params);
    conds.push_back("(" + a + " OR " + b + ")");
  }
  if (!f.source.empty()) conds.push_back(PrefixCond("e.source_code", f.source, params));
  if (!f.target.empty()) conds.push_back(PrefixCond("e.target_code", f.target, params));
  if (!f.country.empty()) {
    conds.push_back("e.location_country = ?");
    params->push_back(Text(f.country));
  }
  if (!f.dyad_a.empty() && !f.dyad_b.empty()) {
    std::string ab = PrefixCond("e.source_code", f.dyad_a, params);
    ab += " AND " + PrefixCond("e.target_code", f.dyad_b, params);
    if (f.directed) {
      conds.push_back("(" + ab + ")");
    } else {
      std::string ba = PrefixCond("e.source_code", f.dyad_b, params);
      ba += " AND " + PrefixCond("e.target_code", f.dyad_a, params);
      conds.push_back("((" + ab + ") OR (" + ba + "))");
    }
  }
  if (!f.cameo.empty()) conds.push_back(PrefixCond("e.cameo", f.cameo, params));
  if (!f.root.empty()) {
    conds.push_back("e.root = ?");
    params->push_back(Text(f.root));
  }
  if (f.quad != 0) {
    conds.push_back("e.quad_class = ?");
    params->push_back(Int(f.quad));
  }
  if (!f.modality.empty()) {
    conds.push_back("e.modality = ?");
    params->push_back(Text(f.modality));
  }
  if (!f.text.empty()) conds.push_back(TextMatch(f.text, params));
  if (conds.empty()) return "1 = 1";
  std::string out;
  for (size_t i = 0; i < conds.size(); ++i) {
    if (i) out += " AND ";
    out += conds[i];
  }
  return out;
}

Result<Table> Store::QueryEvents(const EventFilter& f) {
  std::vector<Value> params;
  std::string sql = std::string("SELECT ") + kEventColumns +
                    " FROM events e JOIN documents d ON d.id = e.doc_id"
                    " LEFT JOIN linked_events l ON l.event_key = e.event_key WHERE " +
                    Where(f, &params) + " ORDER BY e.day, e.doc_id, e.seq";
  if (f.limit > 0) {
    sql += " LIMIT ?";
    params.push_back(Int(f.limit));
  }
  return Query(sql, params);
}

Result<Table> Store::Series(const EventFilter& f, Period by) {
  const char* col = by == Period::kDay ? "e.day" : by == Period::kWeek ? "e.week" : "e.month";
  std::vector<Value> params;
  const std::string join = f.text.empty() ? "" : " JOIN documents d ON d.id = e.doc_id";
  std::string sql =
      std::string("SELECT t.period AS period, COUNT(*) AS events, SUM(t.mentions) AS mentions, "
                  "SUM(t.goldstein) AS goldstein FROM (SELECT ") +
      col + " AS period, e.event_key AS event_key, COUNT(*) AS mentions, MIN(e.goldstein) AS goldstein "
      "FROM events e" + join + " WHERE " + Where(f, &params) + " AND " + col + " <> '' GROUP BY " + col +
      ", e.event_key) t GROUP BY t.period ORDER BY t.period";
  return Query(sql, params);
}

Result<Table> Store::Top(const EventFilter& f, TopWhat what) {
  std::vector<Value> params;
  const std::string join = f.text.empty() ? "" : " JOIN documents d ON d.id = e.doc_id";
  std::string sql;
  if (what == TopWhat::kActors) {
    const std::string w1 = Where(f, &params);
    const std::string w2 = Where(f, &params);
    sql = "SELECT t.code AS actor, COUNT(DISTINCT t.event_key) AS events, COUNT(*) AS mentions FROM ("
          "SELECT e.source_code AS code, e.event_key AS event_key FROM events e" + join + " WHERE " + w1 +
          " UNION ALL SELECT e.target_code AS code, e.event_key AS event_key FROM events e" + join + " WHERE " + w2 +
          " AND e.target_code IS NOT NULL) t WHERE t.code <> '' GROUP BY t.code ORDER BY events DESC, t.code";
  } else {
    sql = "SELECT e.source_code AS source, e.target_code AS target, COUNT(DISTINCT e.event_key) AS events, "
          "COUNT(*) AS mentions FROM events e" + join + " WHERE " + Where(f, &params) +
          " AND e.source_code <> '' AND e.target_code IS NOT NULL AND e.target_code <> '' "
          "GROUP BY e.source_code, e.target_code ORDER BY events DESC, e.source_code, e.target_code";
  }
  if (f.limit > 0) {
    sql += " LIMIT ?";
    params.push_back(Int(f.limit));
  }
  return Query(sql, params);
}

// ---------------------------------------------------------------------------------------------------------
// The schema, written once; {T} is a text column type (binary collation in both back ends), {SEQ} the
// document sequence column.

std::string SchemaTemplate() {
  return R"SQL(
CREATE TABLE IF NOT EXISTS meta (
  key {T} PRIMARY KEY,
  value {T} NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  seq {SEQ},
  id {T} NOT NULL UNIQUE,
  url {T} NOT NULL DEFAULT '',
  source {T} NOT NULL DEFAULT '',
  title {T} NOT NULL DEFAULT '',
  date {T} NOT NULL DEFAULT '',
  text {T} NOT NULL,
  raw_hash {T} NOT NULL,
  raw_bytes BIGINT NOT NULL DEFAULT 0,
  metadata {T} NOT NULL DEFAULT '{}',
  dateline_place {T},
  dateline_date {T},
  dateline_agency {T},
  duplicate_of {T},
  near_duplicate_of {T},
  similarity DOUBLE PRECISION,
  cluster {T} NOT NULL,
  dictionary_version {T}
);
CREATE INDEX IF NOT EXISTS documents_cluster ON documents (cluster);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
CREATE INDEX IF NOT EXISTS documents_version ON documents (dictionary_version);
CREATE TABLE IF NOT EXISTS actors (
  code {T} PRIMARY KEY,
  example {T} NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS cameo_codes (
  code {T} PRIMARY KEY,
  root {T} NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover {T},
  label {T} NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS events (
  doc_id {T} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  day {T} NOT NULL,
  week {T} NOT NULL,
  month {T} NOT NULL,
  date {T},
  source_code {T} NOT NULL,
  source_text {T} NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_code {T},
  target_text {T},
  target_start INTEGER,
  target_end INTEGER,
  cameo {T} NOT NULL,
  root {T} NOT NULL,
  plover {T},
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  modality {T} NOT NULL,
  historical INTEGER NOT NULL,
  location_name {T},
  location_country {T},
  location_lat DOUBLE PRECISION,
  location_lon DOUBLE PRECISION,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence {T} NOT NULL,
  rule {T} NOT NULL,
  dictionary_version {T} NOT NULL,
  event_key {T} NOT NULL,
  PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS events_day ON events (day);
CREATE INDEX IF NOT EXISTS events_source ON events (source_code, target_code, day);
CREATE INDEX IF NOT EXISTS events_target ON events (target_code, source_code, day);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE INDEX IF NOT EXISTS events_key ON events (event_key);
CREATE INDEX IF NOT EXISTS events_country ON events (location_country);
CREATE TABLE IF NOT EXISTS linked_events (
  event_key {T} PRIMARY KEY,
  day {T} NOT NULL,
  source_code {T} NOT NULL,
  target_code {T},
  cameo {T} NOT NULL,
  root {T} NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  first_doc_id {T} NOT NULL
);
CREATE INDEX IF NOT EXISTS linked_events_dyad ON linked_events (source_code, target_code, day);
{VIEW} mentions AS
  SELECT e.event_key AS event_key, e.doc_id AS doc_id, e.seq AS seq, e.sentence AS sentence, d.source AS source,
         d.url AS url, d.date AS published, e.modality AS modality, e.evidence AS evidence
  FROM events e JOIN documents d ON d.id = e.doc_id;
)SQL";
}

std::string Substitute(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
  return s;
}

std::vector<CameoRow> CameoRowsOf(const dict::Dictionaries& dicts) {
  std::vector<CameoRow> rows;
  for (const dict::CameoCode& c : dicts.cameo_codes()) {
    rows.push_back(CameoRow{c.code, c.root, c.plover, c.label, c.quad_class, c.goldstein});
  }
  return rows;
}

Status SeedDeduplicator(Store& db, ingest::Deduplicator* dedup) {
  return db.ForEachDocument([&](StoredText&& t) {
    ingest::Document d;
    d.id = std::move(t.id);
    d.text = std::move(t.text);
    dedup->Add(&d);
  });
}

}  // namespace marsad::store
