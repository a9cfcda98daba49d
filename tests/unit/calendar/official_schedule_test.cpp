// The shipped state calendar reproduces the official 2024-2026 schedules exactly (REGULATION.md §4).
#include <gtest/gtest.h>

#include <set>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::iso;
using testing::state_calendar;
using testing::ymd;

struct YearDays {
  std::set<std::string> weekdays_off;
  std::set<std::string> working_weekend_days;
};

YearDays year_days(const WorkingCalendar& calendar, int year) {
  YearDays out;
  for (auto d = std::chrono::sys_days{ymd(year, 1, 1)}; d <= std::chrono::sys_days{ymd(year, 12, 31)};
       d += std::chrono::days{1}) {
    const unsigned wd = std::chrono::weekday{d}.c_encoding();
    const bool weekend = wd == 0 || wd == 6;
    const bool working = calendar.is_working_day(Date{d});
    if (!weekend && !working) out.weekdays_off.insert(iso(Date{d}));
    if (weekend && working) out.working_weekend_days.insert(iso(Date{d}));
  }
  return out;
}

TEST(OfficialSchedule, Year2024MatchesTheOfficialDaysOff) {
  const YearDays y = year_days(state_calendar(), 2024);
  EXPECT_EQ(y.weekdays_off, (std::set<std::string>{"2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12",
                                                   "2024-02-13", "2024-02-14", "2024-04-18", "2024-04-29",
                                                   "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"}));
  EXPECT_EQ(y.working_weekend_days, (std::set<std::string>{"2024-05-04"}));
  EXPECT_FALSE(state_calendar().is_provisional(2024));
}

TEST(OfficialSchedule, Year2025MatchesTheOfficialDaysOff) {
  const YearDays y = year_days(state_calendar(), 2025);
  EXPECT_EQ(y.weekdays_off, (std::set<std::string>{"2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29",
                                                   "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30",
                                                   "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"}));
  EXPECT_EQ(y.working_weekend_days, (std::set<std::string>{"2025-04-26"}));
  EXPECT_FALSE(state_calendar().is_provisional(2025));
}

TEST(OfficialSchedule, Year2026MatchesTheOfficialDaysOff) {
  const YearDays y = year_days(state_calendar(), 2026);
  EXPECT_EQ(y.weekdays_off, (std::set<std::string>{"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17",
                                                   "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27",
                                                   "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
                                                   "2026-09-02"}));
  EXPECT_EQ(y.working_weekend_days, (std::set<std::string>{"2026-01-10", "2026-08-22"}));
  EXPECT_FALSE(state_calendar().is_provisional(2026));
}

TEST(OfficialSchedule, DaysAreExplainedWithNameKindAndSource) {
  const DayInfo hung = state_calendar().describe(ymd(2026, 4, 26));
  EXPECT_EQ(hung.kind, DayKind::holiday);
  EXPECT_EQ(hung.name, "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  EXPECT_FALSE(hung.source.empty());
  const DayInfo compensatory = state_calendar().describe(ymd(2026, 4, 27));
  EXPECT_EQ(compensatory.kind, DayKind::compensatory);
  EXPECT_EQ(compensatory.name, "Nghỉ bù Giỗ Tổ Hùng Vương");
  const DayInfo makeup = state_calendar().describe(ymd(2026, 8, 22));
  EXPECT_EQ(makeup.kind, DayKind::makeup_working);
  EXPECT_TRUE(makeup.working);
  EXPECT_EQ(state_calendar().describe(ymd(2026, 8, 23)).kind, DayKind::weekly_rest);
  EXPECT_EQ(state_calendar().describe(ymd(2026, 8, 24)).kind, DayKind::working);
}

TEST(OfficialSchedule, YearsWithoutDataAreProvisional) {
  EXPECT_TRUE(state_calendar().is_provisional(2023));
  EXPECT_TRUE(state_calendar().is_provisional(2027));
  EXPECT_TRUE(state_calendar().describe(ymd(2027, 2, 8)).provisional);
}

TEST(ProvisionalYear, RulesGiveTetHungKingsAndCompensatoryDays) {
  const WorkingCalendar& c = state_calendar();
  // 2027: Tết (mùng 1) Sat 06/02; rule = 30 tháng Chạp + mùng 1-4 = 05/02..09/02, two of them on the weekend.
  for (unsigned day : {5u, 8u, 9u, 10u, 11u}) EXPECT_FALSE(c.is_working_day(ymd(2027, 2, day))) << day;
  EXPECT_EQ(c.day_kind(ymd(2027, 2, 10)), DayKind::compensatory);
  EXPECT_TRUE(c.is_working_day(ymd(2027, 2, 12)));
  EXPECT_TRUE(c.is_working_day(ymd(2027, 2, 4)));
  // Hùng Kings 2027: Fri 16/04. 30/04 Fri, 01/05 Sat -> compensatory Mon 03/05.
  EXPECT_EQ(c.day_kind(ymd(2027, 4, 16)), DayKind::holiday);
  EXPECT_EQ(c.day_kind(ymd(2027, 5, 3)), DayKind::compensatory);
  // 2027: 2/9 Thursday -> adjacent 3/9 Friday.
  EXPECT_EQ(c.day_kind(ymd(2027, 9, 3)), DayKind::holiday);
  EXPECT_TRUE(c.is_working_day(ymd(2027, 9, 1)));
  // No swaps in a provisional year.
  EXPECT_FALSE(c.is_working_day(ymd(2027, 1, 9)));
}

TEST(RulesOnlyCalendar, EveryYearIsProvisionalAndFollowsTheRules) {
  const WorkingCalendar c = rules_only_calendar();
  EXPECT_TRUE(c.is_provisional(2026));
  EXPECT_EQ(c.kind(), CalendarKind::state);
  EXPECT_FALSE(c.is_working_day(ymd(2026, 4, 27)));  // Hùng Kings Sunday -> compensatory Monday
  EXPECT_TRUE(c.is_working_day(ymd(2026, 8, 31)));   // no swap without official data
  EXPECT_NE(c.data_version(), state_calendar().data_version());
}

}  // namespace
}  // namespace camtrack::incidents
