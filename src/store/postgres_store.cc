// PostgreSQL back end (libpq): the same schema with BIGSERIAL, DOUBLE PRECISION and binary ("C")
// collation on text columns, so ordering and prefix ranges match SQLite byte for byte; full-text search by
// a GIN index on to_tsvector('simple', title || ' ' || text). Statements are prepared once per connection.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "store/backends.h"

namespace marsad::store {
namespace {

// Type OIDs from pg_type.h (stable across versions).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// '?' placeholders -> $1, $2, ... (outside quoted literals and identifiers).
std::string Dollarize(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresStore final : public Store {
 public:
  explicit PostgresStore(PGconn* conn) : conn_(conn) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(const std::string& sql, const std::vector<Value>& params) override {
    Result<PGresult*> r = Run(sql, params);
    if (!r.ok()) return r.status();
    PQclear(*r);
    return Status::Ok();
  }

  Result<Table> Query(const std::string& sql, const std::vector<Value>& params) override {
    Result<PGresult*> r = Run(sql, params);
    if (!r.ok()) return r.status();
    PGresult* res = *r;
    Table t;
    const int cols = PQnfields(res), rows = PQntuples(res);
    std::vector<Oid> types(cols);
    for (int c = 0; c < cols; ++c) {
      t.columns.push_back(PQfname(res, c));
      types[c] = PQftype(res, c);
    }
    t.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
      std::vector<Value> row;
      row.reserve(cols);
      for (int c = 0; c < cols; ++c) {
        if (PQgetisnull(res, i, c)) {
          row.emplace_back();
          continue;
        }
        const char* s = PQgetvalue(res, i, c);
        const std::string_view text(s, PQgetlength(res, i, c));
        switch (types[c]) {
          case kInt2: case kInt4: case kInt8: row.emplace_back(static_cast<int64_t>(std::strtoll(s, nullptr, 10))); break;
          case kFloat4: case kFloat8: row.emplace_back(std::strtod(s, nullptr)); break;
          case kNumeric:
            if (text.find_first_of(".eE") == std::string_view::npos) row.emplace_back(static_cast<int64_t>(std::strtoll(s, nullptr, 10)));
            else row.emplace_back(std::strtod(s, nullptr));
            break;
          case kBool: row.emplace_back(static_cast<int64_t>(s[0] == 't')); break;
          default: row.emplace_back(std::string(text));
        }
      }
      t.rows.push_back(std::move(row));
    }
    PQclear(res);
    return t;
  }

  Status ExecScript(const std::string& sql) override {
    PGresult* res = PQexec(conn_, sql.c_str());
    const ExecStatusType st = PQresultStatus(res);
    PQclear(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error(sql);
    return Status::Ok();
  }

 protected:
  std::string SchemaSql() const override {
    std::string s = SchemaTemplate();
    s = Substitute(s, "{T}", "TEXT COLLATE \"C\"");
    s = Substitute(s, "{SEQ}", "BIGSERIAL PRIMARY KEY");
    s = Substitute(s, "{VIEW}", "CREATE OR REPLACE VIEW");
    s += "CREATE INDEX IF NOT EXISTS documents_fts ON documents USING GIN "
         "(to_tsvector('simple', title || ' ' || text));\n";
    // Serialise concurrent schema creation (CREATE .. IF NOT EXISTS is not race-free in PostgreSQL).
    return "SELECT pg_advisory_xact_lock(7305550);\n" + s;
  }

  Status BeginTransaction() override { return Exec("BEGIN", {}); }

  std::string TextMatch(const std::string& words, std::vector<Value>* params) const override {
    params->push_back(Value(words));
    return "to_tsvector('simple', d.title || ' ' || d.text) @@ plainto_tsquery('simple', ?)";
  }

 private:
  Status Error(const std::string& sql) const {
    std::string msg = PQerrorMessage(conn_);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Status::IoError("postgresql: " + msg + " (in: " + sql.substr(0, 80) + ")");
  }

  Result<PGresult*> Run(const std::string& sql, const std::vector<Value>& params) {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      if (std::holds_alternative<std::monostate>(params[i])) {
        values[i] = nullptr;
      } else if (const auto* d = std::get_if<double>(&params[i])) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        texts[i] = buf;
        values[i] = texts[i].c_str();
      } else {
        texts[i] = ValueText(params[i]);
        values[i] = texts[i].c_str();
      }
    }
    PGresult* res;
    if (params.empty() && (sql == "BEGIN" || sql == "COMMIT" || sql == "ROLLBACK")) {
      res = PQexec(conn_, sql.c_str());
    } else {
      auto it = prepared_.find(sql);
      if (it == prepared_.end()) {
        char name_buf[32];
        std::snprintf(name_buf, sizeof name_buf, "m%zu", prepared_.size());
        std::string name = name_buf;
        PGresult* p = PQprepare(conn_, name.c_str(), Dollarize(sql).c_str(), 0, nullptr);
        const bool ok = PQresultStatus(p) == PGRES_COMMAND_OK;
        PQclear(p);
        if (!ok) return Error(sql);
        it = prepared_.emplace(sql, std::move(name)).first;
      }
      res = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                           nullptr, 0);
    }
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      PQclear(res);
      return Error(sql);
    }
    return res;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> prepared_;
};

void IgnoreNotice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = conn ? PQerrorMessage(conn) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    PQfinish(conn);
    return Status::IoError("postgresql: cannot connect: " + msg);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);  // "relation already exists, skipping"
  auto store = std::make_unique<PostgresStore>(conn);
  MARSAD_RETURN_IF_ERROR(store->ExecScript("SET client_encoding = 'UTF8'"));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace marsad::store
