#include <gtest/gtest.h>

#include "notices/sending_policy.hpp"
#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

bool weekdays(Date d) {
  const weekday wd{sys_days{d}};
  return wd != Saturday && wd != Sunday;
}

IncidentNoticeState fresh() {
  IncidentNoticeState s;
  s.deadline = ymd(2026, 3, 9);  // a Monday: the explanation is drafted on Friday 6
  return s;
}

const auto friday_noon = local_instant(ymd(2026, 3, 6), hours{12});
const auto thursday_noon = local_instant(ymd(2026, 3, 5), hours{12});

TEST(SendingPolicy, AppendixIiIsSentAtOnceOrHeldForApproval) {
  SendingPolicy automatic{true, hours{4}};
  EXPECT_EQ(decide_notices(fresh(), automatic, thursday_noon, weekdays), std::vector{NoticeAction::send_appendix_ii});
  SendingPolicy approval{false, hours{4}};
  EXPECT_EQ(decide_notices(fresh(), approval, thursday_noon, weekdays), std::vector{NoticeAction::hold_appendix_ii});
}

TEST(SendingPolicy, HeldAppendixIiGetsRemindersAtTheInterval) {
  auto s = fresh();
  s.appendix_ii_enqueued = true;
  s.last_reminder_at = thursday_noon - hours{1};
  const SendingPolicy approval{false, hours{4}};
  EXPECT_TRUE(decide_notices(s, approval, thursday_noon, weekdays).empty());
  EXPECT_EQ(decide_notices(s, approval, thursday_noon + hours{3}, weekdays),
            std::vector{NoticeAction::remind_appendix_ii_approval});
}

TEST(SendingPolicy, ExplanationIsDraftedOneWorkingDayBeforeTheDeadline) {
  auto s = fresh();
  s.appendix_ii_enqueued = s.appendix_ii_released = true;
  EXPECT_EQ(working_day_before(s.deadline, weekdays), ymd(2026, 3, 6));
  EXPECT_TRUE(decide_notices(s, {}, thursday_noon, weekdays).empty());
  EXPECT_EQ(decide_notices(s, {}, local_instant(ymd(2026, 3, 6), minutes{0}), weekdays),
            std::vector{NoticeAction::draft_overdue_explanation});
}

TEST(SendingPolicy, ExplanationIsSentOnlyWhenFilledAndRemindedUntilThen) {
  auto s = fresh();
  s.appendix_ii_enqueued = s.appendix_ii_released = true;
  s.explanation_drafted = true;
  s.last_reminder_at = friday_noon;
  EXPECT_TRUE(decide_notices(s, {}, friday_noon + hours{1}, weekdays).empty());
  EXPECT_EQ(decide_notices(s, {}, friday_noon + hours{5}, weekdays), std::vector{NoticeAction::remind_overdue_explanation});
  s.explanation_filled = true;
  EXPECT_EQ(decide_notices(s, {}, friday_noon + hours{1}, weekdays), std::vector{NoticeAction::send_overdue_explanation});
  s.explanation_released = true;
  EXPECT_TRUE(decide_notices(s, {}, friday_noon + hours{9}, weekdays).empty());
}

TEST(SendingPolicy, RestorationNoticeOnceWhenRestored) {
  auto s = fresh();
  s.appendix_ii_enqueued = s.appendix_ii_released = true;
  s.open = false;
  s.restored_at = thursday_noon;
  EXPECT_EQ(decide_notices(s, {}, friday_noon, weekdays), std::vector{NoticeAction::send_restoration});
  s.restoration_enqueued = true;
  EXPECT_TRUE(decide_notices(s, {}, friday_noon, weekdays).empty());
}

TEST(SendingPolicy, ExplanationWrittenAfterALateRestorationIsStillSentFirst) {
  auto s = fresh();
  s.appendix_ii_enqueued = s.appendix_ii_released = true;
  s.explanation_drafted = true;
  s.open = false;
  s.restored_at = friday_noon + days{4};  // after the Monday deadline
  EXPECT_EQ(decide_notices(s, {}, friday_noon + days{4}, weekdays), std::vector{NoticeAction::send_restoration});
  s.restoration_enqueued = true;
  s.explanation_filled = true;
  EXPECT_EQ(decide_notices(s, {}, friday_noon + days{5}, weekdays), std::vector{NoticeAction::send_overdue_explanation});
  s.restoration_enqueued = false;
  EXPECT_EQ(decide_notices(s, {}, friday_noon + days{5}, weekdays),
            (std::vector{NoticeAction::send_overdue_explanation, NoticeAction::send_restoration}));
}

}  // namespace
}  // namespace camtrack::notices
