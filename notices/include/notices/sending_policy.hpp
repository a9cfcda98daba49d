// What to put in the outbox for an incident, given the configured policy and `now`: the Appendix II
// notice (sent at once, or held for the compliance officer's approval with reminders), the overdue
// explanation (drafted one working day before the deadline, sent once reason and expected date are
// filled, reminders until then) and the restoration notice. Pure: the app passes a summary of what it
// has already done, then enqueues, holds or reminds as decided.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "notices/daily_schedule.hpp"
#include "notices/notice_data.hpp"

namespace camtrack::notices {

struct SendingPolicy {
  bool auto_send_appendix_ii = false;                      // false: held for approval
  std::chrono::minutes reminder_interval{std::chrono::hours{4}};
};

// What the app knows about one incident and its notices.
struct IncidentNoticeState {
  bool open = true;
  Date deadline{};                                         // last working day of the legal clock
  std::optional<std::chrono::sys_seconds> restored_at;
  bool appendix_ii_enqueued = false;                       // held or pending or sent
  bool appendix_ii_released = false;                       // approved (pending or sent)
  bool explanation_drafted = false;
  bool explanation_filled = false;                         // reason and expected date are set
  bool explanation_released = false;
  bool restoration_enqueued = false;
  std::optional<std::chrono::sys_seconds> last_reminder_at;
};

enum class NoticeAction {
  send_appendix_ii,             // render, enqueue as pending
  hold_appendix_ii,             // render, enqueue as held; alert the officer
  remind_appendix_ii_approval,  // alert the officer again
  draft_overdue_explanation,    // render with blanks, enqueue as held; alert the officer
  send_overdue_explanation,     // re-render with reason and date, release the held draft
  remind_overdue_explanation,   // alert the officer again
  send_restoration,             // render, enqueue as pending
};

std::vector<NoticeAction> decide_notices(const IncidentNoticeState& state, const SendingPolicy& policy,
                                         std::chrono::sys_seconds now, const WorkingDayFn& is_working_day);

// The working day before `deadline` (the day the explanation is drafted).
Date working_day_before(Date deadline, const WorkingDayFn& is_working_day);

}  // namespace camtrack::notices
