// The coder's knowledge: actors, agents (role words), event patterns, places and the CAMEO code table,
// loaded from data/dict/*.tsv (format: docs/formats/dictionaries.md), indexed by normalised phrase, and linted.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include <vector>

#include "base/status.h"
#include "text/normalizer.h"

namespace marsad::dict {

// An actor phrase (country, nisba, capital, organisation, armed group or office holder) and its code.
struct ActorEntry {
  std::string phrase;  // as printed in the file
  std::string norm;    // normalised words joined by single spaces
  std::string code;    // e.g. IRNMIL, IGOUNO, LBNREB
  std::string from;    // YYYY-MM-DD or "" (open)
  std::string to;      // YYYY-MM-DD or "" (open); both ends inclusive
  std::string kind;    // country nisba capital org group person
  std::string id;      // the entity: country code, org code, group id, person's canonical name
  std::string source;
  int line = 0;

  bool dated() const { return !from.empty() || !to.empty(); }
  // True when the entry holds on `date` (YYYY-MM-DD); an empty date (unknown) matches every entry.
  bool ValidOn(std::string_view date) const;
};

// A role word that combines with a country: "رئيس الاركان" -> MIL.
struct AgentEntry {
  std::string phrase;
  std::string norm;
  std::string role;  // GOV MIL COP REB OPP CVL ...
  std::string source;
  int line = 0;
};

// A verb form, verbal noun or fixed expression -> CAMEO event code, with where source and target sit.
struct EventPattern {
  std::string phrase;
  std::string norm;
  std::string cameo;
  std::vector<std::string> source_slots;  // subj obj poss self none prep:X
  std::vector<std::string> target_slots;
  std::string form;   // past pres fut noun ...
  std::string lemma;  // the entry the form was generated from
  std::string source;
  int line = 0;
};

struct PlaceEntry {
  std::string name;
  std::string norm;
  std::string country;  // ISO 3166 alpha-3
  double lat = 0;
  double lon = 0;
  std::string kind;  // city province country
  long long population = 0;
  int line = 0;
};

struct CameoCode {
  std::string code;
  std::string root;  // "01".."20"
  int level = 0;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover;  // "" when the code has no PLOVER type
  std::string label;
  int line = 0;
};

// The result of a longest-match lookup: how many tokens matched (0 = none) and every entry for that phrase.
template <typename T>
struct Match {
  size_t length = 0;
  std::vector<const T*> entries;
  explicit operator bool() const { return length > 0; }
};

struct Problem {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string file;  // path as loaded
  int line = 0;      // 0 when the problem is not tied to one line
  std::string message;
  bool error() const { return severity == Severity::kError; }
  // "data/dict/actors.tsv:12: error: ..."
  std::string ToString() const;
};

struct Stats {
  std::map<std::string, size_t> per_file;     // entries per file name
  std::map<std::string, size_t> actor_kinds;  // country nisba capital org group person
  std::map<std::string, size_t> agent_roles;
  std::map<std::string, size_t> event_roots;  // "01".."20"
  std::map<std::string, size_t> place_kinds;
  size_t dated_actors = 0;     // actor entries with a date range
  size_t persons = 0;          // distinct person ids
  size_t countries = 0;        // distinct codes of country entries
  size_t organisations = 0;    // distinct org codes
  size_t groups = 0;           // distinct group ids
  std::string ToString() const;
};

// File paths of one dictionary set; Load() fills them from a data folder.
struct DictionaryPaths {
  std::string actors, agents, events, places, cameo;
  static DictionaryPaths InDataDir(const std::string& data_dir);  // data_dir + "/dict/..."
};

class Dictionaries {
 public:
  // Loads all dictionary files under data_dir/dict. Fails, naming file:line, on malformed lines; semantic
  // problems (conflicts, unknown codes) are left for Check().
  static Result<Dictionaries> Load(const std::string& data_dir, const text::Normalizer& normalizer);
  static Result<Dictionaries> LoadFiles(const DictionaryPaths& paths, const text::Normalizer& normalizer);

  // Longest phrase starting at tokens[start]; tokens are normalised words (one word per element).
  // MatchActor keeps only entries valid on `date` (YYYY-MM-DD; empty = any date); a phrase whose entries
  // are all out of range does not match, so a shorter one may.
  Match<ActorEntry> MatchActor(std::span<const std::string> tokens, size_t start,
                               std::string_view date = {}) const;
  Match<AgentEntry> MatchAgent(std::span<const std::string> tokens, size_t start) const;
  Match<PlaceEntry> MatchPlace(std::span<const std::string> tokens, size_t start) const;
  Match<EventPattern> MatchEvent(std::span<const std::string> tokens, size_t start) const;
  // Multi-word event patterns whose first word is `first_word` (normalised), for callers that match the
  // rest after a gap (أطلقت [طائرة إسرائيلية] صاروخا).
  const std::vector<const EventPattern*>& MultiWordEventsStartingWith(const std::string& first_word) const;

  // Which kinds of phrase can begin with this normalised word (a bitmask of kStarts*): one hash lookup
  // that lets a caller skip the Match* calls that cannot succeed.
  static constexpr uint8_t kStartsActor = 1, kStartsAgent = 2, kStartsEvent = 4, kStartsPlace = 8;
  uint8_t StartsAt(const std::string& word) const;

  // Exact lookups of a phrase given as printed or normalised (it is normalised again; that is idempotent).
  std::vector<const ActorEntry*> LookupActor(std::string_view phrase, std::string_view date = {}) const;
  std::vector<const AgentEntry*> LookupAgent(std::string_view phrase) const;
  std::vector<const EventPattern*> LookupEvent(std::string_view phrase) const;
  std::vector<const PlaceEntry*> LookupPlace(std::string_view phrase) const;
  const CameoCode* Cameo(std::string_view code) const;

  // Normalises a phrase the way the index does: normaliser, then words joined by single spaces.
  std::string NormalizePhrase(std::string_view phrase) const;

  // Lints the loaded dictionaries (see docs/formats/dictionaries.md, "Lint"). Errors first, then warnings.
  std::vector<Problem> Check() const;
  Stats GetStats() const;

  const std::vector<ActorEntry>& actors() const { return data_->actors; }
  const std::vector<AgentEntry>& agents() const { return data_->agents; }
  const std::vector<EventPattern>& events() const { return data_->events; }
  const std::vector<PlaceEntry>& places() const { return data_->places; }
  const std::vector<CameoCode>& cameo_codes() const { return data_->cameo; }
  const DictionaryPaths& paths() const { return data_->paths; }

 private:
  // A phrase index: normalised phrase -> entry indices, plus what a phrase's first word tells, so that the
  // common case (a one-word phrase, or a word that starts none) costs a single hash lookup.
  struct Index {
    struct FirstWord {
      size_t max_words = 0;                     // longest phrase starting with this word
      const std::vector<size_t>* alone = nullptr;  // the word as a phrase by itself (a by_phrase value)
      bool continues = false;                   // some longer phrase starts with it
    };
    absl::node_hash_map<std::string, std::vector<size_t>> by_phrase;  // node-based: FirstWord points into it
    absl::flat_hash_map<std::string, FirstWord> by_first;
    absl::flat_hash_set<std::string> prefixes;  // proper prefixes of two words or more of multi-word phrases
    void Add(const std::string& norm, size_t i);
    // Longest phrase at tokens[start] accepted by `accept(indices)`; returns its word count and indices.
    template <typename Accept>
    size_t Longest(std::span<const std::string> tokens, size_t start, Accept accept,
                   const std::vector<size_t>** hit) const;
  };
  struct Data {
    DictionaryPaths paths;
    std::optional<text::Normalizer> normalizer;  // a copy, so the caller's may go away
    std::vector<ActorEntry> actors;
    std::vector<AgentEntry> agents;
    std::vector<EventPattern> events;
    std::vector<PlaceEntry> places;
    std::vector<CameoCode> cameo;
    Index actor_index, agent_index, event_index, place_index;
    std::unordered_map<std::string, size_t> cameo_index;
    absl::flat_hash_map<std::string, uint8_t> first_words;  // first word of any phrase -> kStarts* bits
    std::unordered_map<std::string, std::vector<const EventPattern*>> multiword_events;  // by first word
  };
  Dictionaries() : data_(std::make_shared<Data>()) {}
  Status LoadCameo();
  Status LoadActors();
  Status LoadAgents();
  Status LoadEvents();
  Status LoadPlaces();
  // Shared so that copies stay cheap and entry pointers stay valid when a Dictionaries is moved.
  std::shared_ptr<Data> data_;
};

// Known CAMEO role codes (GOV MIL ...), and non-state actor prefixes (IGO NGO IMG ...).
bool IsKnownRole(std::string_view role);
bool IsKnownNonStatePrefix(std::string_view prefix);
// YYYY-MM-DD with a plausible month and day.
bool IsValidDate(std::string_view date);

}  // namespace marsad::dict
