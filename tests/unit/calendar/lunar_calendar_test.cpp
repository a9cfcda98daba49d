// The Vietnamese lunar calendar against published points (UTC+7), and its round trip.
#include <gtest/gtest.h>

#include "incidents/calendar/lunar_calendar.hpp"
#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::iso;
using testing::ymd;

TEST(LunarCalendar, TetMatchesVietnameseCalendar2020To2035) {
  const char* expected[] = {"2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
                            "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02", "2031-01-23",
                            "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08"};
  for (int year = 2020; year <= 2035; ++year)
    EXPECT_EQ(iso(lunar_new_year(year)), expected[year - 2020]) << "Tết " << year;
}

TEST(LunarCalendar, Tet2030IsSecondFebruaryNotChineseThird) {
  EXPECT_EQ(lunar_new_year(2030), ymd(2030, 2, 2));
  EXPECT_EQ(to_lunar(ymd(2030, 2, 3)), (LunarDate{2030, 1, 2, false}));
}

TEST(LunarCalendar, Tet1985IsAMonthBeforeTheChineseNewYear) {
  EXPECT_EQ(lunar_new_year(1985), ymd(1985, 1, 21));
  // 20/02/1985, the Chinese New Year, is already in the Vietnamese second month.
  const LunarDate l = to_lunar(ymd(1985, 2, 20));
  EXPECT_EQ(l.year, 1985);
  EXPECT_EQ(l.month, 2);
  EXPECT_FALSE(l.leap);
}

TEST(LunarCalendar, LeapMonthsMatchPublishedYears) {
  EXPECT_EQ(leap_month(2020), 4);
  EXPECT_EQ(leap_month(2023), 2);
  EXPECT_EQ(leap_month(2025), 6);
  EXPECT_EQ(leap_month(2028), 5);
  EXPECT_EQ(leap_month(2031), 3);
  EXPECT_EQ(leap_month(2024), 0);
  EXPECT_EQ(leap_month(2026), 0);
}

TEST(LunarCalendar, LeapMonthFollowsItsNamesake) {
  // 2025: tháng 6 nhuận starts 25/07/2025, right after tháng 6 (25/06/2025).
  EXPECT_EQ(to_lunar(ymd(2025, 6, 25)), (LunarDate{2025, 6, 1, false}));
  EXPECT_EQ(to_lunar(ymd(2025, 7, 25)), (LunarDate{2025, 6, 1, true}));
  EXPECT_EQ(to_solar(LunarDate{2025, 6, 1, true}), ymd(2025, 7, 25));
  EXPECT_FALSE(to_solar(LunarDate{2024, 6, 1, true}).has_value());
}

TEST(LunarCalendar, HungKingsDay2024To2026) {
  EXPECT_EQ(hung_kings_day(2024), ymd(2024, 4, 18));
  EXPECT_EQ(hung_kings_day(2025), ymd(2025, 4, 7));
  EXPECT_EQ(hung_kings_day(2026), ymd(2026, 4, 26));
}

TEST(LunarCalendar, HungKingsDayIsNeverInLeapMonthThree) {
  // 2031 has a leap month 3: Hùng Kings is the 10th of the ordinary month 3.
  const Date d = hung_kings_day(2031);
  EXPECT_EQ(to_lunar(d), (LunarDate{2031, 3, 10, false}));
}

TEST(LunarCalendar, LastDayOfYearBeforeTet2025Is29th) {
  EXPECT_EQ(to_lunar(ymd(2025, 1, 28)), (LunarDate{2024, 12, 29, false}));
  EXPECT_EQ(lunar_month_length(2024, 12, false), 29);
}

TEST(LunarCalendar, SolarLunarRoundTripHoldsEveryDay1900To2100) {
  int failures = 0;
  for (auto d = std::chrono::sys_days{ymd(1900, 1, 1)}; d <= std::chrono::sys_days{ymd(2100, 12, 31)};
       d += std::chrono::days{1}) {
    const LunarDate l = to_lunar(Date{d});
    const auto back = to_solar(l);
    if (!back || std::chrono::sys_days{*back} != d) ++failures;
    if (l.day < 1 || l.day > 30 || l.month < 1 || l.month > 12) ++failures;
  }
  EXPECT_EQ(failures, 0);
}

TEST(LunarCalendar, TetAlwaysFallsBetween21JanuaryAnd20February) {
  for (int year = 1900; year <= 2100; ++year) {
    const Date t = lunar_new_year(year);
    EXPECT_TRUE(t >= ymd(year, 1, 21) && t <= ymd(year, 2, 20)) << year << ": " << iso(t);
  }
}

TEST(LunarCalendar, YearsOutsideRangeAreRejected) {
  EXPECT_THROW(to_lunar(ymd(1899, 12, 31)), std::out_of_range);
  EXPECT_THROW(to_lunar(ymd(2101, 1, 1)), std::out_of_range);
}

}  // namespace
}  // namespace camtrack::incidents
