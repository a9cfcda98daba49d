#include "notices/sending_policy.hpp"

#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {

Date working_day_before(Date deadline, const WorkingDayFn& is_working_day) {
  std::chrono::sys_days day{deadline};
  for (int i = 0; i < 60; ++i) {
    day -= std::chrono::days{1};
    if (is_working_day(Date{day})) return Date{day};
  }
  return Date{std::chrono::sys_days{deadline} - std::chrono::days{1}};
}

std::vector<NoticeAction> decide_notices(const IncidentNoticeState& s, const SendingPolicy& policy,
                                         std::chrono::sys_seconds now, const WorkingDayFn& is_working_day) {
  std::vector<NoticeAction> out;
  const bool reminder_due = !s.last_reminder_at || now - *s.last_reminder_at >= policy.reminder_interval;
  if (!s.appendix_ii_enqueued) {
    out.push_back(policy.auto_send_appendix_ii ? NoticeAction::send_appendix_ii : NoticeAction::hold_appendix_ii);
  } else if (!s.appendix_ii_released && s.open && reminder_due) {
    out.push_back(NoticeAction::remind_appendix_ii_approval);
  }
  if (!s.open) {
    // Restored after the deadline: an explanation written afterwards still goes, before the restoration.
    if (s.explanation_drafted && !s.explanation_released && s.explanation_filled) {
      out.push_back(NoticeAction::send_overdue_explanation);
    }
    if (s.restored_at && !s.restoration_enqueued) out.push_back(NoticeAction::send_restoration);
    return out;
  }
  const std::chrono::sys_days today{local_date_of(now)};
  const std::chrono::sys_days draft_day{working_day_before(s.deadline, is_working_day)};
  if (today < draft_day) return out;
  if (!s.explanation_drafted) {
    out.push_back(NoticeAction::draft_overdue_explanation);
  } else if (!s.explanation_released) {
    if (s.explanation_filled) {
      out.push_back(NoticeAction::send_overdue_explanation);
    } else if (reminder_due) {
      out.push_back(NoticeAction::remind_overdue_explanation);
    }
  }
  return out;
}

}  // namespace camtrack::notices
