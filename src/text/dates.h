// Date expressions in Arabic news: day-month-year in every regional month series (يناير / كانون الثاني /
// جانفي / يوليوز), paired series ("11 ايلول/ سبتمبر"), Hijri dates (converted with ICU's Umm al-Qura
// calendar), numeric dates, "عام 2016", weekdays and relative expressions (أمس، الاثنين الماضي، الشهر
// المقبل) resolved against a reference date such as the article's publication date.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"

#include "base/status.h"
#include "base/string_hash.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace marsad::text {

// A calendar date, possibly partial: year 0 = unknown, month/day 0 = not given.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool operator==(const CivilDate&) const = default;
};

// Days since 1970-01-01 for a full date, and back (proleptic Gregorian).
int64_t DaysFromCivil(int y, int m, int d);
CivilDate CivilFromDays(int64_t days);
// ISO weekday, 1 = Monday ... 7 = Sunday.
int Weekday(const CivilDate& date);
// Parses "YYYY-MM-DD" (or "YYYY-MM-DDThh..." prefixes).
std::optional<CivilDate> ParseIsoDate(std::string_view s);

enum class DateGranularity : uint8_t { kDay, kWeek, kMonth, kYear };
const char* GranularityName(DateGranularity g);

enum class DateKind : uint8_t { kAbsolute, kNumeric, kHijri, kYear, kWeekday, kRelative };
const char* DateKindName(DateKind k);

struct DateMention {
  uint32_t begin = 0;  // original byte span
  uint32_t end = 0;
  uint32_t first_token = 0;
  uint32_t last_token = 0;
  DateKind kind = DateKind::kAbsolute;
  DateGranularity granularity = DateGranularity::kDay;
  CivilDate date;         // resolved Gregorian date (year 0 when unknown); for weeks, the Monday
  bool resolved = true;   // false for relative expressions without a reference date
  int relative_offset = 0;  // for relative expressions: signed count of units from the reference
  // ISO 8601 rendering: 2021-09-11, --09-11 (no year), 2021-09, 2021, or "" when unresolved.
  std::string Iso() const;
};

class DateFinder {
 public:
  static Result<DateFinder> FromFile(const std::string& path, const Normalizer& normalizer);
  static Result<DateFinder> FromRules(std::string_view rules, std::string_view source_name, const Normalizer& normalizer);

  // Finds date expressions in tokens[first, last) whose norm is filled. `reference` (if set) resolves
  // relative expressions and missing years.
  std::vector<DateMention> Find(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                                const std::optional<CivilDate>& reference) const;

  size_t vocabulary_size() const { return phrases_.size(); }

 private:
  struct Entry {
    std::string kind;  // "month", "hijri", "weekday", "relative_day", "unit", "direction", "year_word", ...
    int value = 0;
  };
  // Longest phrase (up to 3 tokens) from tokens[i]; returns number of tokens matched (0 = none).
  int Match(const std::vector<Token>& tokens, uint32_t i, uint32_t last, const Entry** entry) const;

  std::multimap<std::string, Entry> phrases_;  // normalised phrase (words joined by ' ') -> entries
  // First words of all phrases: a token outside this set (and not a number) cannot start a date, which
  // lets Find() skip almost every token with one hash lookup.
  // Looked up for every token: a flat table, and no temporary string for the و/ف-less spelling.
  absl::flat_hash_set<std::string, StringViewHash, std::equal_to<>> first_words_;
};

}  // namespace marsad::text
