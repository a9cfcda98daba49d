// Properties of deadlines over many random (date, N), with a fixed seed so failures reproduce.
#include <gtest/gtest.h>

#include <random>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using testing::enterprise_calendar;
using testing::iso;
using testing::local_time;
using testing::state_calendar;
using testing::ymd;

struct Sample {
  Date start;
  int n;
};

std::vector<Sample> samples(unsigned seed, int count) {
  std::mt19937 rng(seed);
  const auto first = sys_days{ymd(2020, 1, 1)}, last = sys_days{ymd(2035, 12, 31)};
  std::uniform_int_distribution<int> day(0, static_cast<int>((last - first).count()));
  std::uniform_int_distribution<int> n(1, 40);
  std::vector<Sample> out;
  for (int i = 0; i < count; ++i) out.push_back({Date{first + days{day(rng)}}, n(rng)});
  return out;
}

Instant noon(Date d) { return local_time(static_cast<int>(d.year()), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()), 12); }

TEST(DeadlineProperty, DeadlineIsAlwaysAWorkingDayAfterTheEvent) {
  for (const WorkingCalendar* c : {&state_calendar(), &enterprise_calendar()}) {
    for (const auto& s : samples(20260223, 5000)) {
      const Deadline d = compute_deadline(*c, noon(s.start), s.n);
      ASSERT_TRUE(c->is_working_day(d.deadline_date)) << iso(s.start) << " + " << s.n;
      ASSERT_GT(sys_days{d.deadline_date}, sys_days{s.start});
      ASSERT_EQ(c->working_days_between(s.start, d.deadline_date), s.n) << iso(s.start) << " + " << s.n;
      // Every day strictly between is either skipped (explained) or counted.
      const auto span = (sys_days{d.deadline_date} - sys_days{s.start}).count() - 1;
      ASSERT_EQ(static_cast<long>(d.skipped.size()) + s.n - 1, span);
    }
  }
}

TEST(DeadlineProperty, NeverMovesEarlierWhenNOrTheStartGrows) {
  const WorkingCalendar& c = state_calendar();
  for (const auto& s : samples(4711, 3000)) {
    const Date base = compute_deadline(c, noon(s.start), s.n).deadline_date;
    const Date more = compute_deadline(c, noon(s.start), s.n + 1).deadline_date;
    const Date later = compute_deadline(c, noon(Date{sys_days{s.start} + days{1}}), s.n).deadline_date;
    ASSERT_GT(sys_days{more}, sys_days{base}) << iso(s.start) << " + " << s.n;
    ASSERT_GE(sys_days{later}, sys_days{base}) << iso(s.start) << " + " << s.n;
  }
}

// State and enterprise calendars (default policy) differ only on make-up Saturdays; so deadlines
// differ only when the state's counting window contains one.
TEST(DeadlineProperty, StateAndEnterpriseDifferOnlyAroundMakeUpSaturdays) {
  for (const auto& s : samples(1234, 5000)) {
    const Deadline state = compute_deadline(state_calendar(), noon(s.start), s.n);
    const Deadline enterprise = compute_deadline(enterprise_calendar(), noon(s.start), s.n);
    ASSERT_GE(sys_days{enterprise.deadline_date}, sys_days{state.deadline_date});
    if (state.deadline_date == enterprise.deadline_date) continue;
    bool makeup_in_window = false;
    for (auto d = sys_days{s.start} + days{1}; d <= sys_days{state.deadline_date}; d += days{1})
      makeup_in_window = makeup_in_window || state_calendar().day_kind(Date{d}) == DayKind::makeup_working;
    ASSERT_TRUE(makeup_in_window) << iso(s.start) << " + " << s.n;
  }
}

TEST(DeadlineProperty, CalendarsAgreeOnEveryDayExceptMakeUpSaturdays) {
  for (auto d = sys_days{ymd(2020, 1, 1)}; d <= sys_days{ymd(2035, 12, 31)}; d += days{1}) {
    const bool differ = state_calendar().is_working_day(Date{d}) != enterprise_calendar().is_working_day(Date{d});
    if (differ) {
      EXPECT_EQ(state_calendar().day_kind(Date{d}), DayKind::makeup_working) << iso(Date{d});
    }
  }
}

}  // namespace
}  // namespace camtrack::incidents
