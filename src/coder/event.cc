// Event serialisation: JSON Lines (the default output of marsad code) and GDELT-like TSV.
#include "coder/event.h"

#include <cstdio>

#include "base/json_writer.h"

namespace marsad::coder {

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kPlanned: return "planned";
    case Modality::kNegated: return "negated";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kReported: return "reported";
  }
  return "?";
}

namespace {

void WriteActor(JsonWriter& w, const ActorRef& a) {
  w.BeginObject().Field("code", a.code).Field("text", a.text);
  w.Field("start", static_cast<int64_t>(a.start)).Field("end", static_cast<int64_t>(a.end)).EndObject();
}

// Tabs and line breaks inside a TSV field become spaces.
void AppendTsvField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Field("doc_id", e.doc_id).Field("sentence", static_cast<int64_t>(e.sentence));
  w.Key("source");
  WriteActor(w, e.source);
  w.Key("target");
  if (e.target) WriteActor(w, *e.target); else w.Null();
  w.Field("cameo", e.cameo).Field("root", e.root);
  w.Key("plover");
  if (e.plover.empty()) w.Null(); else w.String(e.plover);
  w.Field("quad_class", e.quad_class).Key("goldstein").Double(e.goldstein);
  w.Field("modality", ModalityName(e.modality)).Field("historical", e.historical);
  w.Key("date");
  if (e.date.empty()) w.Null(); else w.String(e.date);
  w.Key("location");
  if (e.location) {
    w.BeginObject().Field("name", e.location->name).Field("country", e.location->country);
    w.Key("lat").Double(e.location->lat).Key("lon").Double(e.location->lon).EndObject();
  } else {
    w.Null();
  }
  w.Key("evidence").BeginObject().Field("start", static_cast<int64_t>(e.evidence_start));
  w.Field("end", static_cast<int64_t>(e.evidence_end)).Field("text", e.evidence).EndObject();
  w.Field("rule", e.rule);
  w.EndObject();
  out->push_back('\n');
}

void AppendEventTsvHeader(std::string* out) {
  out->append("DocId\tSentence\tDate\tActor1Code\tActor1Name\tActor2Code\tActor2Name\tEventCode\tEventRootCode\t"
              "PloverType\tQuadClass\tGoldsteinScale\tModality\tHistorical\tActionGeo_FullName\t"
              "ActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tEvidence\tRule\n");
}

void AppendEventTsv(const Event& e, std::string* out) {
  char num[64];
  const auto field = [&](std::string_view s) { AppendTsvField(s, out); out->push_back('\t'); };
  field(e.doc_id);
  field(std::to_string(e.sentence));
  field(e.date);
  field(e.source.code);
  field(e.source.text);
  field(e.target ? e.target->code : "");
  field(e.target ? e.target->text : "");
  field(e.cameo);
  field(e.root);
  field(e.plover);
  field(std::to_string(e.quad_class));
  std::snprintf(num, sizeof num, "%.1f", e.goldstein);
  field(num);
  field(ModalityName(e.modality));
  field(e.historical ? "1" : "0");
  field(e.location ? e.location->name : "");
  field(e.location ? e.location->country : "");
  if (e.location) std::snprintf(num, sizeof num, "%.4f", e.location->lat); else num[0] = 0;
  field(num);
  if (e.location) std::snprintf(num, sizeof num, "%.4f", e.location->lon); else num[0] = 0;
  field(num);
  field(e.evidence);
  AppendTsvField(e.rule, out);
  out->push_back('\n');
}

}  // namespace marsad::coder
