// DateFinder implementation: a token-level matcher over the date vocabulary, then resolution.
#include "text/dates.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <charconv>
#include <cstdio>
#include <memory>

#include "base/file.h"

namespace marsad::text {

int64_t DaysFromCivil(int y, int m, int d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(const CivilDate& date) {
  const int64_t days = DaysFromCivil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (ISO 4).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

namespace {

bool ValidDate(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  if (y != 0 && m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return true;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Hijri (Umm al-Qura) to Gregorian with ICU.
std::optional<CivilDate> HijriToGregorian(int year, int month, int day) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(icu::Locale("ar@calendar=islamic-umalqura"), st));
  if (U_FAILURE(st)) return std::nullopt;
  hijri->clear();
  hijri->set(year, month - 1, day);
  const UDate when = hijri->getTime(st);
  if (U_FAILURE(st)) return std::nullopt;
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), st);
  if (U_FAILURE(st)) return std::nullopt;
  greg.setTime(when, st);
  CivilDate out{greg.get(UCAL_YEAR, st), greg.get(UCAL_MONTH, st) + 1, greg.get(UCAL_DATE, st)};
  if (U_FAILURE(st)) return std::nullopt;
  return out;
}

// Hijri year that contains a Gregorian date.
int HijriYearOf(const CivilDate& date) {
  UErrorCode st = U_ZERO_ERROR;
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), st);
  greg.clear();
  greg.set(date.year, date.month - 1, date.day);
  const UDate when = greg.getTime(st);
  std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(icu::Locale("ar@calendar=islamic-umalqura"), st));
  if (U_FAILURE(st)) return 0;
  hijri->setTime(when, st);
  const int y = hijri->get(UCAL_YEAR, st);
  return U_FAILURE(st) ? 0 : y;
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!ParseInt(s.substr(0, 4), &y) || !ParseInt(s.substr(5, 2), &m) || !ParseInt(s.substr(8, 2), &d)) return std::nullopt;
  if (!ValidDate(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

const char* GranularityName(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kWeek: return "week";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
  }
  return "?";
}

const char* DateKindName(DateKind k) {
  switch (k) {
    case DateKind::kAbsolute: return "absolute";
    case DateKind::kNumeric: return "numeric";
    case DateKind::kHijri: return "hijri";
    case DateKind::kYear: return "year";
    case DateKind::kWeekday: return "weekday";
    case DateKind::kRelative: return "relative";
  }
  return "?";
}

std::string DateMention::Iso() const {
  if (!resolved) return "";
  char buf[32];
  switch (granularity) {
    case DateGranularity::kDay:
    case DateGranularity::kWeek:
      if (date.year == 0) std::snprintf(buf, sizeof buf, "--%02d-%02d", date.month, date.day);
      else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
      break;
    case DateGranularity::kMonth:
      if (date.year == 0) std::snprintf(buf, sizeof buf, "--%02d", date.month);
      else std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
      break;
    case DateGranularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", date.year);
      break;
  }
  return buf;
}

Result<DateFinder> DateFinder::FromFile(const std::string& path, const Normalizer& normalizer) {
  Result<std::string> rules = ReadFile(path, 16u << 20);
  if (!rules.ok()) return rules.status();
  return FromRules(*rules, path, normalizer);
}

Result<DateFinder> DateFinder::FromRules(std::string_view rules, std::string_view source_name, const Normalizer& normalizer) {
  DateFinder f;
  Status parsed = ForEachDataLineIn(rules, [&](int line_number, std::string_view line) -> Status {
    const std::vector<std::string_view> cols = Split(line, '\t');
    const std::string where = std::string(source_name) + ":" + std::to_string(line_number) + ": ";
    if (cols.size() != 3) return Status::InvalidArgument(where + "expected KIND<tab>VALUE<tab>NAME");
    Entry e;
    std::string kind(Trim(cols[0]));
    const std::string_view value = Trim(cols[1]);
    if (kind.rfind("month_", 0) == 0) kind = "month";
    if (kind == "unit") {
      e.value = value == "day" ? 1 : value == "week" ? 7 : value == "month" ? 30 : value == "year" ? 365 : 0;
      if (e.value == 0) return Status::InvalidArgument(where + "unit must be day, week, month or year");
    } else if (!ParseInt(value, &e.value) && !(value.size() > 1 && value[0] == '-' && ParseInt(value.substr(1), &e.value) && (e.value = -e.value, true))) {
      return Status::InvalidArgument(where + "value '" + std::string(value) + "' is not a number");
    }
    static const char* const kKinds[] = {"month", "hijri", "weekday", "relative_day", "unit", "direction", "year_word", "hijri_marker", "day_word"};
    bool known = false;
    for (const char* k : kKinds) known = known || kind == k;
    if (!known) return Status::InvalidArgument(where + "unknown kind '" + kind + "'");
    if ((kind == "month" || kind == "hijri") && (e.value < 1 || e.value > 12)) return Status::InvalidArgument(where + "month must be 1-12");
    if (kind == "weekday" && (e.value < 1 || e.value > 7)) return Status::InvalidArgument(where + "weekday must be 1-7");
    e.kind = kind;
    // Normalise the name word by word, dropping tatweel-only marks such as the one in "هـ".
    std::string phrase;
    for (std::string_view w : Split(Trim(cols[2]), ' ')) {
      if (w.empty()) continue;
      if (!phrase.empty()) phrase.push_back(' ');
      phrase += normalizer.Normalize(w);
    }
    f.first_words_.insert(phrase.substr(0, phrase.find(' ')));
    f.phrases_.emplace(phrase, e);
    return Status::Ok();
  });
  if (!parsed.ok()) return parsed;
  return f;
}

int DateFinder::Match(const std::vector<Token>& tokens, uint32_t i, uint32_t last, const Entry** entry) const {
  std::string phrase;
  int best = 0;
  for (uint32_t k = i; k < last && k < i + 3; ++k) {
    if (tokens[k].kind != TokenKind::kWord) break;
    if (k > i) phrase.push_back(' ');
    phrase += tokens[k].norm;
    auto it = phrases_.find(phrase);
    if (it != phrases_.end()) { *entry = &it->second; best = static_cast<int>(k - i + 1); }
  }
  if (best == 0 && tokens[i].kind == TokenKind::kWord) {
    // A conjunction glued to a single word: "وأمس", "والاثنين".
    const std::string& n = tokens[i].norm;
    if (n.size() > 4 && (n.rfind("و", 0) == 0 || n.rfind("ف", 0) == 0)) {
      auto it = phrases_.find(n.substr(2));
      if (it != phrases_.end()) { *entry = &it->second; best = 1; }
    }
  }
  return best;
}

std::vector<DateMention> DateFinder::Find(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                                          const std::optional<CivilDate>& reference) const {
  std::vector<DateMention> out;
  const auto is_punct = [&](uint32_t k, std::string_view chars) {
    if (k >= last || tokens[k].kind != TokenKind::kPunctuation) return false;
    return chars.find(tokens[k].norm) != std::string_view::npos && !tokens[k].norm.empty();
  };
  const auto int_of = [&](uint32_t k, int* v) { return k < last && tokens[k].kind == TokenKind::kNumber && ParseInt(tokens[k].norm, v); };
  const auto entry_at = [&](uint32_t k, const char* kind, const Entry** e) -> int {
    if (k >= last) return 0;
    const Entry* found = nullptr;
    const int n = Match(tokens, k, last, &found);
    if (n == 0 || found->kind != kind) {
      // A phrase may have several entries (e.g. a name that is also another kind): look them all up.
      if (n == 0) return 0;
      std::string phrase;
      for (int j = 0; j < n; ++j) { if (j) phrase.push_back(' '); phrase += tokens[k + j].norm; }
      auto range = phrases_.equal_range(phrase);
      for (auto it = range.first; it != range.second; ++it) {
        if (it->second.kind == kind) { *e = &it->second; return n; }
      }
      return 0;
    }
    *e = found;
    return n;
  };
  // Infers a missing year: the reference year, or the one before when that would put the date far ahead.
  const auto infer_year = [&](int month, int day) {
    if (!reference) return 0;
    int y = reference->year;
    const int64_t ref_days = DaysFromCivil(reference->year, reference->month, reference->day);
    if (DaysFromCivil(y, month, day == 0 ? 1 : day) - ref_days > 183) --y;
    return y;
  };
  const auto push = [&](uint32_t b, uint32_t e, DateKind kind, DateGranularity g, CivilDate d, bool resolved, int offset) {
    DateMention m;
    m.first_token = b;
    m.last_token = e;
    m.begin = tokens[b].begin;
    m.end = tokens[e - 1].end;
    m.kind = kind;
    m.granularity = g;
    m.date = d;
    m.resolved = resolved;
    m.relative_offset = offset;
    out.push_back(m);
  };

  const auto may_start = [&](uint32_t k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind != TokenKind::kWord) return false;
    if (first_words_.count(t.norm) != 0) return true;
    return t.norm.size() > 4 && (t.norm.rfind("و", 0) == 0 || t.norm.rfind("ف", 0) == 0) &&
           first_words_.contains(std::string_view(t.norm).substr(2));
  };
  for (uint32_t i = first; i < last;) {
    if (!may_start(i)) { ++i; continue; }
    int day = 0, year = 0;
    const Entry* e = nullptr;
    // 1. DAY MONTH [/ MONTH] [YEAR [هـ]]  (also MONTH [/ MONTH] YEAR)
    {
      uint32_t k = i;
      bool has_day = false;
      if (int_of(k, &day) && day >= 1 && day <= 31) { has_day = true; ++k; }
      if (has_day && is_punct(k, "-/")) ++k;
      const Entry* month = nullptr;
      int n = entry_at(k, "month", &month);
      if (n == 0) n = entry_at(k, "hijri", &month);
      if (n > 0) {
        k += n;
        // A second series naming the same month: "ايلول/ سبتمبر", "أيلول (سبتمبر)".
        uint32_t j = k;
        if (is_punct(j, "/(-")) ++j;
        const Entry* alt = nullptr;
        int m = entry_at(j, month->kind.c_str(), &alt);
        if (m > 0 && alt->value == month->value) {
          k = j + m;
          if (is_punct(k, ")")) ++k;
        }
        uint32_t y = k;
        if (is_punct(y, "/-،,")) ++y;
        bool has_year = false;
        if (int_of(y, &year) && ((month->kind == "month" && year >= 1000 && year <= 2200) || (month->kind == "hijri" && year >= 1000 && year <= 1600))) {
          has_year = true;
          k = y + 1;
          const Entry* marker = nullptr;
          if (const int hm = entry_at(k, "hijri_marker", &marker); hm > 0) k += hm;
        }
        const Entry* dir = nullptr;
        bool current = false;
        if (!has_year) {
          if (const int dn = entry_at(k, "direction", &dir); dn > 0 && dir->value == 0) { k += dn; current = true; }
        }
        if (has_day || has_year) {
          if (month->kind == "hijri") {
            if (!has_year && reference) year = HijriYearOf(*reference);
            std::optional<CivilDate> g = year ? HijriToGregorian(year, month->value, has_day ? day : 1) : std::nullopt;
            if (g) push(i, k, DateKind::kHijri, has_day ? DateGranularity::kDay : DateGranularity::kMonth, *g, true, 0);
            else push(i, k, DateKind::kHijri, DateGranularity::kDay, {}, false, 0);
          } else if (!has_day || ValidDate(year, month->value, day)) {
            if (!has_year) year = current && reference ? reference->year : infer_year(month->value, day);
            push(i, k, DateKind::kAbsolute, has_day ? DateGranularity::kDay : DateGranularity::kMonth,
                 {year, month->value, has_day ? day : 0}, true, 0);
          }
          i = k;
          continue;
        }
      }
    }
    // 2. Numeric dates: 23/2/2021, 2021-02-23, 23.02.2021 (no spaces inside).
    {
      int a, b, c;
      if (int_of(i, &a) && i + 4 < last && is_punct(i + 1, "/-.") && int_of(i + 2, &b) &&
          is_punct(i + 3, "/-.") && int_of(i + 4, &c) && tokens[i + 4].begin - tokens[i].end <= 4 &&
          tokens[i + 1].begin == tokens[i].end && tokens[i + 3].end == tokens[i + 4].begin) {
        CivilDate d;
        if (a >= 1000 && ValidDate(a, b, c)) d = {a, b, c};
        else if (c >= 1000 && ValidDate(c, b, a)) d = {c, b, a};
        if (d.year != 0 && d.year >= 1800 && d.year <= 2200) {
          push(i, i + 5, DateKind::kNumeric, DateGranularity::kDay, d, true, 0);
          i += 5;
          continue;
        }
      }
    }
    // 3. "عام 2016" / "سنة 2016".
    if (const int n = entry_at(i, "year_word", &e); n > 0 && int_of(i + n, &year) && year >= 1000 && year <= 2200 &&
        tokens[i + n].norm.size() == 4) {
      push(i, i + n + 1, DateKind::kYear, DateGranularity::kYear, {year, 0, 0}, true, 0);
      i += n + 1;
      continue;
    }
    // 4. [يوم] WEEKDAY [الماضي|المقبل]
    {
      uint32_t k = i;
      const Entry* dw = nullptr;
      if (const int n = entry_at(k, "day_word", &dw); n > 0) k += n;
      const Entry* wd = nullptr;
      if (const int n = entry_at(k, "weekday", &wd); n > 0) {
        k += n;
        const Entry* dir = nullptr;
        int direction = 0;
        bool explicit_dir = false;
        if (const int dn = entry_at(k, "direction", &dir); dn > 0) { k += dn; direction = dir->value; explicit_dir = true; }
        // A weekday right before a full date belongs to it ("الاثنين 11 أكتوبر"): let pattern 1 take the date.
        int dummy;
        const Entry* mo = nullptr;
        if (!explicit_dir && int_of(k, &dummy) && (entry_at(k + 1, "month", &mo) > 0 || entry_at(k + 1, "hijri", &mo) > 0)) {
          i = k;
          continue;
        }
        if (reference) {
          const int64_t ref = DaysFromCivil(reference->year, reference->month, reference->day);
          const int ref_wd = Weekday(*reference);
          int64_t delta;
          if (direction > 0) { delta = (wd->value - ref_wd + 7) % 7; if (delta == 0) delta = 7; }
          else if (direction < 0 && explicit_dir) { delta = -((ref_wd - wd->value + 7) % 7); if (delta == 0) delta = -7; }
          else delta = -((ref_wd - wd->value + 7) % 7);  // bare weekday: the latest one on or before the reference
          push(i, k, DateKind::kWeekday, DateGranularity::kDay, CivilFromDays(ref + delta), true, static_cast<int>(delta));
        } else {
          push(i, k, DateKind::kWeekday, DateGranularity::kDay, {}, false, direction);
        }
        i = k;
        continue;
      }
    }
    // 5. أمس، اليوم، غدا، أول أمس.
    if (const int n = entry_at(i, "relative_day", &e); n > 0) {
      if (reference) {
        const int64_t ref = DaysFromCivil(reference->year, reference->month, reference->day);
        push(i, i + n, DateKind::kRelative, DateGranularity::kDay, CivilFromDays(ref + e->value), true, e->value);
      } else {
        push(i, i + n, DateKind::kRelative, DateGranularity::kDay, {}, false, e->value);
      }
      i += n;
      continue;
    }
    // 6. الأسبوع / الشهر / العام + الماضي / المقبل / الجاري.
    if (const int n = entry_at(i, "unit", &e); n > 0) {
      const Entry* dir = nullptr;
      if (const int dn = entry_at(i + n, "direction", &dir); dn > 0) {
        const int unit_days = e->value;
        const int d = dir->value;
        const DateGranularity g = unit_days == 7 ? DateGranularity::kWeek : unit_days == 30 ? DateGranularity::kMonth
                                  : unit_days == 365 ? DateGranularity::kYear : DateGranularity::kDay;
        if (reference) {
          CivilDate r = *reference;
          CivilDate out_date;
          if (g == DateGranularity::kYear) out_date = {r.year + d, 0, 0};
          else if (g == DateGranularity::kMonth) {
            int m = r.month + d, y = r.year;
            if (m < 1) { m += 12; --y; }
            if (m > 12) { m -= 12; ++y; }
            out_date = {y, m, 0};
          } else if (g == DateGranularity::kWeek) {
            const int64_t ref = DaysFromCivil(r.year, r.month, r.day);
            out_date = CivilFromDays(ref - (Weekday(r) - 1) + 7 * d);
          } else {
            out_date = CivilFromDays(DaysFromCivil(r.year, r.month, r.day) + d);
          }
          push(i, i + n + dn, DateKind::kRelative, g, out_date, true, d);
        } else {
          push(i, i + n + dn, DateKind::kRelative, g, {}, false, d);
        }
        i += n + dn;
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace marsad::text
