// Tests for the event database: the same suite runs against SQLite (a temporary file) and PostgreSQL (the
// server in $MARSAD_TEST_PG, or the URL in the file named by $MARSAD_TEST_PG_FILE, as started by
// scripts/pg_test_server.sh; skipped when neither is set). Each PostgreSQL test runs in its own schema.
// Covers schema creation, idempotent writes, rollback, mentions linking, every query filter, series,
// top lists, full-text search, re-coding, crash consistency of `marsad ingest` under SIGKILL, and that
// both back ends give the same answers. All article text here is synthetic.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "store/store.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

std::string PgUrl() {
  if (const char* url = std::getenv("MARSAD_TEST_PG"); url && *url) return url;
  if (const char* file = std::getenv("MARSAD_TEST_PG_FILE"); file && *file) {
    std::ifstream in(file);
    std::string url;
    std::getline(in, url);
    return url;
  }
  return "";
}

std::string TestName() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "_" + info->name();
  for (char& c : name)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  for (char& c : name) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return name;
}

// A database for one test: a fresh SQLite file, or a fresh PostgreSQL schema (search_path in the URL).
// Returns "" (and the test should skip) when PostgreSQL is wanted but not configured.
std::string FreshDb(const std::string& backend, const std::string& suffix = "") {
  const std::string name = TestName() + suffix;
  if (backend == "sqlite") {
    const fs::path dir = fs::temp_directory_path() / ("marsad_store_test_" + std::to_string(getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / (name + ".db")).string();
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
    return path;
  }
  const std::string base = PgUrl();
  if (base.empty()) return "";
  const std::string schema = "t_" + name.substr(0, 40) + "_" + HashHex(name).substr(0, 12);  // <= 63 bytes
  {
    // Open on the base URL (creates the schema tables in public, harmless), then make a clean schema.
    auto admin = Store::Open(base);
    EXPECT_TRUE(admin.ok()) << admin.status().ToString();
    if (!admin.ok()) return "";
    Status st = (*admin)->ExecScript("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

ingest::Document Doc(const std::string& id, const std::string& source, const std::string& date,
                     const std::string& text, const std::string& title = "") {
  ingest::Document d;
  d.id = id;
  d.source = source;
  d.date = date;
  d.url = "https://example.org/" + id;
  d.title = title;
  d.raw_text = text;
  d.text = text;
  return d;
}

coder::Event Ev(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& cameo,
                int quad, double goldstein, const std::string& date = "",
                coder::Modality modality = coder::Modality::kAsserted, const std::string& country = "") {
  coder::Event e;
  e.doc_id = doc;
  e.source.code = src;
  e.source.text = "مصدر";
  if (!tgt.empty()) e.target = coder::ActorRef{tgt, "هدف", 10, 20};
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = goldstein;
  e.date = date;
  e.modality = modality;
  if (!country.empty()) e.location = coder::Location{"مكان", country, 35.7, 51.4};
  e.evidence = "زار";
  e.rule = "test";
  return e;
}

int64_t Int(const Value& v) {
  const auto* i = std::get_if<int64_t>(&v);
  return i ? *i : -999;
}

// The rows of a table as text, one string per row with cells joined by '|'.
std::vector<std::string> Rows(const Table& t) {
  std::vector<std::string> out;
  for (const auto& r : t.rows) {
    std::string s;
    for (size_t i = 0; i < r.size(); ++i) {
      if (i) s += '|';
      s += ValueText(r[i]);
    }
    out.push_back(s);
  }
  return out;
}

// Column `name` of every row, as text.
std::vector<std::string> Column(const Table& t, const std::string& name) {
  size_t c = 0;
  while (c < t.columns.size() && t.columns[c] != name) ++c;
  std::vector<std::string> out;
  if (c == t.columns.size()) return {"<no column " + name + ">"};
  for (const auto& r : t.rows) out.push_back(ValueText(r[c]));
  return out;
}

// "doc:seq" of each event row.
std::vector<std::string> Ids(const Result<Table>& t) {
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  if (!t.ok()) return {};
  std::vector<std::string> out;
  const auto docs = Column(*t, "doc_id");
  const auto seqs = Column(*t, "seq");
  for (size_t i = 0; i < docs.size(); ++i) out.push_back(docs[i] + ":" + seqs[i]);
  return out;
}

// The fixture: five articles from three outlets about Iran, Russia, the US, Syria and Israel.
Status Populate(Store& s) {
  MARSAD_RETURN_IF_ERROR(s.Begin());
  const std::vector<ingest::Document> docs = {
      Doc("d1", "irna", "2024-03-04", "زار وزير الخارجية الإيراني موسكو أمس والتقى نظيره الروسي.", "زيارة إلى موسكو"),
      Doc("d2", "tass", "2024-03-04", "استقبل وزير الخارجية الروسي نظيره الإيراني في موسكو."),
      Doc("d3", "irna", "2024-03-05", "زار وزير الخارجية الإيراني موسكو والتقى الرئيس الروسي."),
      Doc("d4", "sana", "2024-03-12", "هددت الولايات المتحدة إيران بعقوبات جديدة بسبب برنامجها النووي."),
      Doc("d5", "tass", "2024-04-02", "قصفت طائرات إسرائيلية مواقع في ريف دمشق، ونفت روسيا أي مشاركة."),
  };
  for (const auto& d : docs) MARSAD_RETURN_IF_ERROR(s.PutDocument(d));
  // d1, d2, d3 report the same visit (IRNGOV -> RUS, 042, on 2024-03-04); d3 also a meeting on 03-05.
  MARSAD_RETURN_IF_ERROR(s.ReplaceEvents("d1", "2024-03-04", {Ev("d1", "IRNGOV", "RUS", "042", 1, 1.9, "2024-03-04", coder::Modality::kAsserted, "RUS"),
                                                             Ev("d1", "IRNGOV", "RUSGOV", "040", 1, 1.0)}, "v1"));
  MARSAD_RETURN_IF_ERROR(s.ReplaceEvents("d2", "2024-03-04", {Ev("d2", "IRNGOV", "RUS", "042", 1, 1.9, "", coder::Modality::kAsserted, "RUS")}, "v1"));
  MARSAD_RETURN_IF_ERROR(s.ReplaceEvents("d3", "2024-03-05", {Ev("d3", "IRNGOV", "RUS", "042", 1, 1.9, "2024-03-04", coder::Modality::kAsserted, "RUS"),
                                                             Ev("d3", "RUSGOV", "IRNGOV", "040", 1, 1.0, "2024-03-05")}, "v1"));
  MARSAD_RETURN_IF_ERROR(s.ReplaceEvents("d4", "2024-03-12", {Ev("d4", "USA", "IRN", "172", 4, -5.0, "", coder::Modality::kPlanned),
                                                             Ev("d4", "USA", "IRN", "138", 3, -7.0, "", coder::Modality::kAsserted)}, "v1"));
  MARSAD_RETURN_IF_ERROR(s.ReplaceEvents("d5", "2024-04-02", {Ev("d5", "ISRMIL", "SYR", "195", 4, -10.0, "", coder::Modality::kAsserted, "SYR"),
                                                             Ev("d5", "RUS", "", "024", 3, -2.0, "", coder::Modality::kNegated)}, "v0"));
  return s.Commit();
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = FreshDb(GetParam());
    if (db_.empty()) GTEST_SKIP() << "PostgreSQL tests skipped: set MARSAD_TEST_PG to a postgresql:// URL "
                                     "(scripts/pg_test_server.sh start prints one)";
    auto s = Store::Open(db_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  Store& S() { return *store_; }
  void Fill() { ASSERT_TRUE(Populate(S()).ok()); }

  std::string db_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, CreatesSchemaAndReopens) {
  EXPECT_EQ(S().dialect(), GetParam() == "sqlite" ? Dialect::kSqlite : Dialect::kPostgres);
  Result<std::string> v = S().GetMeta("schema_version");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(*v, std::to_string(kSchemaVersion));
  for (const char* table : {"documents", "events", "linked_events", "actors", "cameo_codes", "mentions", "meta"}) {
    EXPECT_TRUE(S().Query(std::string("SELECT COUNT(*) FROM ") + table).ok()) << table;
  }
  Fill();
  store_.reset();
  auto again = Store::Open(db_);  // IF NOT EXISTS everywhere: reopening keeps the data
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ((*again)->Count()->documents, 5);
}

TEST_P(StoreTest, RefusesNewerSchema) {
  ASSERT_TRUE(S().Exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'").ok());
  store_.reset();
  auto again = Store::Open(db_);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("newer"), std::string::npos) << again.status().ToString();
}

TEST_P(StoreTest, DocumentWritesAreIdempotent) {
  Fill();
  const Counts before = *S().Count();
  EXPECT_EQ(before.documents, 5);
  EXPECT_EQ(before.events, 9);
  const auto state = *S().GetDocumentState("d1");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->dictionary_version, "v1");
  EXPECT_EQ(state->raw_hash, HashHex("زار وزير الخارجية الإيراني موسكو أمس والتقى نظيره الروسي."));
  Result<Table> rows_before = S().Query("SELECT * FROM documents ORDER BY id");
  Result<Table> linked_before = S().Query("SELECT * FROM linked_events ORDER BY event_key");
  // The same writes again: nothing changes, not even the sequence numbers.
  ASSERT_TRUE(Populate(S()).ok());
  EXPECT_EQ(S().Count()->documents, before.documents);
  EXPECT_EQ(S().Count()->events, before.events);
  EXPECT_EQ(S().Count()->linked_events, before.linked_events);
  EXPECT_EQ(Rows(*S().Query("SELECT * FROM documents ORDER BY id")), Rows(*rows_before));
  EXPECT_EQ(Rows(*S().Query("SELECT * FROM linked_events ORDER BY event_key")), Rows(*linked_before));
  // A changed text replaces the row in place.
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().PutDocument(Doc("d2", "tass", "2024-03-04", "نص معدل عن زيارة الوزير.")).ok());
  ASSERT_TRUE(S().Commit().ok());
  EXPECT_EQ(S().Count()->documents, 5);
  EXPECT_EQ(S().GetDocumentState("d2")->value().seq, 2);
  EXPECT_EQ(S().GetDocumentState("d2")->value().raw_hash, HashHex("نص معدل عن زيارة الوزير."));
}

TEST_P(StoreTest, RollbackLeavesNothing) {
  Fill();
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().PutDocument(Doc("x1", "irna", "2024-05-01", "نص لن يبقى.")).ok());
  ASSERT_TRUE(S().ReplaceEvents("x1", "2024-05-01", {Ev("x1", "IRN", "RUS", "042", 1, 1.9)}, "v1").ok());
  ASSERT_TRUE(S().ReplaceEvents("d1", "2024-03-04", {}, "v1").ok());
  ASSERT_TRUE(S().Rollback().ok());
  const Counts c = *S().Count();
  EXPECT_EQ(c.documents, 5);
  EXPECT_EQ(c.events, 9);
  EXPECT_FALSE(S().GetDocumentState("x1")->has_value());
  // The linked events were not touched by the rolled-back batch either.
  Result<Table> t = S().Query("SELECT num_mentions FROM linked_events WHERE event_key = ?",
                              {Value(std::string("2024-03-04|IRNGOV|RUS|042"))});
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(Int(t->rows[0][0]), 3);
}

TEST_P(StoreTest, LinksMentionsOfTheSameEvent) {
  Fill();
  // Event day: the event date when full, else the publication date. d3's meeting is dated 03-05.
  Result<Table> t = S().Query(
      "SELECT event_key, num_mentions, num_articles, num_sources, first_doc_id FROM linked_events ORDER BY event_key");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(Rows(*t), (std::vector<std::string>{
                          "2024-03-04|IRNGOV|RUSGOV|040|1|1|1|d1",  // '|' sorts after letters
                          "2024-03-04|IRNGOV|RUS|042|3|3|2|d1",
                          "2024-03-05|RUSGOV|IRNGOV|040|1|1|1|d3",
                          "2024-03-12|USA|IRN|138|1|1|1|d4",
                          "2024-03-12|USA|IRN|172|1|1|1|d4",
                          "2024-04-02|ISRMIL|SYR|195|1|1|1|d5",
                          "2024-04-02|RUS||024|1|1|1|d5",
                      }));
  Result<Table> m = S().Query("SELECT doc_id, source FROM mentions WHERE event_key = ? ORDER BY doc_id",
                              {Value(std::string("2024-03-04|IRNGOV|RUS|042"))});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(Rows(*m), (std::vector<std::string>{"d1|irna", "d2|tass", "d3|irna"}));
  // Re-coding d2 without the visit drops a mention and a source.
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().ReplaceEvents("d2", "2024-03-04", {}, "v2").ok());
  ASSERT_TRUE(S().Commit().ok());
  t = S().Query("SELECT num_mentions, num_articles, num_sources FROM linked_events WHERE event_key = ?",
                {Value(std::string("2024-03-04|IRNGOV|RUS|042"))});
  EXPECT_EQ(Rows(*t), (std::vector<std::string>{"2|2|1"}));
  // Removing the last mention removes the linked event.
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().ReplaceEvents("d5", "2024-04-02", {}, "v2").ok());
  ASSERT_TRUE(S().Commit().ok());
  EXPECT_EQ(S().Count()->linked_events, 5);
  // Two mentions in one article count as two mentions of one article.
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().ReplaceEvents("d4", "2024-03-12", {Ev("d4", "USA", "IRN", "172", 4, -5.0), Ev("d4", "USA", "IRN", "172", 4, -5.0)}, "v2").ok());
  ASSERT_TRUE(S().Commit().ok());
  t = S().Query("SELECT num_mentions, num_articles, num_sources FROM linked_events WHERE event_key = ?",
                {Value(std::string("2024-03-12|USA|IRN|172"))});
  EXPECT_EQ(Rows(*t), (std::vector<std::string>{"2|1|1"}));
  EXPECT_EQ(S().Count()->linked_events, 4);
}

TEST_P(StoreTest, EventFilters) {
  Fill();
  using V = std::vector<std::string>;
  const auto q = [&](const std::function<void(EventFilter&)>& set) {
    EventFilter f;
    set(f);
    return Ids(S().QueryEvents(f));
  };
  EXPECT_EQ(q([](EventFilter&) {}).size(), 9u);
  EXPECT_EQ(q([](EventFilter& f) { f.from = "2024-03-05"; f.to = "2024-03-12"; }), (V{"d3:1", "d4:0", "d4:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.to = "2024-03"; }).size(), 7u);
  EXPECT_EQ(q([](EventFilter& f) { f.from = "2024-04"; }), (V{"d5:0", "d5:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.actor = "IRN"; }),
            (V{"d1:0", "d1:1", "d2:0", "d3:0", "d3:1", "d4:0", "d4:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.actor = "IRNGOV"; }), (V{"d1:0", "d1:1", "d2:0", "d3:0", "d3:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.source = "RUS"; }), (V{"d3:1", "d5:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.target = "RUSGOV"; }), (V{"d1:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.country = "SYR"; }), (V{"d5:0"}));
  EXPECT_EQ(q([](EventFilter& f) { f.dyad_a = "IRN"; f.dyad_b = "RUS"; }), (V{"d1:0", "d1:1", "d2:0", "d3:0", "d3:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.dyad_a = "RUS"; f.dyad_b = "IRN"; f.directed = true; }), (V{"d3:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.cameo = "04"; }), (V{"d1:0", "d1:1", "d2:0", "d3:0", "d3:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.cameo = "042"; }), (V{"d1:0", "d2:0", "d3:0"}));
  EXPECT_EQ(q([](EventFilter& f) { f.root = "17"; }), (V{"d4:0"}));
  EXPECT_EQ(q([](EventFilter& f) { f.quad = 4; }), (V{"d4:0", "d5:0"}));
  EXPECT_EQ(q([](EventFilter& f) { f.modality = "negated"; }), (V{"d5:1"}));
  EXPECT_EQ(q([](EventFilter& f) { f.modality = "planned"; f.actor = "USA"; }), (V{"d4:0"}));
  EXPECT_EQ(q([](EventFilter& f) { f.limit = 2; }), (V{"d1:0", "d1:1"}));
  // Codes are bound parameters: quotes and LIKE wildcards are just characters.
  EXPECT_EQ(q([](EventFilter& f) { f.actor = "IRN' OR '1'='1"; }), V{});
  EXPECT_EQ(q([](EventFilter& f) { f.actor.assign(1, '%'); }), V{});  // assign(): dodges a GCC 12 -Wrestrict false positive
  // The rows carry the linked-event counts and the article's outlet.
  EventFilter f;
  f.cameo = "042";
  Result<Table> t = S().QueryEvents(f);
  EXPECT_EQ(Column(*t, "num_articles"), (V{"3", "3", "3"}));
  EXPECT_EQ(Column(*t, "num_sources"), (V{"2", "2", "2"}));
  EXPECT_EQ(Column(*t, "outlet"), (V{"irna", "tass", "irna"}));
  EXPECT_EQ(Column(*t, "goldstein"), (V{"1.9", "1.9", "1.9"}));
  EXPECT_EQ(Column(*t, "country"), (V{"RUS", "RUS", "RUS"}));
}

TEST_P(StoreTest, FullTextSearch) {
  Fill();
  using V = std::vector<std::string>;
  const auto q = [&](const std::string& text) {
    EventFilter f;
    f.text = text;
    std::vector<std::string> docs;
    for (const auto& id : Ids(S().QueryEvents(f))) {
      const std::string d = id.substr(0, id.find(':'));
      if (docs.empty() || docs.back() != d) docs.push_back(d);
    }
    return docs;
  };
  EXPECT_EQ(q("موسكو"), (V{"d1", "d2", "d3"}));
  EXPECT_EQ(q("موسكو الرئيس"), (V{"d3"}));          // all words
  EXPECT_EQ(q("زيارة"), (V{"d1"}));                  // the title is searched too
  EXPECT_EQ(q("بعقوبات النووي"), (V{"d4"}));
  EXPECT_EQ(q("طوكيو"), V{});
  EXPECT_EQ(q("\"موسكو\" OR"), V{});  // query syntax is not interpreted: "OR" is a word that must occur
  EventFilter f;
  f.text = "دمشق";
  f.modality = "negated";
  EXPECT_EQ(Ids(S().QueryEvents(f)), (V{"d5:1"}));
  // Changed text is re-indexed.
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().PutDocument(Doc("d2", "tass", "2024-03-04", "استقبل وزير الخارجية الروسي نظيره في طهران.")).ok());
  ASSERT_TRUE(S().Commit().ok());
  EXPECT_EQ(q("موسكو"), (V{"d1", "d3"}));
  EXPECT_EQ(q("طهران"), (V{"d2"}));
}

TEST_P(StoreTest, DyadSeries) {
  Fill();
  using V = std::vector<std::string>;
  EventFilter f;
  f.dyad_a = "IRN";
  f.dyad_b = "RUS";
  // period | linked events | mentions | Goldstein sum over linked events
  EXPECT_EQ(Rows(*S().Series(f, Period::kDay)), (V{"2024-03-04|2|4|2.9", "2024-03-05|1|1|1"}));
  EXPECT_EQ(Rows(*S().Series(f, Period::kWeek)), (V{"2024-03-04|3|5|3.9"}));
  EXPECT_EQ(Rows(*S().Series(f, Period::kMonth)), (V{"2024-03|3|5|3.9"}));
  f.directed = true;
  EXPECT_EQ(Rows(*S().Series(f, Period::kDay)), (V{"2024-03-04|2|4|2.9"}));
  f = EventFilter();
  EXPECT_EQ(Rows(*S().Series(f, Period::kMonth)), (V{"2024-03|5|7|-8.1", "2024-04|2|2|-12"}));
  f.from = "2024-03-10";
  EXPECT_EQ(Rows(*S().Series(f, Period::kWeek)), (V{"2024-03-11|2|2|-12", "2024-04-01|2|2|-12"}));
  Result<Table> t = S().Series(f, Period::kWeek);
  EXPECT_EQ(t->columns, (V{"period", "events", "mentions", "goldstein"}));
}

TEST_P(StoreTest, TopActorsAndDyads) {
  Fill();
  using V = std::vector<std::string>;
  EventFilter f;
  f.limit = 3;
  EXPECT_EQ(Rows(*S().Top(f, TopWhat::kActors)), (V{"IRNGOV|3|5", "IRN|2|2", "RUS|2|4"}));
  f.limit = 0;
  EXPECT_EQ(Rows(*S().Top(f, TopWhat::kDyads)),
            (V{"USA|IRN|2|2", "IRNGOV|RUS|1|3", "IRNGOV|RUSGOV|1|1", "ISRMIL|SYR|1|1", "RUSGOV|IRNGOV|1|1"}));
  f.quad = 4;
  EXPECT_EQ(Rows(*S().Top(f, TopWhat::kDyads)), (V{"ISRMIL|SYR|1|1", "USA|IRN|1|1"}));
  f = EventFilter();
  f.text = "موسكو";
  EXPECT_EQ(Rows(*S().Top(f, TopWhat::kActors)), (V{"IRNGOV|3|5", "RUSGOV|2|2", "RUS|1|3"}));
}

TEST_P(StoreTest, DocumentsToRecode) {
  Fill();
  Result<std::vector<StoredText>> todo = S().DocumentsToRecode("v1", 100);
  ASSERT_TRUE(todo.ok()) << todo.status().ToString();
  ASSERT_EQ(todo->size(), 1u);
  EXPECT_EQ((*todo)[0].id, "d5");
  EXPECT_EQ((*todo)[0].date, "2024-04-02");
  ASSERT_TRUE(S().Begin().ok());
  ASSERT_TRUE(S().PutDocument(Doc("d6", "irna", "2024-05-01", "نص لم يرمز بعد.")).ok());
  ASSERT_TRUE(S().Commit().ok());
  EXPECT_EQ(S().DocumentsToRecode("v1", 100)->size(), 2u);  // never coded counts too
  EXPECT_EQ(S().DocumentsToRecode("v2", 100)->size(), 6u);
  EXPECT_EQ(S().DocumentsToRecode("v2", 4)->size(), 4u);
  std::vector<std::string> order;
  ASSERT_TRUE(S().ForEachDocument([&](StoredText&& t) { order.push_back(t.id); }).ok());
  EXPECT_EQ(order, (std::vector<std::string>{"d1", "d2", "d3", "d4", "d5", "d6"}));
}

TEST_P(StoreTest, ClusterFollowsTheFirstDocument) {
  ASSERT_TRUE(S().Begin().ok());
  ingest::Document a = Doc("a", "irna", "2024-01-01", "خبر أول.");
  ingest::Document b = Doc("b", "tass", "2024-01-01", "خبر أول.");
  b.duplicate_of = "a";
  ingest::Document c = Doc("c", "sana", "2024-01-01", "خبر أول معدل.");
  c.near_duplicate_of = "b";
  c.similarity = 0.8;
  for (const auto* d : {&a, &b, &c}) ASSERT_TRUE(S().PutDocument(*d).ok());
  ASSERT_TRUE(S().Commit().ok());
  Result<Table> t = S().Query("SELECT id, cluster, duplicate_of, near_duplicate_of, similarity FROM documents ORDER BY id");
  EXPECT_EQ(Rows(*t), (std::vector<std::string>{"a|a|||", "b|a|a||", "c|a||b|0.8"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

// --- SQLite and PostgreSQL give the same answers ---------------------------------------------------------

TEST(StoreAgreement, PostgresAnswersLikeSqlite) {
  const std::string pg = FreshDb("postgres");
  if (pg.empty()) GTEST_SKIP() << "PostgreSQL tests skipped: set MARSAD_TEST_PG to a postgresql:// URL";
  auto a = Store::Open(FreshDb("sqlite"));
  auto b = Store::Open(pg);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(Populate(**a).ok());
  ASSERT_TRUE(Populate(**b).ok());
  std::vector<EventFilter> filters(8);
  filters[1].actor = "IRN";
  filters[2].dyad_a = "IRN", filters[2].dyad_b = "RUS";
  filters[3].text = "موسكو";
  filters[4].from = "2024-03-05", filters[4].to = "2024-03";
  filters[5].cameo = "1";
  filters[6].modality = "asserted", filters[6].quad = 1;
  filters[7].country = "RUS";
  for (size_t i = 0; i < filters.size(); ++i) {
    SCOPED_TRACE("filter " + std::to_string(i));
    EventFilter f = filters[i];
    Result<Table> ea = (*a)->QueryEvents(f), eb = (*b)->QueryEvents(f);
    ASSERT_TRUE(ea.ok() && eb.ok());
    EXPECT_EQ(ea->columns, eb->columns);
    EXPECT_EQ(Rows(*ea), Rows(*eb));
    for (Period p : {Period::kDay, Period::kWeek, Period::kMonth}) EXPECT_EQ(Rows(*(*a)->Series(f, p)), Rows(*(*b)->Series(f, p)));
    f.limit = 0;
    EXPECT_EQ(Rows(*(*a)->Top(f, TopWhat::kActors)), Rows(*(*b)->Top(f, TopWhat::kActors)));
    EXPECT_EQ(Rows(*(*a)->Top(f, TopWhat::kDyads)), Rows(*(*b)->Top(f, TopWhat::kDyads)));
  }
  const char* kSql = "SELECT event_key, day, source_code, target_code, cameo, root, quad_class, goldstein, "
                     "num_mentions, num_articles, num_sources, first_doc_id FROM linked_events ORDER BY event_key";
  EXPECT_EQ(Rows(*(*a)->Query(kSql)), Rows(*(*b)->Query(kSql)));
}

// --- helpers ---------------------------------------------------------------------------------------------

TEST(StoreHelpers, DaysWeeksKeysAndHashes) {
  EXPECT_EQ(WeekOf("2024-03-04"), "2024-03-04");  // a Monday
  EXPECT_EQ(WeekOf("2024-03-10"), "2024-03-04");  // the Sunday after
  EXPECT_EQ(WeekOf("2024-01-01"), "2024-01-01");
  EXPECT_EQ(WeekOf("2023-01-01"), "2022-12-26");
  EXPECT_EQ(WeekOf("2024-03"), "");
  coder::Event e = Ev("d", "IRN", "RUS", "042", 1, 1.9);
  EXPECT_EQ(EventDay(e, "2024-03-04T10:00:00Z"), "2024-03-04");
  e.date = "2024-03-01";
  EXPECT_EQ(EventDay(e, "2024-03-04"), "2024-03-01");
  e.date = "2024-02";
  EXPECT_EQ(EventDay(e, ""), "2024-02");
  EXPECT_EQ(EventKey(e, "2024-03-01"), "2024-03-01|IRN|RUS|042");
  e.target.reset();
  EXPECT_EQ(EventKey(e, "2024-03-01", "d#0"), "2024-03-01|IRN||042");
  e.source.code.clear();  // no actor code at all: not linked with anything else
  EXPECT_EQ(EventKey(e, "2024-03-01", "d#0"), "2024-03-01|||042|d#0");
  EXPECT_EQ(HashHex(""), "cbf29ce484222325");
  EXPECT_NE(HashHex("أ"), HashHex("ا"));
  EXPECT_EQ(ValueText(Value(2.5)), "2.5");
  EXPECT_EQ(ValueText(Value(int64_t{7})), "7");
  EXPECT_EQ(ValueText(Value()), "");
  EXPECT_TRUE(Store::IsPostgresUrl("postgresql://u@h/db"));
  EXPECT_TRUE(Store::IsPostgresUrl("postgres://h/db"));
  EXPECT_FALSE(Store::IsPostgresUrl("marsad.db"));
}

TEST(StoreHelpers, SqliteRejectsANonDatabaseFile) {
  const fs::path p = fs::temp_directory_path() / ("marsad_not_a_db_" + std::to_string(getpid()));
  std::ofstream(p) << "هذا ليس ملف قاعدة بيانات\n" << std::string(5000, 'x');
  auto s = Store::Open(p.string());
  EXPECT_FALSE(s.ok());
  fs::remove(p);
}

// --- the marsad binary: ingest under SIGKILL, idempotent reruns, query output -----------------------------

// A synthetic corpus: `n` short articles built from a few Arabic sentence parts, with exact and near
// duplicates sprinkled in.
std::string WriteCorpus(const fs::path& path, int n) {
  const std::vector<std::string> who = {"وزير الخارجية الإيراني", "الرئيس الروسي", "رئيس الوزراء العراقي",
                                        "وزير الدفاع الأمريكي", "الأمين العام للأمم المتحدة", "ولي العهد السعودي"};
  const std::vector<std::string> did = {"زار", "التقى", "انتقد", "هدد", "رحب بزيارة", "دعا"};
  const std::vector<std::string> where = {"موسكو", "طهران", "بغداد", "واشنطن", "الرياض", "دمشق", "بكين"};
  const std::vector<std::string> why = {"لبحث العلاقات الثنائية", "لمناقشة الأوضاع في المنطقة",
                                        "بعد أيام من التوتر", "في إطار جولة إقليمية", "وسط مخاوف من التصعيد"};
  std::ofstream out(path);
  std::vector<std::string> texts;
  for (int i = 0; i < n; ++i) {
    std::string text;
    if (i % 17 == 5 && !texts.empty()) {
      text = texts[(i * 7) % texts.size()];  // exact duplicate of an earlier article
    } else if (i % 13 == 7 && !texts.empty()) {
      text = texts[(i * 3) % texts.size()] + " وأضاف المصدر أن المحادثات ستستمر.";  // near duplicate
    } else {
      for (int s = 0; s < 6; ++s) {
        const int k = i * 31 + s * 7;
        text += did[(k / 3) % did.size()] + " " + who[(k + s) % who.size()] + " " + where[(k / 5) % where.size()] +
                " يوم " + std::to_string(1 + (i + s) % 28) + " " + why[(k / 2) % why.size()] + " في المقال رقم " +
                std::to_string(i) + ". ";
      }
    }
    texts.push_back(text);
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + (i / 28) % 12, 1 + i % 28);
    out << "{\"id\":\"s" << i << "\",\"source\":\"src" << (i % 5) << "\",\"date\":\"" << date
        << "\",\"title\":\"خبر " << i << "\",\"text\":\"" << text << "\"}\n";
  }
  return path.string();
}

int RunMarsad(const std::vector<std::string>& args, pid_t* child = nullptr) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(MARSAD_BINARY));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    freopen("/dev/null", "w", stderr);
    freopen("/dev/null", "w", stdout);
    execv(MARSAD_BINARY, argv.data());
    _exit(127);
  }
  if (child) {
    *child = pid;
    return 0;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> Snapshot(Store& s) {
  std::vector<std::string> out = Rows(*s.Query(
      "SELECT id, seq, cluster, duplicate_of, near_duplicate_of, raw_hash, dictionary_version, title, text "
      "FROM documents ORDER BY seq"));
  Counts c = *s.Count();
  out.push_back("counts " + std::to_string(c.documents) + " " + std::to_string(c.events) + " " +
                std::to_string(c.linked_events));
  return out;
}

class IngestTest : public ::testing::TestWithParam<std::string> {};

TEST_P(IngestTest, KilledIngestCompletesOnRerunLikeAnUninterruptedOne) {
  const std::string full = FreshDb(GetParam(), "_full");
  if (full.empty()) GTEST_SKIP() << "PostgreSQL tests skipped: set MARSAD_TEST_PG to a postgresql:// URL";
  const std::string killed = FreshDb(GetParam(), "_killed");
  const fs::path dir = fs::temp_directory_path() / ("marsad_ingest_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string corpus = WriteCorpus(dir / (GetParam() + ".jsonl"), 3000);

  ASSERT_EQ(RunMarsad({"ingest", corpus, "--db", full, "--batch", "25"}), 0);
  auto reference = Store::Open(full);
  ASSERT_TRUE(reference.ok());
  const std::vector<std::string> want = Snapshot(**reference);
  ASSERT_EQ(want.back().substr(0, 11), "counts 3000");

  // Kill the second run once a few batches are committed; a reader polls the database while it is written.
  pid_t pid = 0;
  RunMarsad({"ingest", corpus, "--db", killed, "--batch", "25"}, &pid);
  int64_t seen = 0;
  bool finished = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    auto reader = Store::Open(killed);
    if (reader.ok()) {
      Result<Counts> c = (*reader)->Count();
      if (c.ok()) seen = c->documents;
    }
    if (std::getenv("MARSAD_TEST_DEBUG"))
      std::fprintf(stderr, "seen %lld at %lld ms\n", static_cast<long long>(seen),
                   static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                       deadline - std::chrono::steady_clock::now()).count()));
    if (seen >= 200) break;
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) { finished = true; break; }
    ASSERT_LT(std::chrono::steady_clock::now(), deadline);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_FALSE(finished) << "ingest finished before it could be killed; make the corpus bigger";
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  {
    auto after = Store::Open(killed);
    ASSERT_TRUE(after.ok()) << after.status().ToString();
    const Counts c = *(*after)->Count();
    EXPECT_GE(c.documents, 200);
    EXPECT_LT(c.documents, 3000);
    EXPECT_EQ(c.documents % 25, 0) << "only whole batches are committed";
  }
  ASSERT_EQ(RunMarsad({"ingest", corpus, "--db", killed, "--batch", "25"}), 0);
  auto rerun = Store::Open(killed);
  ASSERT_TRUE(rerun.ok());
  std::vector<std::string> got = Snapshot(**rerun);
  // seq may have gaps in PostgreSQL (sequences are not transactional); compare ranks instead.
  ASSERT_EQ(got.size(), want.size());
  const auto strip_seq = [](std::vector<std::string> rows) {
    for (auto& r : rows) {
      const size_t a = r.find('|');
      if (a == std::string::npos) continue;
      const size_t b = r.find('|', a + 1);
      r.erase(a, b - a);
    }
    return rows;
  };
  EXPECT_EQ(strip_seq(got), strip_seq(want));

  // A third run changes nothing.
  ASSERT_EQ(RunMarsad({"ingest", corpus, "--db", killed}), 0);
  EXPECT_EQ(Snapshot(**rerun), got);
  fs::remove_all(dir);
}

TEST_P(IngestTest, RecodeReplacesEventsOfOtherDictionaryVersions) {
  const std::string db = FreshDb(GetParam());
  if (db.empty()) GTEST_SKIP() << "PostgreSQL tests skipped: set MARSAD_TEST_PG to a postgresql:// URL";
  const fs::path dir = fs::temp_directory_path() / ("marsad_recode_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string corpus = WriteCorpus(dir / (GetParam() + ".jsonl"), 120);
  ASSERT_EQ(RunMarsad({"ingest", corpus, "--db", db}), 0);
  auto s = Store::Open(db);
  ASSERT_TRUE(s.ok());
  const char* kEvents = "SELECT doc_id, seq, event_key, dictionary_version FROM events ORDER BY doc_id, seq";
  const char* kLinked = "SELECT * FROM linked_events ORDER BY event_key";
  const std::vector<std::string> events = Rows(*(*s)->Query(kEvents));
  const std::vector<std::string> linked = Rows(*(*s)->Query(kLinked));
  EXPECT_GT(events.size(), 0u) << "the synthetic articles should yield events";
  // Pretend every third document was coded by older dictionaries that found nothing.
  std::vector<StoredText> docs;
  ASSERT_TRUE((*s)->ForEachDocument([&](StoredText&& t) { docs.push_back(std::move(t)); }).ok());
  ASSERT_TRUE((*s)->Begin().ok());
  for (size_t i = 0; i < docs.size(); i += 3) ASSERT_TRUE((*s)->ReplaceEvents(docs[i].id, docs[i].date, {}, "old").ok());
  ASSERT_TRUE((*s)->Commit().ok());
  EXPECT_EQ((*s)->DocumentsToRecode("old", 1000)->size(), docs.size() - 40);
  ASSERT_EQ(RunMarsad({"recode", "--db", db, "--batch", "7"}), 0);
  EXPECT_EQ(Rows(*(*s)->Query(kEvents)), events);
  EXPECT_EQ(Rows(*(*s)->Query(kLinked)), linked);
  // A rerun of ingest after recode changes nothing either.
  ASSERT_EQ(RunMarsad({"ingest", corpus, "--db", db}), 0);
  EXPECT_EQ(Rows(*(*s)->Query(kEvents)), events);
  fs::remove_all(dir);
}

TEST_P(IngestTest, QueryCommandFormats) {
  const std::string db = FreshDb(GetParam());
  if (db.empty()) GTEST_SKIP() << "PostgreSQL tests skipped: set MARSAD_TEST_PG to a postgresql:// URL";
  {
    auto s = Store::Open(db);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(Populate(**s).ok());
  }
  const fs::path out = fs::temp_directory_path() / ("marsad_query_out_" + std::to_string(getpid()));
  const auto run = [&](const std::string& args) {
    const std::string cmd = std::string(MARSAD_BINARY) + " query --db '" + db + "' " + args + " > " + out.string() + " 2>&1";
    const int rc = std::system(cmd.c_str());
    std::ifstream in(out);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return std::make_pair(WEXITSTATUS(rc), text);
  };
  auto [rc, text] = run("--format jsonl --cameo 042");
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
  EXPECT_NE(text.find("\"num_articles\":3"), std::string::npos) << text;
  EXPECT_NE(text.find("\"goldstein\":1.9"), std::string::npos) << text;
  std::tie(rc, text) = run("--format csv --series dyad --dyad IRN,RUS --by week");
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(text, "period,events,mentions,goldstein\r\n2024-03-04,3,5,3.9\r\n");
  std::tie(rc, text) = run("--top dyads --limit 1");
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(text.substr(0, 6), "source") << text;
  EXPECT_NE(text.find("USA"), std::string::npos) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text;
  std::tie(rc, text) = run("--text 'موسكو الرئيس' --format csv");
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3) << text;
  std::tie(rc, text) = run("--series dyad");
  EXPECT_EQ(rc, 2);
  std::tie(rc, text) = run("--from 2024/03/01");
  EXPECT_EQ(rc, 2);
  std::tie(rc, text) = run("--dyad IRN");
  EXPECT_EQ(rc, 2);
  if (GetParam() == "sqlite") {  // querying a missing file does not create it
    const std::string missing = db + ".missing";
    const int rc2 = std::system((std::string(MARSAD_BINARY) + " query --db " + missing + " 2>/dev/null").c_str());
    EXPECT_EQ(WEXITSTATUS(rc2), 2);
    EXPECT_FALSE(fs::exists(missing));
  }
  fs::remove(out);
}

INSTANTIATE_TEST_SUITE_P(Backends, IngestTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace marsad::store
