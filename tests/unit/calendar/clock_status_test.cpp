// Clock status (elapsed, remaining, overdue) and recomputation when calendar data changes.
#include <gtest/gtest.h>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::local_time;
using testing::shipped_text;
using testing::state_calendar;
using testing::ymd;

TEST(ClockStatus, OnTheEventDayNothingHasElapsed) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13, 10, 0), 10);
  const ClockStatus s = clock_status(state_calendar(), d, local_time(2026, 2, 13, 18, 0));
  EXPECT_EQ(s.working_days_elapsed, 0);
  EXPECT_EQ(s.working_days_remaining, 10);
  EXPECT_FALSE(s.overdue);
  EXPECT_EQ(s.time_remaining, d.deadline_at - local_time(2026, 2, 13, 18, 0));
}

TEST(ClockStatus, HolidaysDoNotConsumeTheClock) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13), 10);
  const ClockStatus s = clock_status(state_calendar(), d, local_time(2026, 2, 20, 12, 0));
  EXPECT_EQ(s.working_days_elapsed, 0);
  EXPECT_EQ(s.working_days_remaining, 10);
}

TEST(ClockStatus, CurrentWorkingDayCountsAsRemaining) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13), 10);
  // Wed 25/02: Mon 23 and Tue 24 are over; Wednesday itself is still running.
  const ClockStatus s = clock_status(state_calendar(), d, local_time(2026, 2, 25, 9, 0));
  EXPECT_EQ(s.working_days_elapsed, 2);
  EXPECT_EQ(s.working_days_remaining, 8);
}

TEST(ClockStatus, LastDayIsNotOverdueUntilMidnight) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13), 10);
  const ClockStatus last = clock_status(state_calendar(), d, local_time(2026, 3, 6, 23, 59));
  EXPECT_FALSE(last.overdue);
  EXPECT_EQ(last.working_days_remaining, 1);
  EXPECT_EQ(last.time_remaining, std::chrono::seconds{60});
  const ClockStatus after = clock_status(state_calendar(), d, local_time(2026, 3, 7, 0, 0));
  EXPECT_TRUE(after.overdue);
  EXPECT_EQ(after.working_days_elapsed, 10);
  EXPECT_EQ(after.working_days_remaining, 0);
  EXPECT_LE(after.time_remaining.count(), 0);
}

TEST(ClockStatus, ReportsNegativeTimeWhenOverdue) {
  const Deadline d = compute_deadline(state_calendar(), local_time(2026, 2, 13), 3);
  const ClockStatus s = clock_status(state_calendar(), d, local_time(2026, 2, 27, 0, 0));
  EXPECT_TRUE(s.overdue);
  EXPECT_EQ(s.time_remaining, -std::chrono::seconds{86400});
}

std::string with_extra_day_2026(const std::string& line) {
  std::string text = shipped_text();
  const std::string anchor = "  { date = 2026-09-02, kind = \"holiday\", name = \"Quốc khánh\" },\n";
  const auto at = text.find(anchor);
  if (at == std::string::npos) return text;
  return text.insert(at + anchor.size(), line);
}

TEST(RecomputeDeadline, ReportsAMovedDeadlineWhenANewDayOffIsPublished) {
  const Deadline old = compute_deadline(state_calendar(), local_time(2026, 11, 18), 10);
  ASSERT_EQ(old.deadline_date, ymd(2026, 12, 2));
  const WorkingCalendar updated = calendar_from_toml(
      with_extra_day_2026("  { date = 2026-11-24, kind = \"holiday\", name = \"Ngày Văn hóa Việt Nam\" },\n"),
      CalendarKind::state);
  EXPECT_NE(updated.data_version(), state_calendar().data_version());
  const auto change = recompute_deadline(updated, old);
  ASSERT_TRUE(change.has_value());
  EXPECT_EQ(change->after.deadline_date, ymd(2026, 12, 3));
  EXPECT_EQ(change->days_moved, 1);
  ASSERT_EQ(change->newly_skipped.size(), 1u);
  EXPECT_EQ(change->newly_skipped[0].name, "Ngày Văn hóa Việt Nam");
  EXPECT_TRUE(change->no_longer_skipped.empty());
  EXPECT_NE(change->summary.find("03/12/2026"), std::string::npos);
  EXPECT_EQ(change->after.data_version, updated.data_version());
}

TEST(RecomputeDeadline, ReturnsNothingWhenTheDeadlineIsUnaffected) {
  const Deadline old = compute_deadline(state_calendar(), local_time(2026, 3, 2), 3);
  const WorkingCalendar updated = calendar_from_toml(
      with_extra_day_2026("  { date = 2026-11-24, kind = \"holiday\", name = \"Ngày Văn hóa Việt Nam\" },\n"),
      CalendarKind::state);
  EXPECT_FALSE(recompute_deadline(updated, old).has_value());
}

TEST(RecomputeDeadline, ReportsWhenAProvisionalYearBecomesOfficial) {
  const Deadline old = compute_deadline(rules_only_calendar(), local_time(2026, 3, 2), 3);
  ASSERT_TRUE(old.provisional);
  const auto change = recompute_deadline(state_calendar(), old);
  ASSERT_TRUE(change.has_value());
  EXPECT_TRUE(change->provisional_changed);
  EXPECT_EQ(change->days_moved, 0);
  EXPECT_FALSE(change->after.provisional);
}

TEST(RecomputeDeadline, RefusesACalendarOfAnotherKind) {
  const Deadline old = compute_deadline(state_calendar(), local_time(2026, 3, 2), 3);
  EXPECT_THROW(recompute_deadline(testing::enterprise_calendar(), old), std::invalid_argument);
}

}  // namespace
}  // namespace camtrack::incidents
