// Tests for date expressions: month series, paired series, Hijri, numeric, years, weekdays, relative days.
#include <gtest/gtest.h>

#include "text/analyzer.h"
#include "test_analyzer.h"

namespace marsad::text {
namespace {

// (text of the expression, ISO value) for each date found.
std::vector<std::pair<std::string, std::string>> Dates(const std::string& s, std::optional<CivilDate> ref = std::nullopt) {
  AnalyzedText out;
  test::SharedAnalyzer().Analyze(s, 0, ref, &out);
  std::vector<std::pair<std::string, std::string>> v;
  for (const DateMention& d : out.dates) v.emplace_back(s.substr(d.begin, d.end - d.begin), d.Iso());
  return v;
}

using V = std::vector<std::pair<std::string, std::string>>;

TEST(Dates, DatelineWithPairedMonthSeries) {
  EXPECT_EQ(Dates("بكين/ 11 ايلول/ سبتمبر/ ارنا- يزور"), (V{{"11 ايلول/ سبتمبر", "--09-11"}}));
  EXPECT_EQ(Dates("بكين/ 11 ايلول/ سبتمبر/ ارنا- يزور", CivilDate{2021, 9, 12}), (V{{"11 ايلول/ سبتمبر", "2021-09-11"}}));
  EXPECT_EQ(Dates("في 5 أيار (مايو) 2019"), (V{{"5 أيار (مايو) 2019", "2019-05-05"}}));
}

TEST(Dates, EveryRegionalSeries) {
  EXPECT_EQ(Dates("23 فبراير 2021")[0].second, "2021-02-23");
  EXPECT_EQ(Dates("3 كانون الثاني 2020")[0].second, "2020-01-03");
  EXPECT_EQ(Dates("14 جانفي 2011")[0].second, "2011-01-14");
  EXPECT_EQ(Dates("20 يوليوز 2018")[0].second, "2018-07-20");
  EXPECT_EQ(Dates("1 تشرين الأول 2019")[0].second, "2019-10-01");
  EXPECT_EQ(Dates("في أغسطس 2015 وقع")[0].second, "2015-08");
}

TEST(Dates, MonthWithoutYearTakesTheReferenceYearOrTheOneBefore) {
  EXPECT_EQ(Dates("في 11 أكتوبر الجاري", CivilDate{2021, 10, 18})[0].second, "2021-10-11");
  EXPECT_EQ(Dates("في 25 ديسمبر", CivilDate{2022, 1, 3})[0].second, "2021-12-25");
}

TEST(Dates, HijriConvertedWithUmmAlQura) {
  // 1 Ramadan 1442 AH = 13 April 2021.
  EXPECT_EQ(Dates("في 1 رمضان 1442 هـ")[0].second, "2021-04-13");
  EXPECT_EQ(Dates("10 ذو الحجة 1436")[0].second, "2015-09-23");
}

TEST(Dates, NumericAndYearExpressions) {
  EXPECT_EQ(Dates("بتاريخ 23/2/2021 و2021-03-04"), (V{{"23/2/2021", "2021-02-23"}, {"2021-03-04", "2021-03-04"}}));
  EXPECT_EQ(Dates("في طهران عام 2016، والتي"), (V{{"عام 2016", "2016"}}));
}

TEST(Dates, WeekdaysAndRelativeDaysNeedAReference) {
  const CivilDate ref{2021, 10, 19};  // a Tuesday
  EXPECT_EQ(Dates("قال باقري، الاثنين، إن", ref), (V{{"الاثنين", "2021-10-18"}}));
  EXPECT_EQ(Dates("يوم الأحد المقبل", ref), (V{{"يوم الأحد المقبل", "2021-10-24"}}));
  EXPECT_EQ(Dates("الثلاثاء الماضي", ref), (V{{"الثلاثاء الماضي", "2021-10-12"}}));
  EXPECT_EQ(Dates("وصل أمس إلى موسكو", ref), (V{{"أمس", "2021-10-18"}}));
  EXPECT_EQ(Dates("أول أمس", ref), (V{{"أول أمس", "2021-10-17"}}));
  EXPECT_EQ(Dates("الشهر المقبل", ref), (V{{"الشهر المقبل", "2021-11"}}));
  EXPECT_EQ(Dates("العام الماضي", ref), (V{{"العام الماضي", "2020"}}));
  EXPECT_EQ(Dates("الأسبوع الماضي", ref), (V{{"الأسبوع الماضي", "2021-10-11"}}));
  EXPECT_EQ(Dates("أمس")[0].second, "");  // unresolved without a reference date
}

TEST(Dates, WeekdayBeforeAFullDateDefersToIt) {
  EXPECT_EQ(Dates("الاثنين 11 أكتوبر 2021"), (V{{"11 أكتوبر 2021", "2021-10-11"}}));
}

TEST(Dates, CivilArithmetic) {
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2024, 2, 29) + 1), (CivilDate{2024, 3, 1}));
  EXPECT_EQ(Weekday({2021, 9, 11}), 6);  // Saturday
  EXPECT_FALSE(ParseIsoDate("2021-02-30").has_value());
  EXPECT_TRUE(ParseIsoDate("2021-02-28T10:00:00Z").has_value());
}

}  // namespace
}  // namespace marsad::text
