// Event: one coded political event (who did what to whom, when, where), with the evidence and the rule
// that produced it, and its JSON Lines / TSV serialisations (format: docs/formats/events.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace marsad::coder {

// An actor as coded: CAMEO-style code plus the words that named it (byte span in the document text).
struct ActorRef {
  std::string code;  // IRNMIL, CHN, IGOUNO; "" when the actor is named but not resolvable
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Location {
  std::string name;     // as written
  std::string country;  // ISO 3166 alpha-3
  double lat = 0;
  double lon = 0;
};

enum class Modality : uint8_t { kAsserted, kPlanned, kNegated, kHypothetical, kReported };
const char* ModalityName(Modality m);

struct Event {
  std::string doc_id;
  uint32_t sentence = 0;             // index of the sentence in the document
  ActorRef source;
  std::optional<ActorRef> target;    // none for one-actor events
  std::string cameo;                 // full CAMEO code, e.g. "042"
  std::string root;                  // "04"
  std::string plover;                // PLOVER type, "" when none
  int quad_class = 0;                // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  Modality modality = Modality::kAsserted;
  bool historical = false;           // background dated before the article
  std::string date;                  // ISO 8601 (day, month or year precision), "" when unknown
  std::optional<Location> location;
  uint32_t evidence_start = 0;       // byte span of the evidence in the document text
  uint32_t evidence_end = 0;
  std::string evidence;              // the evidence text
  std::string rule;                  // "dict/events.tsv:1567 زار (past)" - the entry that fired
};

// One JSON object followed by '\n'.
void AppendEventJson(const Event& e, std::string* out);
// Column header line and one row (tab-separated, GDELT-like column names), each followed by '\n'.
void AppendEventTsvHeader(std::string* out);
void AppendEventTsv(const Event& e, std::string* out);

}  // namespace marsad::coder
