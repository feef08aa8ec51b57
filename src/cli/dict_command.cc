// `marsad dict check|stats|lookup`: lint the dictionaries, count them, and show what a phrase resolves to.
#include <cstdio>
#include <memory>

#include "base/file.h"
#include "base/json_writer.h"
#include "cli/commands.h"
#include "dict/dictionary.h"
#include "text/analyzer.h"

namespace marsad::cli {
namespace {

struct DictFlags {
  std::string text;
  std::string date;
  bool json = false;
};

// Loads the analyzer and dictionaries or prints why not.
bool LoadAll(std::optional<text::Analyzer>* analyzer, std::optional<dict::Dictionaries>* dicts) {
  Result<text::Analyzer> a = text::Analyzer::Load();
  if (!a.ok()) { PrintError("loading data: " + a.status().ToString()); return false; }
  Result<dict::Dictionaries> d = dict::Dictionaries::Load(DataDir(), a->normalizer());
  if (!d.ok()) { PrintError("loading dictionaries: " + d.status().ToString()); return false; }
  analyzer->emplace(std::move(a).value());
  dicts->emplace(std::move(d).value());
  return true;
}

std::string Where(const std::string& path, int line) {
  return path + ":" + std::to_string(line);
}

int Lookup(const DictFlags& flags) {
  std::optional<text::Analyzer> analyzer;
  std::optional<dict::Dictionaries> dicts;
  if (!LoadAll(&analyzer, &dicts)) return kExitFatal;
  text::AnalyzedText a;
  analyzer->Analyze(flags.text, 0, std::nullopt, &a);
  // Two readings of every word: as written (normalised) and its best clitic-stripped stem.
  std::vector<std::string> words, stems;
  std::vector<size_t> token_of;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& t = a.tokens[i];
    if (t.kind == text::TokenKind::kPunctuation) continue;
    words.push_back(t.norm);
    stems.push_back(t.kind == text::TokenKind::kWord ? analyzer->segmenter().Stem(t.norm) : t.norm);
    token_of.push_back(i);
  }
  const dict::DictionaryPaths& paths = dicts->paths();
  std::string out;
  size_t found = 0;
  for (const auto* reading : {&words, &stems}) {
    const std::span<const std::string> tokens(*reading);
    for (size_t i = 0; i < tokens.size(); ++i) {
      auto span_text = [&](size_t n) {
        const text::Token& first = a.tokens[token_of[i]];
        const text::Token& last = a.tokens[token_of[i + n - 1]];
        return flags.text.substr(first.begin, last.end - first.begin);
      };
      auto emit = [&](const char* kind, size_t n, const std::string& what, const std::string& where) {
        JsonWriter w(&out);
        w.BeginObject().Field("kind", kind).Field("text", span_text(n)).Field("reading", reading == &words ? "word" : "stem");
        w.Field("resolves_to", what).Field("rule", where).EndObject();
        out.push_back('\n');
        ++found;
      };
      if (auto m = dicts->MatchActor(tokens, i, flags.date)) {
        for (const auto* e : m.entries) {
          emit("actor", m.length, e->code + " (" + e->kind + (e->dated() ? ", " + e->from + ".." + e->to : "") + ")", Where(paths.actors, e->line));
        }
      }
      if (auto m = dicts->MatchAgent(tokens, i)) for (const auto* e : m.entries) emit("agent", m.length, e->role, Where(paths.agents, e->line));
      if (auto m = dicts->MatchEvent(tokens, i)) {
        for (const auto* e : m.entries) {
          const dict::CameoCode* c = dicts->Cameo(e->cameo);
          emit("event", m.length, e->cameo + (c ? " " + c->label : ""), Where(paths.events, e->line));
        }
      }
      if (auto m = dicts->MatchPlace(tokens, i)) {
        for (const auto* e : m.entries) emit("place", m.length, e->country + " " + e->kind, Where(paths.places, e->line));
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (found == 0) std::fprintf(stderr, "marsad dict lookup: nothing in the dictionaries matches '%s'\n", flags.text.c_str());
  return kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<DictFlags>();
  CLI::App* cmd = app.add_subcommand("dict", "Check, count and query the dictionaries in data/dict.");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand("check", "Lint the dictionaries; exit 1 when there are errors (warnings are printed only).");
  CLI::App* stats = cmd->add_subcommand("stats", "Count entries per file, kind, role and CAMEO root.");
  CLI::App* lookup = cmd->add_subcommand("lookup", "Show what each phrase of TEXT resolves to, and the rule (file:line).");
  lookup->add_option("text", flags->text, "Arabic text, e.g. \"وزير الدفاع الروسي سيرغي شويغو\"")->required();
  lookup->add_option("--date", flags->date, "only office holders in post on this date (YYYY-MM-DD)");
  check->callback([run] {
    *run = []() -> int {
      std::optional<text::Analyzer> analyzer;
      std::optional<dict::Dictionaries> dicts;
      if (!LoadAll(&analyzer, &dicts)) return kExitFatal;
      size_t errors = 0, warnings = 0;
      for (const dict::Problem& p : dicts->Check()) {
        std::printf("%s\n", p.ToString().c_str());
        (p.error() ? errors : warnings)++;
      }
      std::fprintf(stderr, "marsad dict check: %zu error(s), %zu warning(s)\n", errors, warnings);
      return errors > 0 ? kExitPartial : kExitOk;
    };
  });
  stats->callback([run] {
    *run = []() -> int {
      std::optional<text::Analyzer> analyzer;
      std::optional<dict::Dictionaries> dicts;
      if (!LoadAll(&analyzer, &dicts)) return kExitFatal;
      std::printf("%s", dicts->GetStats().ToString().c_str());
      return kExitOk;
    };
  });
  lookup->callback([flags, run] { *run = [flags] { return Lookup(*flags); }; });
}

}  // namespace marsad::cli
