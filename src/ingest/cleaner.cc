// Cleaner implementation: line-level chrome detection, then dateline recovery on the first kept lines.
#include "ingest/cleaner.h"

#include <algorithm>
#include <unordered_map>

#include "base/file.h"
#include "base/utf8.h"
#include "text/tokenizer.h"

namespace marsad::ingest {
namespace {

struct Line {
  uint32_t start;
  uint32_t end;         // without the line break
  std::string norm;     // normalised, spaces collapsed and trimmed
  size_t arabic_letters = 0;
  size_t words = 0;
  bool long_line = false;  // over 800 bytes: prose, not normalised
};

// Normalised form with runs of spaces collapsed and ends trimmed.
std::string Squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Copy each run of non-space bytes whole; one space between runs, none at the ends.
  size_t i = 0;
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (i < s.size()) {
    while (i < s.size() && blank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !blank(s[j])) ++j;
    if (j > i) {
      if (!out.empty()) out.push_back(' ');
      out.append(s.data() + i, j - i);
    }
    i = j;
  }
  return out;
}

bool EndsSentence(std::string_view norm) {
  for (std::string_view end : {".", "؟", "?", "!", "»", "\"", ":", "؛"}) {
    if (norm.ends_with(end)) return true;
  }
  return false;
}

const std::regex& CreditRegex() {
  // A caption ends with a photo credit: "... - 23 فبراير 2021 - AFP", "(رويترز)".
  static const std::regex re(
      "([-|/(]|–|—)\\s*(afp|ap|reuters|epa|getty( images)?|anadolu|رويترز|ا ف ب|اف ب|فرانس برس|الاناضول|ا ب)\\s*\\)?$",
      std::regex::ECMAScript | std::regex::optimize);
  return re;
}

// Whether a regular expression can only match at the start: it begins with ^ and has no alternative outside
// parentheses ("^a|b" may match anywhere). Escaped characters and classes are skipped.
bool AnchoredAtStart(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '^') return false;
  int depth = 0;
  bool in_class = false;
  for (size_t i = 1; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') { ++i; continue; }
    if (in_class) { in_class = c != ']'; continue; }
    if (c == '[') in_class = true;
    else if (c == '(') ++depth;
    else if (c == ')') --depth;
    else if (c == '|' && depth == 0) return false;
  }
  return true;
}

// The credit sits at the end of the line: search only its last bytes (from a character boundary), not
// every start position of a long caption.
bool EndsWithCredit(std::string_view norm) {
  constexpr size_t kWindow = 96;
  size_t from = norm.size() > kWindow ? norm.size() - kWindow : 0;
  while (from < norm.size() && (static_cast<unsigned char>(norm[from]) & 0xC0) == 0x80) ++from;
  const std::string_view tail = norm.substr(from);
  return std::regex_search(tail.begin(), tail.end(), CreditRegex());
}

}  // namespace

Result<Cleaner> Cleaner::Load(const std::string& data_dir, const text::Analyzer& analyzer) {
  Cleaner c(analyzer);
  const text::Normalizer& norm = analyzer.normalizer();
  const std::string chrome_path = data_dir + "/ingest/chrome.tsv";
  Status st = ForEachDataLine(chrome_path, [&](int line_number, std::string_view line) -> Status {
    const auto cols = Split(line, '\t');
    const std::string where = chrome_path + ":" + std::to_string(line_number) + ": ";
    if (cols.size() < 4) return Status::InvalidArgument(where + "expected MATCH<tab>PATTERN<tab>SCOPE<tab>REASON");
    Rule r;
    const std::string_view kind = Trim(cols[0]);
    if (kind == "line") r.match = Match::kLine;
    else if (kind == "prefix") r.match = Match::kPrefix;
    else if (kind == "contains") r.match = Match::kContains;
    else if (kind == "regex") r.match = Match::kRegex;
    else return Status::InvalidArgument(where + "unknown MATCH '" + std::string(kind) + "' (line, prefix, contains, regex)");
    const std::string_view scope = Trim(cols[2]);
    if (scope != "line" && scope != "rest") return Status::InvalidArgument(where + "SCOPE must be line or rest");
    r.rest = scope == "rest";
    r.pattern = Squeeze(norm.Normalize(Trim(cols[1])));
    if (r.pattern.empty()) return Status::InvalidArgument(where + "empty pattern");
    if (r.match == Match::kRegex) {
      try {
        r.regex = std::regex(r.pattern, std::regex::ECMAScript | std::regex::optimize);
        r.anchored = AnchoredAtStart(r.pattern);
      } catch (const std::regex_error& e) {
        return Status::InvalidArgument(where + "bad regular expression: " + e.what());
      }
    }
    r.reason = std::string(Trim(cols[3]));
    c.rules_.push_back(std::move(r));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  const std::string agencies_path = data_dir + "/ingest/agencies.tsv";
  st = ForEachDataLine(agencies_path, [&](int line_number, std::string_view line) -> Status {
    const auto cols = Split(line, '\t');
    if (cols.size() < 2) {
      return Status::InvalidArgument(agencies_path + ":" + std::to_string(line_number) + ": expected NAME<tab>CANONICAL");
    }
    c.agencies_.push_back({Squeeze(norm.Normalize(Trim(cols[0]))), std::string(Trim(cols[1]))});
    return Status::Ok();
  });
  if (!st.ok()) return st;
  std::sort(c.agencies_.begin(), c.agencies_.end(), [](const Agency& a, const Agency& b) { return a.norm.size() > b.norm.size(); });
  return c;
}

const Cleaner::Rule* Cleaner::MatchRule(const std::string& norm_line) const {
  for (const Rule& r : rules_) {
    switch (r.match) {
      case Match::kLine: if (norm_line == r.pattern) return &r; break;
      case Match::kPrefix: if (norm_line.rfind(r.pattern, 0) == 0) return &r; break;
      case Match::kContains: if (norm_line.find(r.pattern) != std::string::npos) return &r; break;
      case Match::kRegex: {
        // std::regex_search tries every start position even for ^-anchored patterns: on long prose lines
        // that was a few percent of `marsad code`. match_continuous tries the first position only.
        const auto flags = r.anchored ? std::regex_constants::match_continuous : std::regex_constants::match_default;
        if (std::regex_search(norm_line, r.regex, flags)) return &r;
        break;
      }
    }
  }
  return nullptr;
}

void Cleaner::Clean(Document* doc) const {
  const std::string& raw = doc->raw_text;
  const text::Normalizer& norm = analyzer_->normalizer();
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= raw.size();) {
    size_t nl = raw.find('\n', pos);
    if (nl == std::string::npos) nl = raw.size();
    Line l;
    l.start = static_cast<uint32_t>(pos);
    l.end = static_cast<uint32_t>(nl);
    if (l.end > l.start && raw[l.end - 1] == '\r') --l.end;
    const std::string_view raw_line = std::string_view(raw).substr(l.start, l.end - l.start);
    if (raw_line.size() > 800) {
      // A long paragraph is prose: no chrome rule or repetition test applies, so skip normalising it.
      l.long_line = true;
      l.words = static_cast<size_t>(std::count(raw_line.begin(), raw_line.end(), ' ') + 1);
      l.arabic_letters = raw_line.size();
      lines.push_back(std::move(l));
      pos = nl + 1;
      if (nl == raw.size()) break;
      continue;
    }
    l.norm = Squeeze(norm.Normalize(raw_line));
    for (size_t i = 0; i < l.norm.size();) {
      const utf8::Decoded d = utf8::Decode(l.norm, i);
      if (text::IsArabicLetterOrMark(d.cp)) ++l.arabic_letters;
      i += d.length;
    }
    l.words = l.norm.empty() ? 0 : static_cast<size_t>(std::count(l.norm.begin(), l.norm.end(), ' ') + 1);
    lines.push_back(std::move(l));
    pos = nl + 1;
    if (nl == raw.size()) break;
  }
  std::unordered_map<std::string, int> counts;
  for (const Line& l : lines) if (!l.norm.empty()) ++counts[l.norm];
  // The last line that reads like article prose: short Arabic-free lines after it are trailing chrome.
  size_t last_prose = 0;
  for (size_t i = 0; i < lines.size(); ++i) if (lines[i].words >= 8 && lines[i].arabic_letters > 20) last_prose = i;

  doc->removed.clear();
  doc->text.clear();
  const std::string title_norm = Squeeze(norm.Normalize(doc->title));
  std::vector<size_t> kept;
  auto remove = [&](const Line& l, std::string reason) { doc->removed.push_back({l.start, l.end, std::move(reason)}); };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.long_line) { kept.push_back(i); continue; }
    if (l.norm.empty()) continue;
    // Phrase rules describe widgets and prompts, which are short; a long line that ends like a sentence is
    // article prose even when it quotes such a phrase ("... عبر تطبيق تلغرام.").
    const bool prose = (l.words > 15 && EndsSentence(l.norm)) || l.words > 30;
    if (const Rule* r = prose ? nullptr : MatchRule(l.norm)) {
      if (r->rest) {
        doc->removed.push_back({l.start, static_cast<uint32_t>(raw.size()), r->reason + " (and everything after it)"});
        break;
      }
      remove(l, r->reason);
      continue;
    }
    const bool short_unterminated = l.norm.size() < 400 && !EndsSentence(l.norm);
    if (counts[l.norm] >= 2 && short_unterminated && l.norm != title_norm) { remove(l, "line repeated in the article (caption or widget)"); continue; }
    if (short_unterminated && l.words >= 5 && EndsWithCredit(l.norm)) { remove(l, "photo caption with credit"); continue; }
    if (l.arabic_letters == 0 && l.words <= 12 && i > last_prose) { remove(l, "short line without Arabic after the article"); continue; }
    kept.push_back(i);
  }
  // Join kept lines; a blank line in the original between two kept lines becomes one blank line.
  for (size_t k = 0; k < kept.size(); ++k) {
    const Line& l = lines[kept[k]];
    if (k > 0) {
      bool blank_between = false;
      for (size_t j = kept[k - 1] + 1; j < kept[k]; ++j) blank_between = blank_between || (lines[j].norm.empty() && !lines[j].long_line);
      doc->text += blank_between || kept[k] != kept[k - 1] + 1 ? "\n\n" : "\n";
    }
    doc->text.append(raw, l.start, l.end - l.start);
  }
  std::sort(doc->removed.begin(), doc->removed.end(), [](const RemovedSpan& a, const RemovedSpan& b) { return a.start < b.start; });

  // Dateline: in one of the first kept lines, before the body starts.
  doc->dateline.reset();
  for (size_t k = 0; k < kept.size() && k < 4 && !doc->dateline; ++k) {
    const Line& l = lines[kept[k]];
    if (!l.long_line && l.norm == title_norm) continue;
    FindDateline(doc, l.start, std::string_view(raw).substr(l.start, l.end - l.start));
  }
}

void Cleaner::FindDateline(Document* doc, uint32_t line_start, std::string_view line) const {
  const text::Normalizer& norm = analyzer_->normalizer();
  // The head of the line up to the first dash-like separator, within the first 160 bytes.
  const std::string_view window = line.substr(0, utf8::SafeCut(line, 160));
  const auto [sep, sep_len] = FindFirstOf(window, {"--", "-", "–", "—"});
  const bool whole_line_short = line.size() < 80;
  std::string_view head = sep == std::string_view::npos ? std::string_view() : window.substr(0, sep);
  std::string_view after = sep == std::string_view::npos ? std::string_view() : line.substr(sep + sep_len);
  while (!after.empty() && (after.front() == '-' || after.front() == ' ')) after.remove_prefix(1);
  if (head.empty()) return;
  const std::string head_norm = Squeeze(norm.Normalize(head));
  const size_t head_words = static_cast<size_t>(std::count(head_norm.begin(), head_norm.end(), ' ') + 1);
  if (head_words > 9) return;

  Dateline dl;
  dl.start = line_start;
  dl.end = static_cast<uint32_t>(line_start + (after.data() - line.data()));
  auto find_agency = [&](std::string_view s) -> std::string {
    const std::string n = Squeeze(norm.Normalize(s));
    for (const Agency& a : agencies_) if (n == a.norm) return a.canonical;
    return "";
  };
  std::string place_part(head);
  // "(CNN)--", "القاهرة (أ ف ب) -": agency in parentheses.
  if (const size_t open = head.find('('); open != std::string_view::npos) {
    const size_t close = head.find(')', open);
    if (close == std::string_view::npos) return;
    dl.agency = find_agency(head.substr(open + 1, close - open - 1));
    if (dl.agency.empty()) dl.agency = std::string(Trim(head.substr(open + 1, close - open - 1)));
    place_part = std::string(head.substr(0, open));
  } else {
    // "بكين/ 11 ايلول/ سبتمبر/ ارنا": place / date / agency.
    std::vector<std::string_view> parts = Split(head, '/');
    std::string_view last = Trim(parts.back());
    if (parts.size() > 1) {
      dl.agency = find_agency(last);
      if (!dl.agency.empty()) parts.pop_back();
    }
    if (parts.size() == 1 && whole_line_short && !after.empty()) {
      // "دبي-الشرق", "لندن - رويترز": a short line of place and agency.
      std::string a = find_agency(after);
      if (a.empty() && Split(Trim(after), ' ').size() <= 3) a = std::string(Trim(after));
      dl.agency = a;
      dl.end = static_cast<uint32_t>(line_start + line.size());
    }
    place_part = std::string(Trim(parts.front()));
    if (parts.size() > 1) {
      // The date between place and agency.
      std::string date_part;
      for (size_t i = 1; i < parts.size(); ++i) { date_part += parts[i]; date_part += '/'; }
      text::AnalyzedText a;
      std::optional<text::CivilDate> ref = text::ParseIsoDate(doc->date);
      analyzer_->Analyze(date_part, 0, ref, &a);
      if (!a.dates.empty()) dl.date = a.dates.front().Iso();
    }
  }
  std::string_view place = Trim(place_part);
  while (!place.empty() && (place.back() == ',' || place.ends_with("،"))) place.remove_suffix(place.back() == ',' ? 1 : 2);
  dl.place = std::string(Trim(place));
  // A dateline names an agency or a date, and its place is short.
  const size_t place_words = Split(Squeeze(dl.place), ' ').size();
  if ((dl.agency.empty() && dl.date.empty()) || dl.place.size() > 80 || place_words > 5) {
    if (!(dl.place.empty() && !dl.agency.empty())) return;
  }
  doc->dateline = std::move(dl);
}

}  // namespace marsad::ingest
