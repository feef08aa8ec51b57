// Loading, indexing, lookup and linting of the dictionaries (formats: docs/formats/dictionaries.md).
#include "dict/dictionary.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "base/file.h"

namespace marsad::dict {
namespace {

constexpr std::string_view kRoles[] = {
    "GOV", "MIL", "COP", "REB", "OPP", "CVL", "SPY", "JUD", "LEG", "MED", "EDU", "BUS", "REL", "HLH",
    "HRI", "LAB", "AGR", "ELI", "REF", "IGO", "NGO", "CRM", "UAF", "PTY", "ENV", "INS", "SEP", "MOD",
    "RAD", "IMG", "NGM", "DEV", "MNC", "INT"};
constexpr std::string_view kNonStatePrefixes[] = {"IGO", "NGO", "IMG", "KUR", "INT", "MNC", "NGM", "UAF"};

std::string FileName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Status LineError(const std::string& path, int line, const std::string& message) {
  return Status::InvalidArgument(path + ":" + std::to_string(line) + ": " + message);
}

// Splits a data line into exactly `n` tab-separated fields (extra trailing fields are an error too).
Status Fields(const std::string& path, int line, std::string_view text, size_t n,
              std::vector<std::string_view>* out) {
  *out = Split(text, '\t');
  if (out->size() != n) {
    return LineError(path, line, "expected " + std::to_string(n) + " tab-separated fields, got " +
                                     std::to_string(out->size()));
  }
  for (auto& f : *out) f = Trim(f);
  return Status::Ok();
}

std::string Optional(std::string_view field) { return field == "-" ? std::string() : std::string(field); }

std::vector<std::string> Alternatives(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view part : Split(field, '|')) {
    part = Trim(part);
    if (!part.empty()) out.emplace_back(part);
  }
  return out;
}

bool AllUpperAlnum(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool ValidSlot(std::string_view slot) {
  if (slot == "subj" || slot == "obj" || slot == "poss" || slot == "none" || slot == "self" || slot == "clause") return true;
  return slot.size() > 5 && slot.substr(0, 5) == "prep:";
}

// True when the word holds ASCII punctuation or symbols the tokenizer would split off, so a phrase with it
// can never match a token sequence.
bool HasSplittingPunctuation(std::string_view word) {
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return true;
  }
  return false;
}

bool RangesOverlap(const ActorEntry& a, const ActorEntry& b) {
  // Inclusive ranges; sharing only the handover day (a.to == b.from) is not an overlap.
  std::string a_from = a.from.empty() ? "0000-00-00" : a.from, a_to = a.to.empty() ? "9999-99-99" : a.to;
  std::string b_from = b.from.empty() ? "0000-00-00" : b.from, b_to = b.to.empty() ? "9999-99-99" : b.to;
  return a_from < b_to && b_from < a_to;
}

}  // namespace

bool IsKnownRole(std::string_view role) {
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}
bool IsKnownNonStatePrefix(std::string_view prefix) {
  return std::find(std::begin(kNonStatePrefixes), std::end(kNonStatePrefixes), prefix) !=
         std::end(kNonStatePrefixes);
}

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool ActorEntry::ValidOn(std::string_view date) const {
  if (date.empty()) return true;
  if (!from.empty() && date < std::string_view(from)) return false;
  if (!to.empty() && date > std::string_view(to)) return false;
  return true;
}

std::string Problem::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += error() ? ": error: " : ": warning: ";
  return out + message;
}

std::string Stats::ToString() const {
  std::ostringstream o;
  auto dump = [&o](const char* name, const std::map<std::string, size_t>& m) {
    o << name << ":";
    for (const auto& [k, v] : m) o << " " << k << "=" << v;
    o << "\n";
  };
  dump("files", per_file);
  dump("actor kinds", actor_kinds);
  dump("agent roles", agent_roles);
  dump("event roots", event_roots);
  dump("place kinds", place_kinds);
  o << "dated actor entries: " << dated_actors << ", persons: " << persons << ", countries: " << countries
    << ", organisations: " << organisations << ", armed groups: " << groups << "\n";
  return o.str();
}

DictionaryPaths DictionaryPaths::InDataDir(const std::string& data_dir) {
  std::string d = data_dir + "/dict/";
  return {d + "actors.tsv", d + "agents.tsv", d + "events.tsv", d + "places.tsv", d + "cameo_codes.tsv"};
}

// ------------------------------------------------------------------------------------------------ index
void Dictionaries::Index::Add(const std::string& norm, size_t i) {
  std::vector<size_t>& ids = by_phrase[norm];  // node-based map: the reference stays valid as it grows
  ids.push_back(i);
  size_t words = 1 + std::count(norm.begin(), norm.end(), ' ');
  FirstWord& f = by_first[norm.substr(0, norm.find(' '))];
  f.max_words = std::max(f.max_words, words);
  if (words == 1) f.alone = &ids;
  else f.continues = true;
  // Every proper prefix of two words or more, so Longest() stops as soon as no phrase can continue.
  size_t pos = norm.find(' ');
  if (pos == std::string::npos) return;
  for (pos = norm.find(' ', pos + 1); pos != std::string::npos; pos = norm.find(' ', pos + 1)) prefixes.insert(norm.substr(0, pos));
}

template <typename Accept>
size_t Dictionaries::Index::Longest(std::span<const std::string> tokens, size_t start, Accept accept,
                                    const std::vector<size_t>** hit) const {
  if (start >= tokens.size()) return 0;
  auto it = by_first.find(tokens[start]);
  if (it == by_first.end()) return 0;
  const FirstWord& f = it->second;
  size_t best = 0;
  if (f.alone && accept(*f.alone)) {
    *hit = f.alone;
    best = 1;
  }
  const size_t max_n = std::min(f.max_words, tokens.size() - start);
  if (!f.continues || max_n < 2) return best;
  // Grow the phrase word by word while it is a prefix of some entry; remember the longest accepted one.
  std::string key = tokens[start];
  for (size_t n = 2; n <= max_n; ++n) {
    key += ' ';
    key += tokens[start + n - 1];
    auto found = by_phrase.find(key);
    if (found != by_phrase.end() && accept(found->second)) {
      *hit = &found->second;
      best = n;
    }
    if (n < max_n && prefixes.find(key) == prefixes.end()) break;
  }
  return best;
}

std::string Dictionaries::NormalizePhrase(std::string_view phrase) const {
  std::string norm = data_->normalizer->Normalize(phrase);
  std::string out;
  for (std::string_view w : Split(norm, ' ')) {
    w = Trim(w);
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ loading
Result<Dictionaries> Dictionaries::Load(const std::string& data_dir, const text::Normalizer& normalizer) {
  return LoadFiles(DictionaryPaths::InDataDir(data_dir), normalizer);
}

Result<Dictionaries> Dictionaries::LoadFiles(const DictionaryPaths& paths, const text::Normalizer& normalizer) {
  Dictionaries d;
  d.data_->paths = paths;
  d.data_->normalizer.emplace(normalizer);
  MARSAD_RETURN_IF_ERROR(d.LoadCameo());
  MARSAD_RETURN_IF_ERROR(d.LoadActors());
  MARSAD_RETURN_IF_ERROR(d.LoadAgents());
  MARSAD_RETURN_IF_ERROR(d.LoadEvents());
  MARSAD_RETURN_IF_ERROR(d.LoadPlaces());
  const std::pair<const Index*, uint8_t> kinds[] = {{&d.data_->actor_index, kStartsActor}, {&d.data_->agent_index, kStartsAgent},
                                                    {&d.data_->event_index, kStartsEvent}, {&d.data_->place_index, kStartsPlace}};
  for (const auto& [index, bit] : kinds) {
    for (const auto& [word, first] : index->by_first) d.data_->first_words[word] |= bit;
  }
  for (const EventPattern& e : d.data_->events) {
    const size_t space = e.norm.find(' ');
    if (space != std::string::npos) d.data_->multiword_events[e.norm.substr(0, space)].push_back(&e);
  }
  return d;
}

const std::vector<const EventPattern*>& Dictionaries::MultiWordEventsStartingWith(const std::string& first_word) const {
  static const std::vector<const EventPattern*> kNone;
  auto it = data_->multiword_events.find(first_word);
  return it == data_->multiword_events.end() ? kNone : it->second;
}

uint8_t Dictionaries::StartsAt(const std::string& word) const {
  auto it = data_->first_words.find(word);
  return it == data_->first_words.end() ? 0 : it->second;
}

Status Dictionaries::LoadCameo() {
  const std::string& path = data_->paths.cameo;
  return ForEachDataLine(path, [&](int line, std::string_view text) -> Status {
    std::vector<std::string_view> f;
    MARSAD_RETURN_IF_ERROR(Fields(path, line, text, 7, &f));
    CameoCode c;
    c.code = f[0];
    c.root = f[1];
    c.line = line;
    char* end = nullptr;
    std::string level(f[2]), quad(f[3]), gold(f[4]);
    c.level = static_cast<int>(std::strtol(level.c_str(), &end, 10));
    if (*end || level.empty()) return LineError(path, line, "level is not a number: " + level);
    c.quad_class = static_cast<int>(std::strtol(quad.c_str(), &end, 10));
    if (*end || quad.empty()) return LineError(path, line, "quad class is not a number: " + quad);
    c.goldstein = std::strtod(gold.c_str(), &end);
    if (*end || gold.empty()) return LineError(path, line, "Goldstein score is not a number: " + gold);
    c.plover = Optional(f[5]);
    c.label = f[6];
    if (c.code.empty() || !std::all_of(c.code.begin(), c.code.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      return LineError(path, line, "CAMEO code must be digits: '" + c.code + "'");
    if (data_->cameo_index.count(c.code)) return LineError(path, line, "CAMEO code listed twice: " + c.code);
    data_->cameo_index[c.code] = data_->cameo.size();
    data_->cameo.push_back(std::move(c));
    return Status::Ok();
  });
}

Status Dictionaries::LoadActors() {
  const std::string& path = data_->paths.actors;
  return ForEachDataLine(path, [&](int line, std::string_view text) -> Status {
    std::vector<std::string_view> f;
    MARSAD_RETURN_IF_ERROR(Fields(path, line, text, 7, &f));
    ActorEntry e;
    e.phrase = f[0];
    e.norm = NormalizePhrase(f[0]);
    e.code = f[1];
    e.from = Optional(f[2]);
    e.to = Optional(f[3]);
    e.kind = f[4];
    e.id = f[5];
    e.source = f[6];
    e.line = line;
    if (e.phrase.empty()) return LineError(path, line, "empty phrase");
    if (!e.from.empty() && !IsValidDate(e.from))
      return LineError(path, line, "FROM is not a date YYYY-MM-DD: '" + e.from + "'");
    if (!e.to.empty() && !IsValidDate(e.to))
      return LineError(path, line, "TO is not a date YYYY-MM-DD: '" + e.to + "'");
    if (!e.norm.empty()) data_->actor_index.Add(e.norm, data_->actors.size());
    data_->actors.push_back(std::move(e));
    return Status::Ok();
  });
}

Status Dictionaries::LoadAgents() {
  const std::string& path = data_->paths.agents;
  return ForEachDataLine(path, [&](int line, std::string_view text) -> Status {
    std::vector<std::string_view> f;
    MARSAD_RETURN_IF_ERROR(Fields(path, line, text, 4, &f));
    AgentEntry e;
    e.phrase = f[0];
    e.norm = NormalizePhrase(f[0]);
    e.role = f[1];
    e.source = f[2];
    e.line = line;
    if (e.phrase.empty()) return LineError(path, line, "empty phrase");
    if (!e.norm.empty()) data_->agent_index.Add(e.norm, data_->agents.size());
    data_->agents.push_back(std::move(e));
    return Status::Ok();
  });
}

Status Dictionaries::LoadEvents() {
  const std::string& path = data_->paths.events;
  return ForEachDataLine(path, [&](int line, std::string_view text) -> Status {
    std::vector<std::string_view> f;
    MARSAD_RETURN_IF_ERROR(Fields(path, line, text, 7, &f));
    EventPattern e;
    e.phrase = f[0];
    e.norm = NormalizePhrase(f[0]);
    e.cameo = f[1];
    e.source_slots = Alternatives(f[2]);
    e.target_slots = Alternatives(f[3]);
    e.form = f[4];
    e.lemma = f[5];
    e.source = f[6];
    e.line = line;
    if (e.phrase.empty()) return LineError(path, line, "empty pattern");
    for (const auto* slots : {&e.source_slots, &e.target_slots}) {
      if (slots->empty()) return LineError(path, line, "empty slot field (use 'none')");
      for (const std::string& s : *slots)
        if (!ValidSlot(s))
          return LineError(path, line, "bad slot '" + s + "' (expected subj, obj, poss, self, clause, none or prep:X)");
    }
    if (!e.norm.empty()) data_->event_index.Add(e.norm, data_->events.size());
    data_->events.push_back(std::move(e));
    return Status::Ok();
  });
}

Status Dictionaries::LoadPlaces() {
  const std::string& path = data_->paths.places;
  return ForEachDataLine(path, [&](int line, std::string_view text) -> Status {
    std::vector<std::string_view> f;
    MARSAD_RETURN_IF_ERROR(Fields(path, line, text, 7, &f));
    PlaceEntry p;
    p.name = f[0];
    p.norm = NormalizePhrase(f[0]);
    p.country = f[1];
    std::string lat(f[2]), lon(f[3]), pop(f[5]);
    char* end = nullptr;
    p.lat = std::strtod(lat.c_str(), &end);
    if (*end || lat.empty()) return LineError(path, line, "latitude is not a number: '" + lat + "'");
    p.lon = std::strtod(lon.c_str(), &end);
    if (*end || lon.empty()) return LineError(path, line, "longitude is not a number: '" + lon + "'");
    p.kind = f[4];
    p.population = std::strtoll(pop.c_str(), &end, 10);
    if (*end || pop.empty()) return LineError(path, line, "population is not a number: '" + pop + "'");
    p.line = line;
    if (!p.norm.empty()) data_->place_index.Add(p.norm, data_->places.size());
    data_->places.push_back(std::move(p));
    return Status::Ok();
  });
}

// ------------------------------------------------------------------------------------------------ lookup
Match<ActorEntry> Dictionaries::MatchActor(std::span<const std::string> tokens, size_t start,
                                           std::string_view date) const {
  Match<ActorEntry> m;
  const std::vector<size_t>* hit = nullptr;
  const auto& actors = data_->actors;
  m.length = data_->actor_index.Longest(
      tokens, start,
      [&](const std::vector<size_t>& ids) {
        return std::any_of(ids.begin(), ids.end(), [&](size_t i) { return actors[i].ValidOn(date); });
      },
      &hit);
  if (hit)
    for (size_t i : *hit)
      if (actors[i].ValidOn(date)) m.entries.push_back(&actors[i]);
  return m;
}

namespace {
template <typename T>
std::vector<const T*> Pointers(const std::vector<T>& all, const std::vector<size_t>* ids) {
  std::vector<const T*> out;
  if (ids)
    for (size_t i : *ids) out.push_back(&all[i]);
  return out;
}
}  // namespace

Match<AgentEntry> Dictionaries::MatchAgent(std::span<const std::string> tokens, size_t start) const {
  Match<AgentEntry> m;
  const std::vector<size_t>* hit = nullptr;
  m.length = data_->agent_index.Longest(tokens, start, [](const auto&) { return true; }, &hit);
  m.entries = Pointers(data_->agents, hit);
  return m;
}

Match<PlaceEntry> Dictionaries::MatchPlace(std::span<const std::string> tokens, size_t start) const {
  Match<PlaceEntry> m;
  const std::vector<size_t>* hit = nullptr;
  m.length = data_->place_index.Longest(tokens, start, [](const auto&) { return true; }, &hit);
  m.entries = Pointers(data_->places, hit);
  // Most populous first: the likeliest reading of an ambiguous name.
  std::stable_sort(m.entries.begin(), m.entries.end(),
                   [](const PlaceEntry* a, const PlaceEntry* b) { return a->population > b->population; });
  return m;
}

Match<EventPattern> Dictionaries::MatchEvent(std::span<const std::string> tokens, size_t start) const {
  Match<EventPattern> m;
  const std::vector<size_t>* hit = nullptr;
  m.length = data_->event_index.Longest(tokens, start, [](const auto&) { return true; }, &hit);
  m.entries = Pointers(data_->events, hit);
  return m;
}

std::vector<const ActorEntry*> Dictionaries::LookupActor(std::string_view phrase, std::string_view date) const {
  std::vector<const ActorEntry*> out;
  auto it = data_->actor_index.by_phrase.find(NormalizePhrase(phrase));
  if (it != data_->actor_index.by_phrase.end())
    for (size_t i : it->second)
      if (data_->actors[i].ValidOn(date)) out.push_back(&data_->actors[i]);
  return out;
}

std::vector<const AgentEntry*> Dictionaries::LookupAgent(std::string_view phrase) const {
  auto it = data_->agent_index.by_phrase.find(NormalizePhrase(phrase));
  return Pointers(data_->agents, it == data_->agent_index.by_phrase.end() ? nullptr : &it->second);
}

std::vector<const EventPattern*> Dictionaries::LookupEvent(std::string_view phrase) const {
  auto it = data_->event_index.by_phrase.find(NormalizePhrase(phrase));
  return Pointers(data_->events, it == data_->event_index.by_phrase.end() ? nullptr : &it->second);
}

std::vector<const PlaceEntry*> Dictionaries::LookupPlace(std::string_view phrase) const {
  auto it = data_->place_index.by_phrase.find(NormalizePhrase(phrase));
  return Pointers(data_->places, it == data_->place_index.by_phrase.end() ? nullptr : &it->second);
}

const CameoCode* Dictionaries::Cameo(std::string_view code) const {
  auto it = data_->cameo_index.find(std::string(code));
  return it == data_->cameo_index.end() ? nullptr : &data_->cameo[it->second];
}

// ------------------------------------------------------------------------------------------------ lint
std::vector<Problem> Dictionaries::Check() const {
  std::vector<Problem> out;
  const DictionaryPaths& p = data_->paths;
  auto error = [&out](const std::string& file, int line, std::string msg) {
    out.push_back({Problem::Severity::kError, file, line, std::move(msg)});
  };
  auto warning = [&out](const std::string& file, int line, std::string msg) {
    out.push_back({Problem::Severity::kWarning, file, line, std::move(msg)});
  };
  auto check_phrase = [&](const std::string& file, int line, const std::string& phrase, const std::string& norm) {
    if (norm.empty()) {
      error(file, line, "'" + phrase + "' normalises to nothing and can never match");
      return;
    }
    for (std::string_view w : Split(norm, ' '))
      if (HasSplittingPunctuation(w)) {
        warning(file, line, "'" + phrase + "' holds punctuation the tokenizer splits off; it may never match");
        return;
      }
  };

  // CAMEO table: every code's root must exist.
  for (const CameoCode& c : data_->cameo)
    if (c.code.size() < 2 || c.root != c.code.substr(0, 2) || !Cameo(c.root))
      error(p.cameo, c.line, "code " + c.code + " has root '" + c.root + "' that is not its first two digits or not listed");

  // Actors.
  std::set<std::string> country_codes;
  for (const ActorEntry& e : data_->actors)
    if (e.kind == "country") country_codes.insert(e.code);
  static const std::set<std::string> kKinds = {"country", "nisba", "capital", "org", "group", "person"};
  for (const ActorEntry& e : data_->actors) {
    check_phrase(p.actors, e.line, e.phrase, e.norm);
    if (!kKinds.count(e.kind)) error(p.actors, e.line, "unknown KIND '" + e.kind + "'");
    if (e.code.size() < 3 || e.code.size() > 16 || !AllUpperAlnum(e.code)) {
      error(p.actors, e.line, "malformed actor code '" + e.code + "' (expected 3 to 16 upper-case letters)");
      continue;
    }
    std::string prefix = e.code.substr(0, 3);
    bool state = country_codes.count(prefix) > 0;
    if (!state && !IsKnownNonStatePrefix(prefix)) {
      error(p.actors, e.line, "actor code '" + e.code + "' starts with '" + prefix +
                                   "', which is neither a country of actors.tsv nor IGO/NGO/IMG/KUR/INT/MNC");
      continue;
    }
    if (state || (prefix != "IGO" && prefix != "NGO")) {
      // Country codes and other prefixes are followed by 3-letter roles; IGO/NGO by a free short code.
      for (size_t k = 3; k + 3 <= e.code.size(); k += 3)
        if (!IsKnownRole(e.code.substr(k, 3)))
          error(p.actors, e.line, "actor code '" + e.code + "' has unknown role '" + e.code.substr(k, 3) + "'");
      if (e.code.size() % 3 != 0) error(p.actors, e.line, "actor code '" + e.code + "' has a partial role");
    }
    if (!e.from.empty() && !e.to.empty() && e.from > e.to)
      error(p.actors, e.line, "date range ends before it starts: " + e.from + ".." + e.to);
    if (e.kind == "person" && !e.dated()) warning(p.actors, e.line, "office holder without a date range");
  }
  for (const auto& [norm, ids] : data_->actor_index.by_phrase) {
    for (size_t a = 0; a < ids.size(); ++a) {
      for (size_t b = a + 1; b < ids.size(); ++b) {
        const ActorEntry& x = data_->actors[ids[a]];
        const ActorEntry& y = data_->actors[ids[b]];
        std::string where = "line " + std::to_string(x.line);
        if (x.code == y.code && x.from == y.from && x.to == y.to) {
          warning(p.actors, y.line, "duplicate of " + where + " ('" + y.phrase + "' " + y.code + ")");
        } else if (x.code != y.code) {
          if (!x.dated() && !y.dated()) {
            error(p.actors, y.line, "'" + y.phrase + "' maps to " + y.code + " but " + where + " maps it to " +
                                        x.code + ", both without a date range");
          } else if (x.dated() && y.dated()) {
            if (RangesOverlap(x, y))
              error(p.actors, y.line, "'" + y.phrase + "' is " + y.code + " from " + (y.from.empty() ? "-" : y.from) +
                                          " to " + (y.to.empty() ? "-" : y.to) + ", overlapping " + where + " (" +
                                          x.code + " " + (x.from.empty() ? "-" : x.from) + ".." +
                                          (x.to.empty() ? "-" : x.to) + ")");
          } else {
            warning(p.actors, y.line, "'" + y.phrase + "' maps to " + y.code + " and to " + x.code + " (" + where +
                                          "); the undated one always applies");
          }
        }
      }
    }
  }

  // Agents.
  for (const AgentEntry& e : data_->agents) {
    check_phrase(p.agents, e.line, e.phrase, e.norm);
    if (!IsKnownRole(e.role)) error(p.agents, e.line, "unknown role '" + e.role + "'");
  }
  for (const auto& [norm, ids] : data_->agent_index.by_phrase)
    for (size_t k = 1; k < ids.size(); ++k) {
      const AgentEntry& x = data_->agents[ids[0]];
      const AgentEntry& y = data_->agents[ids[k]];
      if (x.role == y.role)
        warning(p.agents, y.line, "duplicate of line " + std::to_string(x.line) + " ('" + y.phrase + "')");
      else
        error(p.agents, y.line, "'" + y.phrase + "' is " + y.role + " but line " + std::to_string(x.line) +
                                    " makes it " + x.role);
    }

  // Events.
  for (const EventPattern& e : data_->events) {
    check_phrase(p.events, e.line, e.phrase, e.norm);
    if (!Cameo(e.cameo)) error(p.events, e.line, "unknown CAMEO code '" + e.cameo + "'");
  }
  for (const auto& [norm, ids] : data_->event_index.by_phrase)
    for (size_t k = 1; k < ids.size(); ++k) {
      const EventPattern& x = data_->events[ids[0]];
      const EventPattern& y = data_->events[ids[k]];
      if (x.cameo == y.cameo)
        warning(p.events, y.line, "duplicate of line " + std::to_string(x.line) + " ('" + y.phrase + "')");
      else
        error(p.events, y.line, "'" + y.phrase + "' is " + y.cameo + " but line " + std::to_string(x.line) +
                                    " makes it " + x.cameo);
    }

  // Places.
  static const std::set<std::string> kPlaceKinds = {"city", "province", "country"};
  for (const PlaceEntry& e : data_->places) {
    check_phrase(p.places, e.line, e.name, e.norm);
    if (e.country.size() != 3 || !AllUpperAlnum(e.country))
      error(p.places, e.line, "malformed country code '" + e.country + "'");
    if (e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180)
      error(p.places, e.line, "coordinates out of range");
    if (!kPlaceKinds.count(e.kind)) error(p.places, e.line, "unknown place KIND '" + e.kind + "'");
  }
  for (const auto& [norm, ids] : data_->place_index.by_phrase) {
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i : ids) {
      const PlaceEntry& e = data_->places[i];
      if (!seen.insert({e.country, e.kind}).second)
        warning(p.places, e.line, "'" + e.name + "' listed twice as a " + e.kind + " of " + e.country);
    }
  }

  std::stable_sort(out.begin(), out.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.severity, a.file, a.line) < std::tie(b.severity, b.file, b.line);
  });
  return out;
}

Stats Dictionaries::GetStats() const {
  Stats s;
  const DictionaryPaths& p = data_->paths;
  s.per_file[FileName(p.actors)] = data_->actors.size();
  s.per_file[FileName(p.agents)] = data_->agents.size();
  s.per_file[FileName(p.events)] = data_->events.size();
  s.per_file[FileName(p.places)] = data_->places.size();
  s.per_file[FileName(p.cameo)] = data_->cameo.size();
  std::set<std::string> persons, countries, orgs, groups;
  for (const ActorEntry& e : data_->actors) {
    ++s.actor_kinds[e.kind];
    if (e.dated()) ++s.dated_actors;
    if (e.kind == "person") persons.insert(e.id);
    if (e.kind == "country") countries.insert(e.code);
    if (e.kind == "org") orgs.insert(e.code);
    if (e.kind == "group") groups.insert(e.code + "/" + e.id);
  }
  s.persons = persons.size();
  s.countries = countries.size();
  s.organisations = orgs.size();
  s.groups = groups.size();
  for (const AgentEntry& e : data_->agents) ++s.agent_roles[e.role];
  for (const EventPattern& e : data_->events) ++s.event_roots[e.cameo.substr(0, 2)];
  for (const PlaceEntry& e : data_->places) ++s.place_kinds[e.kind];
  return s;
}

}  // namespace marsad::dict
