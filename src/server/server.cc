// marsad_server: routes, parameter checks, the store connection pool, uploads and static files.
// API reference: docs/api.md. Every value reaches the database as a bound parameter.
#include "server/server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

#include "base/file.h"
#include "base/json_writer.h"
#include "coder/pipeline.h"
#include "dict/dictionary.h"
#include "ingest/cleaner.h"
#include "ingest/dedup.h"
#include "ingest/document.h"
#include "store/store.h"
#include "text/analyzer.h"

#ifndef MARSAD_VERSION
#define MARSAD_VERSION "0.0.0"
#endif

namespace marsad::server {
namespace {

namespace fs = std::filesystem;
using store::Value;

constexpr int kDefaultEventLimit = 100;
constexpr int kMaxLimit = 1000;
constexpr int kDefaultTopLimit = 20;
constexpr size_t kMaxDocumentsPerPost = 1000;
constexpr size_t kMaxQueryChars = 200;

// A request error: HTTP status and the message for {"error": ...}.
struct HttpError {
  int status;
  std::string message;
};

std::string ErrorJson(std::string_view message) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("error", message).EndObject();
  return out;
}

void ReplyJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

void ReplyError(httplib::Response& res, int status, std::string_view message) {
  ReplyJson(res, status, ErrorJson(message));
}

void WriteValue(JsonWriter& w, const Value& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) w.Int(*i);
  else if (const auto* d = std::get_if<double>(&v)) w.Double(*d);
  else if (const auto* s = std::get_if<std::string>(&v)) w.String(*s);
  else w.Null();
}

// Rows as an array of objects keyed by column name.
void WriteRows(JsonWriter& w, const store::Table& t, size_t skip = 0, size_t max_rows = SIZE_MAX) {
  w.BeginArray();
  for (size_t r = skip; r < t.rows.size() && r - skip < max_rows; ++r) {
    w.BeginObject();
    for (size_t c = 0; c < t.columns.size() && c < t.rows[r].size(); ++c) {
      w.Key(t.columns[c]);
      WriteValue(w, t.rows[r][c]);
    }
    w.EndObject();
  }
  w.EndArray();
}

int64_t AsInt(const Value& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  return 0;
}
double AsDouble(const Value& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  return 0;
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  return std::all_of(s.begin(), s.end(), [&](char c) { return pred(c); });
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsCodeChar(char c) { return IsUpper(c) || IsDigit(c) || (c >= 'a' && c <= 'z') || c == '_' || c == '-'; }

bool ValidDay(std::string_view s) {  // YYYY, YYYY-MM or YYYY-MM-DD
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) { if (s[i] != '-') return false; }
    else if (!IsDigit(s[i])) return false;
  }
  if (s.size() >= 7) { int m = std::atoi(std::string(s.substr(5, 2)).c_str()); if (m < 1 || m > 12) return false; }
  if (s.size() == 10) { int d = std::atoi(std::string(s.substr(8, 2)).c_str()); if (d < 1 || d > 31) return false; }
  return true;
}
bool ValidCode(std::string_view s) { return !s.empty() && s.size() <= 32 && AllOf(s, IsCodeChar); }

// Checked access to the query parameters of one request: every parameter must be known, given once and
// well formed; anything else is a 400 naming the parameter.
class Params {
 public:
  Params(const httplib::Request& req, std::initializer_list<const char*> allowed) : req_(req) {
    std::set<std::string> ok(allowed.begin(), allowed.end());
    for (const auto& [k, v] : req.params) {
      if (!ok.count(k)) throw HttpError{400, "unknown parameter '" + k + "'"};
      if (req.params.count(k) > 1) throw HttpError{400, "parameter '" + k + "' given more than once"};
    }
  }
  std::optional<std::string> Get(const std::string& key) const {
    auto it = req_.params.find(key);
    if (it == req_.params.end()) return std::nullopt;
    return it->second;
  }
  std::string Str(const std::string& key) const { return Get(key).value_or(""); }
  int64_t Int(const std::string& key, int64_t def, int64_t lo, int64_t hi) const {
    auto v = Get(key);
    if (!v) return def;
    if (v->empty() || v->size() > 12 || !AllOf(*v, IsDigit))
      throw HttpError{400, "parameter '" + key + "' must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi)};
    const int64_t n = std::stoll(*v);
    if (n < lo || n > hi)
      throw HttpError{400, "parameter '" + key + "' must be from " + std::to_string(lo) + " to " + std::to_string(hi)};
    return n;
  }
  bool Flag(const std::string& key) const {
    auto v = Get(key);
    if (!v) return false;
    if (*v == "1" || *v == "true") return true;
    if (*v == "0" || *v == "false") return false;
    throw HttpError{400, "parameter '" + key + "' must be true or false"};
  }

 private:
  const httplib::Request& req_;
};

#define MARSAD_FILTER_PARAMS "from", "to", "actor", "source", "target", "country", "dyad", "directed", "cameo", \
                             "root", "quad", "modality", "q"

std::string CheckedText(const Params& p, const std::string& key) {
  std::string q = p.Str(key);
  std::string_view t = Trim(q);
  if (p.Get(key) && t.empty()) throw HttpError{400, "parameter '" + key + "' is empty"};
  size_t chars = 0;
  for (unsigned char c : t) chars += (c & 0xC0) != 0x80;
  if (chars > kMaxQueryChars) throw HttpError{400, "parameter '" + key + "' is longer than 200 characters"};
  for (unsigned char c : t)
    if (c < 0x20 && c != '\t') throw HttpError{400, "parameter '" + key + "' holds control characters"};
  return std::string(t);
}

store::EventFilter ParseFilter(const Params& p) {
  store::EventFilter f;
  auto day = [&](const char* key) {
    std::string v = p.Str(key);
    if (p.Get(key) && !ValidDay(v)) throw HttpError{400, std::string("parameter '") + key + "' must be YYYY, YYYY-MM or YYYY-MM-DD"};
    return v;
  };
  auto code = [&](const char* key) {
    std::string v = p.Str(key);
    if (p.Get(key) && !ValidCode(v)) throw HttpError{400, std::string("parameter '") + key + "' must be an actor code (letters, digits)"};
    return v;
  };
  f.from = day("from");
  f.to = day("to");
  if (!f.from.empty() && !f.to.empty() && f.to < f.from.substr(0, f.to.size()))
    throw HttpError{400, "parameter 'to' is before 'from'"};
  f.actor = code("actor");
  f.source = code("source");
  f.target = code("target");
  f.country = p.Str("country");
  if (p.Get("country") && (f.country.size() != 3 || !AllOf(f.country, IsUpper)))
    throw HttpError{400, "parameter 'country' must be an ISO 3166 alpha-3 code such as IRN"};
  if (auto dyad = p.Get("dyad")) {
    const size_t comma = dyad->find(',');
    if (comma == std::string::npos) throw HttpError{400, "parameter 'dyad' must be two actor codes: A,B"};
    f.dyad_a = dyad->substr(0, comma);
    f.dyad_b = dyad->substr(comma + 1);
    if (!ValidCode(f.dyad_a) || !ValidCode(f.dyad_b)) throw HttpError{400, "parameter 'dyad' must be two actor codes: A,B"};
  }
  f.directed = p.Flag("directed");
  f.cameo = p.Str("cameo");
  if (p.Get("cameo") && (f.cameo.empty() || f.cameo.size() > 4 || !AllOf(f.cameo, IsDigit)))
    throw HttpError{400, "parameter 'cameo' must be a CAMEO code or prefix (1 to 4 digits)"};
  f.root = p.Str("root");
  if (p.Get("root")) {
    if (f.root.size() == 1 && IsDigit(f.root[0])) f.root = "0" + f.root;
    if (f.root.size() != 2 || !AllOf(f.root, IsDigit) || f.root < "01" || f.root > "20")
      throw HttpError{400, "parameter 'root' must be a CAMEO root from 01 to 20"};
  }
  f.quad = static_cast<int>(p.Int("quad", 0, 1, 4));
  f.modality = p.Str("modality");
  static const std::set<std::string> kModalities = {"asserted", "planned", "negated", "hypothetical", "reported"};
  if (p.Get("modality") && !kModalities.count(f.modality))
    throw HttpError{400, "parameter 'modality' must be one of asserted, planned, negated, hypothetical, reported"};
  f.text = CheckedText(p, "q");
  return f;
}

// The coding pipeline for uploads (loaded only when uploads are enabled).
struct Pipeline {
  std::unique_ptr<coder::Pipeline> coding;
  std::unique_ptr<ingest::Deduplicator> dedup;

  Status Load() {
    Result<std::unique_ptr<coder::Pipeline>> p = coder::Pipeline::Load();
    if (!p.ok()) return p.status();
    coding = std::move(p).value();
    dedup = std::make_unique<ingest::Deduplicator>(coding->analyzer().normalizer(), 0.7);
    return Status::Ok();
  }
};

const char* ContentType(const fs::path& p) {
  static const std::map<std::string, const char*> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
      {".ico", "image/x-icon"}, {".woff2", "font/woff2"}, {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"}};
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

bool ConstantTimeEqual(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? a[i] : 0, y = i < b.size() ? b[i] : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

}  // namespace

std::string DefaultWebDir() {
  if (const char* env = std::getenv("MARSAD_WEB"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path dist = fs::path(DataDir()).parent_path() / "web" / "dist";
  if (fs::is_directory(dist, ec)) return dist.string();
  return "";
}

struct Server::Impl {
  ServerOptions opt;
  httplib::Server http;
  fs::path web_root;  // canonical; empty when no dashboard
  int bound_port = -1;

  // Store connection pool.
  std::mutex pool_mu;
  std::condition_variable pool_cv;
  std::vector<std::unique_ptr<store::Store>> idle;
  int open_connections = 0;

  // Uploads: one at a time.
  std::mutex write_mu;
  Pipeline pipe;

  // A leased store connection, returned to the pool on destruction (dropped after an I/O error).
  class Lease {
   public:
    Lease(Impl* impl, std::unique_ptr<store::Store> s) : impl_(impl), s_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (!s_) return;
      std::lock_guard<std::mutex> lock(impl_->pool_mu);
      if (broken_) { --impl_->open_connections; s_.reset(); }
      else impl_->idle.push_back(std::move(s_));
      impl_->pool_cv.notify_one();
    }
    store::Store* operator->() { return s_.get(); }
    store::Store& operator*() { return *s_; }
    // Unwraps a store result; a failed query becomes a 500 (503 when the connection broke).
    template <typename T>
    T Check(Result<T> r) {
      if (r.ok()) return std::move(r).value();
      if (r.status().code() == Status::Code::kIoError) broken_ = true;
      std::fprintf(stderr, "marsad serve: store error: %s\n", r.status().ToString().c_str());
      throw HttpError{500, "database error"};
    }
    void Check(const Status& st) {
      if (st.ok()) return;
      if (st.code() == Status::Code::kIoError) broken_ = true;
      std::fprintf(stderr, "marsad serve: store error: %s\n", st.ToString().c_str());
      throw HttpError{500, "database error"};
    }

   private:
    Impl* impl_;
    std::unique_ptr<store::Store> s_;
    bool broken_ = false;
  };

  Lease Acquire() {
    std::unique_lock<std::mutex> lock(pool_mu);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (idle.empty() && open_connections >= opt.connections) {
      if (pool_cv.wait_until(lock, deadline) == std::cv_status::timeout && idle.empty() &&
          open_connections >= opt.connections)
        throw HttpError{503, "server busy: no database connection free"};
    }
    if (!idle.empty()) {
      auto s = std::move(idle.back());
      idle.pop_back();
      return Lease(this, std::move(s));
    }
    ++open_connections;
    lock.unlock();
    Result<std::unique_ptr<store::Store>> s = store::Store::Open(opt.db, /*create=*/false);
    if (!s.ok()) {
      std::lock_guard<std::mutex> relock(pool_mu);
      --open_connections;
      pool_cv.notify_one();
      std::fprintf(stderr, "marsad serve: %s\n", s.status().ToString().c_str());
      throw HttpError{503, "database unavailable"};
    }
    return Lease(this, std::move(s).value());
  }

  // Wraps a handler: parameter and store errors become JSON error replies.
  httplib::Server::Handler Wrap(std::function<void(const httplib::Request&, httplib::Response&)> fn) {
    return [fn](const httplib::Request& req, httplib::Response& res) {
      try {
        fn(req, res);
      } catch (const HttpError& e) {
        ReplyError(res, e.status, e.message);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "marsad serve: internal error: %s\n", e.what());
        ReplyError(res, 500, "internal error");
      }
    };
  }

  void Routes();
  void Health(const httplib::Request&, httplib::Response&);
  void Stats(const httplib::Request&, httplib::Response&);
  void Events(const httplib::Request&, httplib::Response&);
  void SeriesRoute(const httplib::Request&, httplib::Response&);
  void TopRoute(const httplib::Request&, httplib::Response&, store::TopWhat what);
  void Locations(const httplib::Request&, httplib::Response&);
  void Document(const httplib::Request&, httplib::Response&);
  void Search(const httplib::Request&, httplib::Response&);
  void PostDocuments(const httplib::Request&, httplib::Response&);
  void Static(const httplib::Request&, httplib::Response&);
};

void Server::Impl::Routes() {
  http.Get("/api/health", Wrap([this](auto& q, auto& r) { Health(q, r); }));
  http.Get("/api/stats", Wrap([this](auto& q, auto& r) { Stats(q, r); }));
  http.Get("/api/events", Wrap([this](auto& q, auto& r) { Events(q, r); }));
  http.Get("/api/series", Wrap([this](auto& q, auto& r) { SeriesRoute(q, r); }));
  http.Get("/api/actors", Wrap([this](auto& q, auto& r) { TopRoute(q, r, store::TopWhat::kActors); }));
  http.Get("/api/dyads", Wrap([this](auto& q, auto& r) { TopRoute(q, r, store::TopWhat::kDyads); }));
  http.Get("/api/locations", Wrap([this](auto& q, auto& r) { Locations(q, r); }));
  http.Get("/api/documents/(.+)", Wrap([this](auto& q, auto& r) { Document(q, r); }));
  http.Get("/api/search", Wrap([this](auto& q, auto& r) { Search(q, r); }));
  http.Post("/api/documents", Wrap([this](auto& q, auto& r) { PostDocuments(q, r); }));
  http.Get("/api(/.*)?", Wrap([](auto&, auto& r) { ReplyError(r, 404, "no such API route"); }));
  http.Get(".*", Wrap([this](auto& q, auto& r) { Static(q, r); }));
  // Errors raised by httplib itself (no route, body too large, bad request) get a JSON body too.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* msg = res.status == 404   ? "not found"
                      : res.status == 413 ? "request body too large (limit 8 MB)"
                      : res.status == 400 ? "bad request"
                                          : "error";
    ReplyJson(res, res.status, ErrorJson(msg));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    ReplyError(res, 500, "internal error");
  });
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
}

void Server::Impl::Health(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {});
  Lease db = Acquire();
  std::string version = db.Check(db->GetMeta("schema_version"));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("status", "ok").Field("version", MARSAD_VERSION).Field("schema_version", version);
  w.Field("backend", db->dialect() == store::Dialect::kSqlite ? "sqlite" : "postgresql");
  w.Field("uploads", !opt.token.empty()).Field("dashboard", !web_root.empty()).EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::Stats(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {});
  Lease db = Acquire();
  store::Counts c = db.Check(db->Count());
  store::Table days = db.Check(db->Query("SELECT MIN(day), MAX(day) FROM events WHERE day <> ''"));
  store::Table quads = db.Check(db->Query("SELECT quad_class, COUNT(*) FROM events GROUP BY quad_class ORDER BY quad_class"));
  store::Table actors = db.Check(db->Query("SELECT COUNT(*) FROM actors"));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("documents", c.documents).Field("events", c.events).Field("linked_events", c.linked_events);
  w.Field("actors", actors.rows.empty() ? int64_t{0} : AsInt(actors.rows[0][0]));
  w.Key("first_day");
  WriteValue(w, days.rows.empty() ? Value() : days.rows[0][0]);
  w.Key("last_day");
  WriteValue(w, days.rows.empty() ? Value() : days.rows[0][1]);
  w.Key("by_quad").BeginObject();
  for (const auto& row : quads.rows) w.Field(std::to_string(AsInt(row[0])), AsInt(row[1]));
  w.EndObject().EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::Events(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {MARSAD_FILTER_PARAMS, "limit", "offset"});
  store::EventFilter f = ParseFilter(p);
  const int64_t limit = p.Int("limit", kDefaultEventLimit, 1, kMaxLimit);
  const int64_t offset = p.Int("offset", 0, 0, opt.max_offset);
  f.limit = offset + limit + 1;  // one more: tells whether there is a next page
  Lease db = Acquire();
  store::Table t = db.Check(db->QueryEvents(f));
  const bool more = static_cast<int64_t>(t.rows.size()) > offset + limit;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("offset", offset).Field("limit", limit).Field("has_more", more);
  w.Key("events");
  WriteRows(w, t, static_cast<size_t>(std::min<int64_t>(offset, t.rows.size())), static_cast<size_t>(limit));
  w.EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::SeriesRoute(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {MARSAD_FILTER_PARAMS, "by"});
  store::EventFilter f = ParseFilter(p);
  const std::string by = p.Get("by").value_or("day");
  store::Period period;
  if (by == "day") period = store::Period::kDay;
  else if (by == "week") period = store::Period::kWeek;
  else if (by == "month") period = store::Period::kMonth;
  else throw HttpError{400, "parameter 'by' must be day, week or month"};
  if (f.quad != 0) throw HttpError{400, "parameter 'quad' is not allowed here: the series splits by quad class"};
  f.limit = 0;
  struct Row { int64_t events = 0, mentions = 0; double goldstein = 0; int64_t quad[5] = {0, 0, 0, 0, 0}; };
  std::map<std::string, Row> rows;
  Lease db = Acquire();
  for (int q = 0; q <= 4; ++q) {
    f.quad = q;
    store::Table t = db.Check(db->Series(f, period));
    for (const auto& r : t.rows) {
      Row& row = rows[store::ValueText(r[0])];
      if (q == 0) { row.events = AsInt(r[1]); row.mentions = AsInt(r[2]); row.goldstein = AsDouble(r[3]); }
      else row.quad[q] = AsInt(r[1]);
    }
  }
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("by", by);
  if (!f.dyad_a.empty()) {
    w.Key("dyad").BeginArray().String(f.dyad_a).String(f.dyad_b).EndArray();
    w.Field("directed", f.directed);
  }
  w.Key("series").BeginArray();
  for (const auto& [period_name, r] : rows) {
    w.BeginObject().Field("period", period_name).Field("events", r.events).Field("mentions", r.mentions);
    w.Key("goldstein").Double(r.goldstein);
    w.Key("quad").BeginObject();
    for (int q = 1; q <= 4; ++q) w.Field(std::to_string(q), r.quad[q]);
    w.EndObject().EndObject();
  }
  w.EndArray().EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::TopRoute(const httplib::Request& req, httplib::Response& res, store::TopWhat what) {
  Params p(req, {MARSAD_FILTER_PARAMS, "limit"});
  store::EventFilter f = ParseFilter(p);
  f.limit = p.Int("limit", kDefaultTopLimit, 1, kMaxLimit);
  Lease db = Acquire();
  store::Table t = db.Check(db->Top(f, what));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key(what == store::TopWhat::kActors ? "actors" : "dyads");
  WriteRows(w, t);
  w.EndObject();
  ReplyJson(res, 200, out);
}

// Event locations with coordinates, grouped by place: the map view. Filters: a subset of the event filters,
// as bound conditions (prefixes compared with substr so both back ends agree).
void Server::Impl::Locations(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {"from", "to", "actor", "country", "cameo", "root", "quad", "modality", "limit"});
  store::EventFilter f = ParseFilter(p);
  const int64_t limit = p.Int("limit", 500, 1, kMaxLimit);
  std::vector<Value> params;
  std::string where = "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL";
  auto prefix = [&](const std::string& column, const std::string& value) {
    params.emplace_back(static_cast<int64_t>(value.size()));
    params.emplace_back(value);
    return "substr(" + column + ", 1, ?) = ?";
  };
  if (!f.from.empty()) { where += " AND e.day >= ?"; params.emplace_back(f.from); }
  if (!f.to.empty()) { where += " AND e.day < ?"; params.emplace_back(f.to + "~"); }
  if (!f.actor.empty()) {
    std::string a = prefix("e.source_code", f.actor);
    where += " AND (" + a + " OR " + prefix("e.target_code", f.actor) + ")";
  }
  if (!f.country.empty()) { where += " AND e.location_country = ?"; params.emplace_back(f.country); }
  if (!f.cameo.empty()) where += " AND " + prefix("e.cameo", f.cameo);
  if (!f.root.empty()) { where += " AND e.root = ?"; params.emplace_back(f.root); }
  if (f.quad) { where += " AND e.quad_class = ?"; params.emplace_back(static_cast<int64_t>(f.quad)); }
  if (!f.modality.empty()) { where += " AND e.modality = ?"; params.emplace_back(f.modality); }
  params.emplace_back(limit);
  const std::string sql =
      "SELECT e.location_name AS name, e.location_country AS country, AVG(e.location_lat) AS lat, "
      "AVG(e.location_lon) AS lon, COUNT(*) AS events, "
      "SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict "
      "FROM events e WHERE " + where +
      " GROUP BY e.location_name, e.location_country ORDER BY events DESC, name LIMIT ?";
  Lease db = Acquire();
  store::Table t = db.Check(db->Query(sql, params));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("locations");
  WriteRows(w, t);
  w.EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::Document(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {});
  const std::string id = req.matches[1];
  if (id.size() > 1000) throw HttpError{400, "document id too long"};
  Lease db = Acquire();
  store::Table d = db.Check(db->Query(
      "SELECT id, url, source, title, date, text, dateline_place, dateline_date, dateline_agency, duplicate_of, "
      "near_duplicate_of, similarity, cluster, dictionary_version FROM documents WHERE id = ?", {Value(id)}));
  if (d.rows.empty()) throw HttpError{404, "no document with this id"};
  store::Table ev = db.Check(db->Query(
      "SELECT e.seq AS seq, e.sentence AS sentence, e.day AS day, e.date AS date, e.source_code AS source, "
      "e.source_text AS source_text, e.source_start AS source_start, e.source_end AS source_end, "
      "e.target_code AS target, e.target_text AS target_text, e.target_start AS target_start, "
      "e.target_end AS target_end, e.cameo AS cameo, c.label AS cameo_label, e.root AS root, e.plover AS plover, "
      "e.quad_class AS quad_class, e.goldstein AS goldstein, e.modality AS modality, e.historical AS historical, "
      "e.location_name AS location, e.location_country AS country, e.location_lat AS lat, e.location_lon AS lon, "
      "e.evidence_start AS evidence_start, e.evidence_end AS evidence_end, e.evidence AS evidence, e.rule AS rule, "
      "e.event_key AS event_key FROM events e LEFT JOIN cameo_codes c ON c.code = e.cameo "
      "WHERE e.doc_id = ? ORDER BY e.seq", {Value(id)}));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("document");
  w.BeginObject();
  for (size_t c = 0; c < d.columns.size(); ++c) {
    w.Key(d.columns[c]);
    WriteValue(w, d.rows[0][c]);
  }
  w.EndObject();
  w.Key("events");
  WriteRows(w, ev);
  w.EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::Search(const httplib::Request& req, httplib::Response& res) {
  Params p(req, {"q", "limit", "offset"});
  if (!p.Get("q")) throw HttpError{400, "parameter 'q' is required"};
  const std::string q = CheckedText(p, "q");
  const int64_t limit = p.Int("limit", 50, 1, kMaxLimit);
  const int64_t offset = p.Int("offset", 0, 0, opt.max_offset);
  Lease db = Acquire();
  std::vector<Value> params;
  std::string match;
  if (db->dialect() == store::Dialect::kSqlite) {
    // FTS5 query text: every word quoted (inner quotes doubled), so no query syntax is interpreted; the
    // text is still a bound parameter.
    std::string fts;
    size_t i = 0;
    while (i < q.size()) {
      while (i < q.size() && (q[i] == ' ' || q[i] == '\t')) ++i;
      size_t j = i;
      while (j < q.size() && q[j] != ' ' && q[j] != '\t') ++j;
      if (j > i) {
        if (!fts.empty()) fts += ' ';
        fts += '"';
        for (size_t k = i; k < j; ++k) { if (q[k] == '"') fts += '"'; fts += q[k]; }
        fts += '"';
      }
      i = j;
    }
    params.emplace_back(fts);
    match = "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)";
  } else {
    params.emplace_back(q);
    match = "to_tsvector('simple', d.title || ' ' || d.text) @@ plainto_tsquery('simple', ?)";
  }
  params.emplace_back(limit + 1);
  params.emplace_back(offset);
  store::Table t = db.Check(db->Query(
      "SELECT d.id AS id, d.title AS title, d.date AS date, d.source AS source, d.url AS url, "
      "substr(d.text, 1, 300) AS excerpt, (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events "
      "FROM documents d WHERE " + match + " ORDER BY d.date DESC, d.seq LIMIT ? OFFSET ?", params));
  const bool more = static_cast<int64_t>(t.rows.size()) > limit;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("q", q).Field("offset", offset).Field("limit", limit).Field("has_more", more);
  w.Key("documents");
  WriteRows(w, t, 0, static_cast<size_t>(limit));
  w.EndObject();
  ReplyJson(res, 200, out);
}

void Server::Impl::PostDocuments(const httplib::Request& req, httplib::Response& res) {
  // (No query-parameter check here: httplib parses a form-encoded body into params too.)
  if (opt.token.empty()) throw HttpError{403, "uploads are disabled (start marsad serve with --token)"};
  const std::string auth = req.get_header_value("Authorization");
  if (auth.empty()) throw HttpError{403, "uploads need an Authorization: Bearer token"};
  if (auth.rfind("Bearer ", 0) != 0 || !ConstantTimeEqual(std::string_view(auth).substr(7), opt.token)) {
    res.set_header("WWW-Authenticate", "Bearer");
    throw HttpError{401, "wrong token"};
  }
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) throw HttpError{400, "body is not valid JSON"};
  if (body.is_object()) body = nlohmann::json::array({body});
  if (!body.is_array()) throw HttpError{400, "body must be a document object or an array of them"};
  if (body.empty()) throw HttpError{400, "no documents in the body"};
  if (body.size() > kMaxDocumentsPerPost) throw HttpError{400, "more than 1000 documents in one request"};
  std::string jsonl;
  std::set<std::string> ids;
  for (size_t i = 0; i < body.size(); ++i) {
    const nlohmann::json& d = body[i];
    const std::string at = "document " + std::to_string(i) + ": ";
    if (!d.is_object()) throw HttpError{400, at + "not an object"};
    if (!d.contains("id") || !d["id"].is_string() || d["id"].get<std::string>().empty() ||
        d["id"].get<std::string>().size() > 1000)
      throw HttpError{400, at + "field 'id' must be a non-empty string"};
    if (!d.contains("text") || !d["text"].is_string() || d["text"].get<std::string>().empty())
      throw HttpError{400, at + "field 'text' must be a non-empty string"};
    for (const char* key : {"title", "date", "url", "source"})
      if (d.contains(key) && !d[key].is_string() && !d[key].is_null())
        throw HttpError{400, at + "field '" + key + "' must be a string"};
    if (!ids.insert(d["id"].get<std::string>()).second) throw HttpError{400, at + "id given twice in the body"};
    jsonl += d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    jsonl += '\n';
  }
  std::vector<ingest::Document> docs;
  std::string warning;
  Status rs = ingest::ReadDocumentsFromBuffer(
      "api.jsonl", jsonl, ingest::InputFormat::kJsonl, [&](ingest::Document&& d) { docs.push_back(std::move(d)); },
      [&](const std::string& m) { if (warning.empty()) warning = m; });
  if (!rs.ok()) throw HttpError{400, rs.message()};
  if (!warning.empty()) throw HttpError{400, warning};
  if (docs.size() != body.size()) throw HttpError{400, "some documents could not be read"};

  struct Outcome { std::string id, status; size_t events = 0; std::string duplicate_of; };
  std::vector<Outcome> outcomes;
  {
    std::lock_guard<std::mutex> lock(write_mu);
    Lease db = Acquire();
    const std::string& version = pipe.coding->coder().dictionary_version();
    db.Check(db->Begin());
    try {
      for (ingest::Document& d : docs) {
        Outcome o{d.id, "", 0, ""};
        std::optional<store::DocumentState> state = db.Check(db->GetDocumentState(d.id));
        const std::string hash = store::HashHex(d.raw_text);
        const bool same_text = state && state->raw_hash == hash;
        if (same_text && state->dictionary_version == version) {
          o.status = "unchanged";
          outcomes.push_back(std::move(o));
          continue;
        }
        pipe.coding->cleaner().Clean(&d);
        if (!state) pipe.dedup->Add(&d);
        if (!same_text) db.Check(db->PutDocument(d));
        std::vector<coder::Event> coded = pipe.coding->coder().Code(d.id, d.text, d.date);
        db.Check(db->ReplaceEvents(d.id, d.date, coded, version));
        o.events = coded.size();
        o.status = !state ? "new" : same_text ? "recoded" : "updated";
        o.duplicate_of = d.duplicate_of.empty() ? d.near_duplicate_of : d.duplicate_of;
        outcomes.push_back(std::move(o));
      }
      db.Check(db->Commit());
    } catch (...) {
      (void)db->Rollback();
      throw;
    }
  }
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("stored", outcomes.size()).Key("documents").BeginArray();
  for (const Outcome& o : outcomes) {
    w.BeginObject().Field("id", o.id).Field("status", o.status).Field("events", o.events);
    w.Key("duplicate_of");
    if (o.duplicate_of.empty()) w.Null(); else w.String(o.duplicate_of);
    w.EndObject();
  }
  w.EndArray().EndObject();
  ReplyJson(res, 201, out);
}

// Static files of the dashboard, only from inside the asset folder: no "..", no absolute paths, no
// symlinks leading out of it (the canonical path must stay under the canonical root), regular files only.
void Server::Impl::Static(const httplib::Request& req, httplib::Response& res) {
  if (web_root.empty()) throw HttpError{404, "no dashboard: web assets not found (run npm ci in web/, or pass --web)"};
  std::string rel = req.path;
  if (rel.empty() || rel[0] != '/') throw HttpError{400, "bad path"};
  rel.erase(0, 1);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos || rel[0] == '/')
    throw HttpError{400, "bad path"};
  for (std::string_view part : Split(rel, '/'))
    if (part == ".." || part == "." || part.empty() || part[0] == '.') throw HttpError{404, "not found"};
  std::error_code ec;
  const fs::path full = fs::canonical(web_root / rel, ec);
  if (ec) throw HttpError{404, "not found"};
  const std::string root = web_root.string() + "/";
  if (full.string().compare(0, root.size(), root) != 0) throw HttpError{404, "not found"};
  if (!fs::is_regular_file(full, ec)) throw HttpError{404, "not found"};
  Result<std::string> bytes = ReadFile(full.string(), 64ull << 20);
  if (!bytes.ok()) throw HttpError{404, "not found"};
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'");
  res.set_content(std::move(bytes).value(), ContentType(full));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->opt = options;
  if (impl->opt.connections < 1) impl->opt.connections = 1;
  if (impl->opt.threads < 1) impl->opt.threads = 1;
  // Serving never creates a database: a missing SQLite file is an error (kNotFound).
  Result<std::unique_ptr<store::Store>> first = store::Store::Open(options.db, /*create=*/false);
  if (!first.ok()) return first.status();
  const std::string web = options.web_dir.empty() ? DefaultWebDir() : options.web_dir;
  if (!web.empty()) {
    std::error_code ec;
    fs::path root = fs::canonical(web, ec);
    if (ec || !fs::is_directory(root, ec)) return Status::NotFound("web asset folder " + web + ": not a folder");
    impl->web_root = root;
  }
  if (!options.token.empty()) {
    MARSAD_RETURN_IF_ERROR(impl->pipe.Load());
    store::Store& db = **first;
    MARSAD_RETURN_IF_ERROR(db.Begin());
    MARSAD_RETURN_IF_ERROR(db.PutCameoCodes(store::CameoRowsOf(impl->pipe.coding->dicts())));
    MARSAD_RETURN_IF_ERROR(db.Commit());
    // Duplicates of uploads are found against everything stored, in the order it was stored.
    MARSAD_RETURN_IF_ERROR(store::SeedDeduplicator(db, impl->pipe.dedup.get()));
  }
  impl->idle.push_back(std::move(first).value());
  impl->open_connections = 1;
  const int threads = impl->opt.threads;
  impl->http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl->http.set_payload_max_length(options.max_body_bytes);
  impl->http.set_read_timeout(10, 0);
  impl->http.set_write_timeout(10, 0);
  // Small JSON replies: without TCP_NODELAY each waits for the client's delayed ACK (~40 ms).
  impl->http.set_tcp_nodelay(true);
  // httplib holds a worker thread per keep-alive connection: bound how long one connection can keep it.
  impl->http.set_keep_alive_max_count(20);
  impl->http.set_keep_alive_timeout(2);
  impl->Routes();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Bind() {
  if (impl_->opt.port == 0) {
    impl_->bound_port = impl_->http.bind_to_any_port(impl_->opt.host);
    if (impl_->bound_port < 0) return Status::IoError("cannot listen on " + impl_->opt.host);
  } else {
    if (!impl_->http.bind_to_port(impl_->opt.host, impl_->opt.port))
      return Status::IoError("cannot listen on " + impl_->opt.host + ":" + std::to_string(impl_->opt.port) +
                             " (in use, or not an address of this machine)");
    impl_->bound_port = impl_->opt.port;
  }
  return Status::Ok();
}

int Server::port() const { return impl_->bound_port; }
bool Server::Run() { return impl_->http.listen_after_bind(); }
void Server::Stop() { impl_->http.stop(); }

}  // namespace marsad::server
