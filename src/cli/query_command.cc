// `marsad query`: events from the event database, filtered by date, actors, dyad, CAMEO code, quad class,
// modality and full-text search over the articles; or aggregates (a dyad's series per day/week/month, the
// top actors or dyads). Output as an aligned table, JSON Lines or CSV.
#include <cstdio>
#include <memory>
#include <regex>

#include "base/json_writer.h"
#include "cli/commands.h"
#include "store/store.h"

namespace marsad::cli {
namespace {

struct QueryFlags {
  std::string db = "marsad.db";
  std::string format = "table";
  store::EventFilter filter;
  std::string dyad;
  std::string series;
  std::string by = "day";
  std::string top;
  int64_t limit = -1;  // -1: default (1000 events, 20 top rows)
};

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    ++n;
  }
  return n;
}

// At most `max` code points, with "…" when cut; line breaks and tabs become spaces.
std::string Cell(std::string s, size_t max) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  if (DisplayWidth(s) <= max) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n++ == max - 1) break;
  }
  return s.substr(0, i) + "…";
}

void PrintTable(const store::Table& t, const std::vector<std::string>& wanted) {
  std::vector<size_t> cols;
  for (const std::string& w : wanted)
    for (size_t i = 0; i < t.columns.size(); ++i)
      if (t.columns[i] == w) cols.push_back(i);
  if (wanted.empty())
    for (size_t i = 0; i < t.columns.size(); ++i) cols.push_back(i);
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(cols.size());
  std::vector<std::string> header;
  for (size_t c = 0; c < cols.size(); ++c) {
    header.push_back(t.columns[cols[c]]);
    width[c] = DisplayWidth(header.back());
  }
  for (const auto& row : t.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < cols.size(); ++c) {
      line.push_back(Cell(store::ValueText(row[cols[c]]), 60));
      width[c] = std::max(width[c], DisplayWidth(line.back()));
    }
    cells.push_back(std::move(line));
  }
  std::string out;
  const auto emit = [&](const std::vector<std::string>& line) {
    for (size_t c = 0; c < line.size(); ++c) {
      out += line[c];
      if (c + 1 < line.size()) out.append(width[c] - DisplayWidth(line[c]) + 2, ' ');
    }
    out += '\n';
  };
  emit(header);
  for (const auto& line : cells) emit(line);
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void PrintJsonl(const store::Table& t) {
  std::string out;
  for (const auto& row : t.rows) {
    JsonWriter w(&out);
    w.BeginObject();
    for (size_t i = 0; i < t.columns.size(); ++i) {
      w.Key(t.columns[i]);
      const store::Value& v = row[i];
      if (std::holds_alternative<std::monostate>(v)) w.Null();
      else if (const auto* n = std::get_if<int64_t>(&v)) w.Int(*n);
      else if (const auto* d = std::get_if<double>(&v)) w.Double(*d);
      else w.String(std::get<std::string>(v));
    }
    w.EndObject();
    out += '\n';
    if (out.size() > (1 << 20)) { std::fwrite(out.data(), 1, out.size(), stdout); out.clear(); }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void AppendCsvField(const std::string& s, std::string* out) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) { *out += s; return; }
  *out += '"';
  for (char c : s) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void PrintCsv(const store::Table& t) {
  std::string out;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (i) out += ',';
    AppendCsvField(t.columns[i], &out);
  }
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      AppendCsvField(store::ValueText(row[i]), &out);
    }
    out += "\r\n";
    if (out.size() > (1 << 20)) { std::fwrite(out.data(), 1, out.size(), stdout); out.clear(); }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

int RunQuery(QueryFlags& flags) {
  store::EventFilter& f = flags.filter;
  static const std::regex kDate(R"(\d{4}(-\d{2}(-\d{2})?)?)");
  for (const std::string* d : {&f.from, &f.to}) {
    if (!d->empty() && !std::regex_match(*d, kDate)) {
      PrintError("bad date '" + *d + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
      return kExitFatal;
    }
  }
  if (!flags.dyad.empty()) {
    const size_t comma = flags.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == flags.dyad.size() ||
        flags.dyad.find(',', comma + 1) != std::string::npos) {
      PrintError("--dyad wants two actor codes separated by a comma, e.g. IRN,RUS");
      return kExitFatal;
    }
    f.dyad_a = flags.dyad.substr(0, comma);
    f.dyad_b = flags.dyad.substr(comma + 1);
  }
  if (flags.series == "dyad" && flags.dyad.empty()) {
    PrintError("--series dyad needs --dyad A,B");
    return kExitFatal;
  }
  if (!flags.series.empty() && !flags.top.empty()) {
    PrintError("--series and --top cannot be combined");
    return kExitFatal;
  }
  Result<std::unique_ptr<store::Store>> opened = store::Store::Open(flags.db, /*create=*/false);
  if (!opened.ok()) { PrintError(opened.status().message()); return kExitFatal; }
  store::Store& db = **opened;
  Result<store::Table> t = store::Table{};
  std::vector<std::string> table_columns;
  if (!flags.series.empty()) {
    f.limit = 0;
    const store::Period by = flags.by == "week" ? store::Period::kWeek
                             : flags.by == "month" ? store::Period::kMonth : store::Period::kDay;
    t = db.Series(f, by);
  } else if (!flags.top.empty()) {
    f.limit = flags.limit >= 0 ? flags.limit : 20;
    t = db.Top(f, flags.top == "dyads" ? store::TopWhat::kDyads : store::TopWhat::kActors);
  } else {
    f.limit = flags.limit >= 0 ? flags.limit : 1000;
    t = db.QueryEvents(f);
    table_columns = {"day", "source", "target", "cameo", "quad_class", "goldstein", "modality", "num_articles",
                     "doc_id", "evidence"};
  }
  if (!t.ok()) { PrintError(t.status().message()); return kExitFatal; }
  if (flags.format == "jsonl") PrintJsonl(*t);
  else if (flags.format == "csv") PrintCsv(*t);
  else PrintTable(*t, table_columns);
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

void RegisterQuery(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<QueryFlags>();
  store::EventFilter& f = flags->filter;
  CLI::App* cmd = app.add_subcommand(
      "query",
      "Events from the event database, filtered; or a dyad's series (--series dyad --dyad A,B --by week)\n"
      "or the top actors or dyads (--top actors|dyads). Actor and CAMEO codes match by prefix.");
  cmd->add_option("--db", flags->db, "SQLite file or postgresql:// URL (default marsad.db)");
  cmd->add_option("--format", flags->format, "output: table (default), jsonl, csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->add_option("--from", f.from, "first day (YYYY-MM-DD, YYYY-MM or YYYY), inclusive");
  cmd->add_option("--to", f.to, "last day (YYYY-MM-DD, YYYY-MM or YYYY), inclusive");
  cmd->add_option("--actor", f.actor, "actor code prefix, as source or target (IRN matches IRNMIL)");
  cmd->add_option("--source", f.source, "source actor code prefix");
  cmd->add_option("--target", f.target, "target actor code prefix");
  cmd->add_option("--country", f.country, "event location country (ISO 3166 alpha-3)");
  cmd->add_option("--dyad", flags->dyad, "A,B: events between two actors (code prefixes), both directions");
  cmd->add_flag("--directed", f.directed, "--dyad A,B means only A acting on B");
  cmd->add_option("--cameo", f.cameo, "CAMEO code prefix (04 matches 040..046)");
  cmd->add_option("--root", f.root, "CAMEO root code (01..20)");
  cmd->add_option("--quad", f.quad, "quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
      ->check(CLI::Range(1, 4));
  cmd->add_option("--modality", f.modality, "asserted, planned, negated, hypothetical or reported")
      ->check(CLI::IsMember({"asserted", "planned", "negated", "hypothetical", "reported"}));
  cmd->add_option("--text", f.text, "words that must all occur in the article (title or text)");
  cmd->add_option("--limit", flags->limit, "at most N rows (default 1000 events, 20 top rows; 0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--series", flags->series, "dyad (needs --dyad) or events: counts and Goldstein sum per period")
      ->check(CLI::IsMember({"dyad", "events"}));
  cmd->add_option("--by", flags->by, "series period: day (default), week (starting Monday), month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--top", flags->top, "actors or dyads: the most frequent among the matching events")
      ->check(CLI::IsMember({"actors", "dyads"}));
  cmd->callback([flags, run] { *run = [flags]() -> int { return RunQuery(*flags); }; });
}

}  // namespace marsad::cli
