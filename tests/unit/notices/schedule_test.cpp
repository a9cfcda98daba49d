#include <gtest/gtest.h>

#include "notices/daily_schedule.hpp"
#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

// A fake calendar: Monday-Friday, except Friday 2026-03-13 (a pretend holiday); Saturday 2026-03-21 works.
bool fake_working_day(Date d) {
  if (d == ymd(2026, 3, 13)) return false;
  if (d == ymd(2026, 3, 21)) return true;
  const weekday wd{sys_days{d}};
  return wd != Saturday && wd != Sunday;
}

const DailySchedule at_0830{minutes{8 * 60 + 30}};

TEST(DailySchedule, DueAtTheConfiguredLocalTimeOnAWorkingDay) {
  const auto before = local_instant(ymd(2026, 3, 12), minutes{8 * 60 + 29});
  const auto at = local_instant(ymd(2026, 3, 12), minutes{8 * 60 + 30});
  EXPECT_FALSE(daily_status_due(before, std::nullopt, at_0830, fake_working_day));
  EXPECT_EQ(daily_status_due(at, std::nullopt, at_0830, fake_working_day), ymd(2026, 3, 12));
  EXPECT_EQ(next_daily_status(before, std::nullopt, at_0830, fake_working_day), at);
  // 08:30 in Vietnam is 01:30 UTC.
  EXPECT_EQ(at, sys_days{ymd(2026, 3, 12)} + hours{1} + minutes{30});
}

TEST(DailySchedule, SkipsHolidaysAndWeekendsButNotMakeUpSaturdays) {
  const auto thursday_after = local_instant(ymd(2026, 3, 12), hours{9});
  // Friday 13 is a holiday, the weekend is off: the next mail is Monday 16 at 08:30.
  EXPECT_EQ(next_daily_status(thursday_after, ymd(2026, 3, 12), at_0830, fake_working_day),
            local_instant(ymd(2026, 3, 16), minutes{8 * 60 + 30}));
  EXPECT_FALSE(daily_status_due(local_instant(ymd(2026, 3, 13), hours{10}), ymd(2026, 3, 12), at_0830, fake_working_day));
  EXPECT_FALSE(daily_status_due(local_instant(ymd(2026, 3, 14), hours{10}), ymd(2026, 3, 12), at_0830, fake_working_day));
  EXPECT_EQ(daily_status_due(local_instant(ymd(2026, 3, 21), hours{10}), ymd(2026, 3, 20), at_0830, fake_working_day),
            ymd(2026, 3, 21));
}

TEST(DailySchedule, OncePerDayAcrossRestarts) {
  const auto morning = local_instant(ymd(2026, 3, 12), hours{9});
  // A restart later the same day finds today's date persisted: nothing due until tomorrow 08:30.
  EXPECT_FALSE(daily_status_due(morning + hours{3}, ymd(2026, 3, 12), at_0830, fake_working_day));
  EXPECT_EQ(next_daily_status(morning + hours{3}, ymd(2026, 3, 12), at_0830, fake_working_day),
            local_instant(ymd(2026, 3, 16), minutes{8 * 60 + 30}));
  // A restart after 08:30 on a day not yet sent catches up at once.
  EXPECT_EQ(next_daily_status(morning, ymd(2026, 3, 11), at_0830, fake_working_day), morning);
}

TEST(DailySchedule, LocalMidnightIsVietnamNotUtc) {
  // 2026-03-12T23:00Z is 06:00 on Friday 13 in Vietnam (a holiday in the fake calendar).
  const auto late_utc = sys_days{ymd(2026, 3, 12)} + hours{23};
  const DailySchedule at_0500{hours{5}};
  EXPECT_FALSE(daily_status_due(late_utc, ymd(2026, 3, 12), at_0500, fake_working_day));
}

TEST(DailySchedule, ParsesThePersistedDate) {
  EXPECT_EQ(parse_iso_date("2026-03-06"), ymd(2026, 3, 6));
  EXPECT_FALSE(parse_iso_date("2026-02-30"));
  EXPECT_FALSE(parse_iso_date("garbage"));
}

}  // namespace
}  // namespace camtrack::notices
