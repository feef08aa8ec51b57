// `marsad eval GOLD.jsonl`: codes every unit of a gold file (format: ../shared/gold/FORMAT.md) and scores
// the events exactly as tools/score_events.py does: dyad+root and strict precision/recall/F1, detection
// scores for labelled sets, a per-root table and the misses.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "base/file.h"
#include "cli/commands.h"
#include "coder/pipeline.h"

namespace marsad::cli {
namespace {

using nlohmann::json;

struct EvalFlags {
  std::string gold;
  std::string predictions;
  bool json_output = false;
  size_t max_misses = 30;
};

// A gold or predicted event reduced to what scoring compares.
struct Scored {
  std::string source, target, cameo, plover, evidence, rule;
  bool optional = false, symmetric = false;
};

const std::set<std::string>& Roles() {
  static const std::set<std::string> r = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB",
                                          "LEG", "HLH", "REF", "AGR", "ELI", "UAF", "NGO", "NGM", "SEP", "INS", "MOD", "RAD", "HRI", "ENV",
                                          "REL", "IMG", "SET", "AMN", "IRC", "GRN", "TOP", "MID", "LOC", "MNC", "CRE", "DEV", "PRO", "IGO"};
  return r;
}
const std::map<std::string, std::set<std::string>>& PloverRoots() {
  static const std::map<std::string, std::set<std::string>> m = {
      {"AGREE", {"03"}}, {"CONSULT", {"04"}}, {"SUPPORT", {"05"}}, {"COOPERATE", {"06"}}, {"AID", {"07"}},
      {"CONCEDE", {"08"}}, {"RETREAT", {"08"}}, {"ACCUSE", {"09", "11"}}, {"REQUEST", {"10"}}, {"REJECT", {"12"}},
      {"THREATEN", {"13"}}, {"PROTEST", {"14"}}, {"MOBILIZE", {"15"}}, {"SANCTION", {"16"}}, {"COERCE", {"17"}},
      {"ASSAULT", {"18", "19", "20"}}};
  return m;
}

std::string Upper(std::string s) {
  const std::string_view t = Trim(s);
  std::string out(t);
  for (char& c : out) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}
std::string CodeOf(const json& actor) {
  if (actor.is_object()) return actor.contains("code") && actor["code"].is_string() ? Upper(actor["code"].get<std::string>()) : "";
  return actor.is_string() ? Upper(actor.get<std::string>()) : "";
}
std::string CountryOf(const std::string& code) {
  if (code.rfind("IGO", 0) == 0) return code.substr(0, 6);
  const std::string head = code.substr(0, 3);
  return Roles().count(head) ? "" : head;
}
bool RootOk(const Scored& g, const Scored& p, bool strict) {
  if (!g.cameo.empty()) {
    if (p.cameo.empty()) return false;
    return strict ? p.cameo == g.cameo : p.cameo.substr(0, 2) == g.cameo.substr(0, 2);
  }
  if (!p.plover.empty()) return p.plover == g.plover;
  auto it = PloverRoots().find(g.plover);
  return !p.cameo.empty() && it != PloverRoots().end() && it->second.count(p.cameo.substr(0, 2));
}
bool ActorsOk(const std::string& gs, const std::string& gt, const std::string& ps, const std::string& pt, bool strict) {
  if (strict) return gs == ps && gt == pt;
  return CountryOf(gs) == CountryOf(ps) && CountryOf(gt) == CountryOf(pt);
}
bool Matches(const Scored& g, const Scored& p, bool strict) {
  if (!RootOk(g, p, strict)) return false;
  if (ActorsOk(g.source, g.target, p.source, p.target, strict)) return true;
  return g.symmetric && ActorsOk(g.source, g.target, p.target, p.source, strict);
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  void Add(const Counts& o) { tp += o.tp; fp += o.fp; fn += o.fn; }
  double P() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double R() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double F() const { const double p = P(), r = R(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// score_doc of score_events.py; also returns which golds and predictions stayed unmatched.
Counts ScoreDoc(const std::vector<Scored>& golds, const std::vector<Scored>& preds, bool strict,
                std::vector<const Scored*>* missed, std::vector<const Scored*>* spurious) {
  Counts c;
  std::vector<bool> used(preds.size(), false);
  std::vector<const Scored*> order;
  for (const Scored& g : golds) if (!g.optional) order.push_back(&g);
  for (const Scored& g : golds) if (g.optional) order.push_back(&g);
  std::vector<const Scored*> matched;
  for (const Scored* g : order) {
    size_t hit = preds.size();
    for (size_t i = 0; i < preds.size(); ++i) if (!used[i] && Matches(*g, preds[i], strict)) { hit = i; break; }
    if (hit < preds.size()) {
      used[hit] = true;
      matched.push_back(g);
      if (!g->optional) ++c.tp;
    } else if (!g->optional) {
      ++c.fn;
      if (missed) missed->push_back(g);
    }
  }
  for (size_t i = 0; i < preds.size(); ++i) {
    if (used[i]) continue;
    bool excused = false;
    for (const Scored* g : matched) excused = excused || (Matches(*g, preds[i], strict) && (g->optional || g->symmetric));
    for (const Scored& g : golds) excused = excused || (g.optional && Matches(g, preds[i], strict));
    if (excused) continue;
    ++c.fp;
    if (spurious) spurious->push_back(&preds[i]);
  }
  return c;
}

json CountsJson(const Counts& c) {
  auto r4 = [](double x) { return std::round(x * 10000) / 10000; };
  return {{"precision", r4(c.P())}, {"recall", r4(c.R())}, {"f1", r4(c.F())}, {"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}};
}

int RunEval(const EvalFlags& flags) {
  Result<std::string> data = ReadFile(flags.gold);
  if (!data.ok()) { PrintError(data.status().message()); return kExitFatal; }
  Result<std::unique_ptr<coder::Pipeline>> pipeline = coder::Pipeline::Load();
  if (!pipeline.ok()) { PrintError("loading data: " + pipeline.status().ToString()); return kExitFatal; }
  const coder::Coder& coder = (*pipeline)->coder();
  const ingest::Cleaner& cleaner = (*pipeline)->cleaner();

  std::string predictions_out;
  Counts levels[2];                      // dyad+root, strict
  std::map<std::string, Counts> per_root;  // dyad+root level, by gold/predicted root
  Counts detection;
  bool has_coding = false, has_detection = false;
  size_t bad_lines = 0, units = 0;
  json misses = json::array(), false_positives = json::array();
  std::string_view rest = *data;
  size_t line_number = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (Trim(line).empty()) continue;
    json unit;
    try {
      unit = json::parse(line);
    } catch (const json::exception& e) {
      PrintWarning(flags.gold + ":" + std::to_string(line_number) + ": not JSON (" + e.what() + "); skipped");
      ++bad_lines;
      continue;
    }
    if (!unit.is_object() || !unit.contains("text") || !unit["text"].is_string()) {
      PrintWarning(flags.gold + ":" + std::to_string(line_number) + ": no \"text\"; skipped");
      ++bad_lines;
      continue;
    }
    ++units;
    const std::string id = unit.contains("id") ? (unit["id"].is_string() ? unit["id"].get<std::string>() : unit["id"].dump()) : std::to_string(line_number);
    const std::string date = unit.contains("date") && unit["date"].is_string() ? unit["date"].get<std::string>() : "";
    ingest::Document doc;
    doc.id = id;
    doc.raw_text = unit["text"].get<std::string>();
    cleaner.Clean(&doc);
    std::vector<std::pair<uint32_t, uint32_t>> skip;
    for (const auto& r : doc.removed) skip.emplace_back(r.start, r.end);
    const std::vector<coder::Event> events = coder.Code(id, doc.raw_text, date, skip);
    std::vector<Scored> preds;
    for (const coder::Event& e : events) {
      coder::AppendEventJson(e, &predictions_out);
      preds.push_back({e.source.code, e.target ? e.target->code : "", e.cameo, e.plover, e.evidence, e.rule});
    }
    if (unit.contains("events") && unit["events"].is_array()) {
      has_coding = true;
      std::vector<Scored> golds;
      for (const json& g : unit["events"]) {
        Scored s;
        s.source = CodeOf(g.value("source", json()));
        s.target = CodeOf(g.value("target", json()));
        s.cameo = g.contains("cameo") && g["cameo"].is_string() ? g["cameo"].get<std::string>() : "";
        s.plover = g.contains("plover") && g["plover"].is_string() ? g["plover"].get<std::string>() : "";
        s.optional = g.value("optional", false);
        s.symmetric = g.value("symmetric", false);
        if (g.contains("evidence")) s.evidence = g["evidence"].is_string() ? g["evidence"].get<std::string>() : g["evidence"].dump();
        golds.push_back(std::move(s));
      }
      for (int strict = 0; strict < 2; ++strict) {
        std::vector<const Scored*> missed, spurious;
        levels[strict].Add(ScoreDoc(golds, preds, strict == 1, strict ? nullptr : &missed, strict ? nullptr : &spurious));
        if (strict) continue;
        for (const Scored* m : missed) {
          misses.push_back({{"id", id}, {"source", m->source}, {"target", m->target}, {"cameo", m->cameo}, {"plover", m->plover}, {"evidence", m->evidence}});
        }
        for (const Scored* p : spurious) {
          false_positives.push_back({{"id", id}, {"source", p->source}, {"target", p->target}, {"cameo", p->cameo}, {"evidence", p->evidence}, {"rule", p->rule}});
        }
      }
      // Per-root table: score each root's golds against the predictions of that root.
      std::set<std::string> roots;
      for (const Scored& g : golds) roots.insert(!g.cameo.empty() ? g.cameo.substr(0, 2) : g.plover);
      for (const Scored& p : preds) roots.insert(p.cameo.substr(0, 2));
      for (const std::string& root : roots) {
        std::vector<Scored> g_root, p_root;
        for (const Scored& g : golds) if ((!g.cameo.empty() ? g.cameo.substr(0, 2) : g.plover) == root) g_root.push_back(g);
        for (const Scored& p : preds) {
          const std::string pr = p.cameo.substr(0, 2);
          bool belongs = pr == root;
          auto it = PloverRoots().find(root);
          if (it != PloverRoots().end()) belongs = it->second.count(pr) > 0;
          if (belongs) p_root.push_back(p);
        }
        per_root[root].Add(ScoreDoc(g_root, p_root, false, nullptr, nullptr));
      }
    }
    if (unit.contains("label") && unit["label"].is_string()) {
      const std::string label = unit["label"].get<std::string>();
      if (label == "yes" || label == "easy no" || label == "difficult no") {
        has_detection = true;
        const std::string type = unit.value("event_type", "");
        auto it = PloverRoots().find(type);
        bool got = false;
        for (const Scored& p : preds) got = got || p.plover == type || (it != PloverRoots().end() && !p.cameo.empty() && it->second.count(p.cameo.substr(0, 2)));
        const bool want = label == "yes";
        detection.tp += want && got;
        detection.fp += got && !want;
        detection.fn += want && !got;
      }
    }
  }
  if (!flags.predictions.empty()) {
    if (Status st = WriteFile(flags.predictions, predictions_out); !st.ok()) { PrintError(st.message()); return kExitFatal; }
  }
  json result = json::object();
  if (has_coding) {
    result["dyad+root"] = CountsJson(levels[0]);
    result["strict"] = CountsJson(levels[1]);
  }
  if (has_detection) result["detection"] = CountsJson(detection);
  if (flags.json_output) {
    json full = result;
    json roots = json::object();
    for (const auto& [root, c] : per_root) roots[root] = CountsJson(c);
    full["per_root"] = roots;
    full["misses"] = misses;
    full["false_positives"] = false_positives;
    full["units"] = units;
    std::printf("%s\n", full.dump().c_str());
  } else {
    for (const auto& [level, r] : result.items()) {
      std::printf("%-10s P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n", level.c_str(), r["precision"].get<double>(),
                  r["recall"].get<double>(), r["f1"].get<double>(), r["tp"].get<size_t>(), r["fp"].get<size_t>(), r["fn"].get<size_t>());
    }
    if (!per_root.empty()) {
      std::printf("\nper root (dyad+root)\nroot       tp    fp    fn     P     R    F1\n");
      for (const auto& [root, c] : per_root) {
        std::printf("%-9s %4zu  %4zu  %4zu  %.2f  %.2f  %.2f\n", root.c_str(), c.tp, c.fp, c.fn, c.P(), c.R(), c.F());
      }
    }
    if (!misses.empty()) {
      std::printf("\nmissed gold events (first %zu of %zu)\n", std::min(flags.max_misses, misses.size()), misses.size());
      for (size_t i = 0; i < misses.size() && i < flags.max_misses; ++i) {
        const json& m = misses[i];
        std::printf("  %s  %s -> %s  %s  | %s\n", m["id"].get<std::string>().c_str(), m["source"].get<std::string>().c_str(),
                    m["target"].get<std::string>().c_str(), (m["cameo"].get<std::string>() + m["plover"].get<std::string>()).c_str(),
                    m["evidence"].get<std::string>().substr(0, 160).c_str());
      }
    }
    if (!false_positives.empty()) {
      std::printf("\nfalse positives (first %zu of %zu)\n", std::min(flags.max_misses, false_positives.size()), false_positives.size());
      for (size_t i = 0; i < false_positives.size() && i < flags.max_misses; ++i) {
        const json& m = false_positives[i];
        std::printf("  %s  %s -> %s  %s  | %s | %s\n", m["id"].get<std::string>().c_str(), m["source"].get<std::string>().c_str(),
                    m["target"].get<std::string>().c_str(), m["cameo"].get<std::string>().c_str(),
                    m["evidence"].get<std::string>().substr(0, 160).c_str(), m["rule"].get<std::string>().c_str());
      }
    }
  }
  return bad_lines > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterEval(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Code a gold file (JSONL: id, date, text, events or label/event_type) and score the events like\n"
              "tools/score_events.py: dyad+root and strict P/R/F1, detection, per-root table, misses.");
  cmd->add_option("gold", flags->gold, "gold JSONL file")->required();
  cmd->add_option("--predictions", flags->predictions, "also write the coded events (JSONL) to this file");
  cmd->add_flag("--json", flags->json_output, "print the scores, per-root table, misses and false positives as JSON");
  cmd->add_option("--show", flags->max_misses, "how many misses and false positives to list");
  cmd->callback([flags, run] { *run = [flags] { return RunEval(*flags); }; });
}

}  // namespace marsad::cli
