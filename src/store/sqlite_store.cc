// SQLite back end: one file, WAL journal (readers keep reading while ingest writes), FTS5 over the
// documents' title and clean text (an external-content index kept in step by triggers).
#include <sqlite3.h>

#include <unordered_map>

#include "store/backends.h"

namespace marsad::store {
namespace {

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(const std::string& sql, const std::vector<Value>& params) override {
    Result<sqlite3_stmt*> stmt = Prepare(sql, params);
    if (!stmt.ok()) return stmt.status();
    int rc;
    while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
    }
    sqlite3_reset(*stmt);
    if (rc != SQLITE_DONE) return Error(sql);
    return Status::Ok();
  }

  Result<Table> Query(const std::string& sql, const std::vector<Value>& params) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql, params);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* stmt = *prepared;
    Table t;
    const int n = sqlite3_column_count(stmt);
    for (int i = 0; i < n; ++i) t.columns.push_back(sqlite3_column_name(stmt, i));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      std::vector<Value> row;
      row.reserve(n);
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(stmt, i)) {
          case SQLITE_NULL: row.emplace_back(); break;
          case SQLITE_INTEGER: row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, i))); break;
          case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(stmt, i)); break;
          default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
            row.emplace_back(std::string(p ? p : "", sqlite3_column_bytes(stmt, i)));
          }
        }
      }
      t.rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) return Error(sql);
    return t;
  }

  Status ExecScript(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::IoError(path_ + ": " + msg);
    }
    return Status::Ok();
  }

 protected:
  std::string SchemaSql() const override {
    std::string s = SchemaTemplate();
    s = Substitute(s, "{T}", "TEXT");
    s = Substitute(s, "{SEQ}", "INTEGER PRIMARY KEY");
    s = Substitute(s, "{VIEW}", "CREATE VIEW IF NOT EXISTS");
    s += R"SQL(
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
)SQL";
    return s;
  }

  Status BeginTransaction() override { return Exec("BEGIN IMMEDIATE", {}); }

  // Every word as an FTS5 string ("..." with quotes doubled), so no user text is read as query syntax;
  // FTS5 joins them with AND.
  std::string TextMatch(const std::string& words, std::vector<Value>* params) const override {
    std::string q;
    size_t i = 0;
    while (i < words.size()) {
      while (i < words.size() && (words[i] == ' ' || words[i] == '\t' || words[i] == '\n')) ++i;
      size_t j = i;
      while (j < words.size() && words[j] != ' ' && words[j] != '\t' && words[j] != '\n') ++j;
      if (j > i) {
        if (!q.empty()) q += ' ';
        q += '"';
        for (size_t k = i; k < j; ++k) {
          if (words[k] == '"') q += '"';
          q += words[k];
        }
        q += '"';
      }
      i = j;
    }
    params->push_back(Value(q));
    return "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)";
  }

 private:
  Status Error(const std::string& sql) const {
    return Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " (in: " + sql.substr(0, 80) + ")");
  }

  Result<sqlite3_stmt*> Prepare(const std::string& sql, const std::vector<Value>& params) {
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      stmt = it->second;
    } else {
      if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Error(sql);
      cache_.emplace(sql, stmt);
    }
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i) + 1;
      const Value& v = params[i];
      int rc;
      if (std::holds_alternative<std::monostate>(v)) rc = sqlite3_bind_null(stmt, idx);
      else if (const auto* n = std::get_if<int64_t>(&v)) rc = sqlite3_bind_int64(stmt, idx, *n);
      else if (const auto* d = std::get_if<double>(&v)) rc = sqlite3_bind_double(stmt, idx, *d);
      else {
        const std::string& s = std::get<std::string>(v);
        rc = sqlite3_bind_text(stmt, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return Error(sql);
    }
    return stmt;
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open database: " + msg);
  }
  auto store = std::make_unique<SqliteStore>(db, path);
  sqlite3_busy_timeout(db, 30000);
  // WAL: readers never block the writer nor the other way round; synchronous=NORMAL keeps every committed
  // transaction across a crash of the process (kill -9), only a power loss may drop the last ones.
  MARSAD_RETURN_IF_ERROR(store->ExecScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                           "PRAGMA foreign_keys = ON;"));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace marsad::store
