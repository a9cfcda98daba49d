// Deadlines of Civil Code Art. 147/148: REGULATION.md §4 worked examples and explanations.
#include <gtest/gtest.h>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::enterprise_calendar;
using testing::iso;
using testing::local_time;
using testing::state_calendar;
using testing::ymd;

std::string deadline_of(const WorkingCalendar& c, Instant from, int n) {
  return iso(compute_deadline(c, from, n).deadline_date);
}

TEST(Deadline, WorkedExamplesOfRegulationHold) {
  const WorkingCalendar& c = state_calendar();
  EXPECT_EQ(deadline_of(c, local_time(2026, 2, 13), 10), "2026-03-06");
  EXPECT_EQ(deadline_of(c, local_time(2026, 2, 13), 3), "2026-02-25");
  EXPECT_EQ(deadline_of(c, local_time(2026, 4, 29), 3), "2026-05-06");
  EXPECT_EQ(deadline_of(c, local_time(2025, 12, 31), 3), "2026-01-07");
}

TEST(Deadline, MakeUpSaturdayCountsOnStateButNotEnterpriseCalendar) {
  EXPECT_EQ(deadline_of(state_calendar(), local_time(2026, 8, 20), 10), "2026-09-07");
  EXPECT_EQ(deadline_of(enterprise_calendar(), local_time(2026, 8, 20), 10), "2026-09-08");
}

TEST(Deadline, IsMidnightVietnamTimeAtTheEndOfTheLastDay) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13, 9, 30), 10);
  EXPECT_EQ(d.deadline_at, local_time(2026, 3, 7));
  EXPECT_EQ(d.deadline_at, end_of_local_day(ymd(2026, 3, 6)));
  // 2026-03-06T17:00:00Z is 24:00 in Vietnam.
  EXPECT_EQ(d.deadline_at.time_since_epoch().count() % 86400, 17 * 3600);
}

TEST(Deadline, EventDayUsesVietnamDateNotUtc) {
  // 23:30 on Thu 12/02/2026 in Vietnam is 16:30 UTC the same day; 01:00 on 13/02 local is 18:00 UTC on 12/02.
  const Instant late_local = local_time(2026, 2, 13, 1, 0);
  EXPECT_EQ(local_date(late_local), ymd(2026, 2, 13));
  EXPECT_EQ(deadline_of(state_calendar(), late_local, 3), "2026-02-25");
  EXPECT_EQ(deadline_of(state_calendar(), local_time(2026, 2, 12, 23, 30), 3), "2026-02-24");
}

TEST(Deadline, ExplainsEverySkippedDay) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13), 3);
  ASSERT_EQ(d.skipped.size(), 9u);  // 14-15 weekend, 16-20 Tết, 21-22 weekend
  EXPECT_EQ(d.skipped[0].kind, DayKind::weekly_rest);
  EXPECT_EQ(d.skipped[2].date, ymd(2026, 2, 16));
  EXPECT_EQ(d.skipped[2].kind, DayKind::holiday);
  EXPECT_EQ(d.skipped[2].name, "Tết Nguyên đán (29 tháng Chạp)");
  EXPECT_EQ(d.skipped[8].date, ymd(2026, 2, 22));
  EXPECT_FALSE(d.provisional);
  EXPECT_EQ(d.data_version, state_calendar().data_version());
  EXPECT_EQ(d.working_days, 3);
  EXPECT_EQ(d.calendar, CalendarKind::state);
}

TEST(Deadline, IsProvisionalWhenItDependsOnAYearWithoutData) {
  EXPECT_TRUE(compute_deadline(state_calendar(), local_time(2026, 12, 29), 10).provisional);
  EXPECT_FALSE(compute_deadline(state_calendar(), local_time(2026, 12, 1), 10).provisional);
  // The event day itself is not counted: 31/12/2026 + N stays in 2027 (provisional).
  EXPECT_TRUE(compute_deadline(state_calendar(), local_time(2026, 12, 31), 1).provisional);
}

TEST(Deadline, RejectsNonPositiveOrHugeCounts) {
  EXPECT_THROW(compute_deadline(state_calendar(), local_time(2026, 1, 5), 0), std::invalid_argument);
  EXPECT_THROW(compute_deadline(state_calendar(), local_time(2026, 1, 5), -3), std::invalid_argument);
  EXPECT_THROW(compute_deadline(state_calendar(), local_time(2026, 1, 5), max_working_days + 1),
               std::invalid_argument);
}

TEST(Deadline, RejectsDatesOutsideTheCalendar) {
  EXPECT_THROW(compute_deadline(state_calendar(), local_time(2100, 12, 20), 30), std::out_of_range);
  EXPECT_THROW(compute_deadline(state_calendar(), local_time(1899, 12, 31), 3), std::out_of_range);
}

}  // namespace
}  // namespace camtrack::incidents
