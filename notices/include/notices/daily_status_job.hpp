// The daily status mail as one call for the app's timer: if a mail is due (daily_schedule.hpp) it
// collects the open incidents, renders and enqueues the mail, whose Message-ID and subject_ref carry
// the date, so the outbox itself remembers the last day sent: once per working day across restarts.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "incidents/outbox.hpp"
#include "notices/daily_schedule.hpp"
#include "notices/notice_mail.hpp"

namespace camtrack::notices {

struct DailyStatusJob {
  const Renderer& renderer;
  SiteInfo site;
  MailSettings settings;
  DailySchedule schedule;
  WorkingDayFn is_working_day;
  std::function<std::vector<DailyStatusRow>()> open_incidents;  // called only when a mail is due
};

// Enqueues the mail for today if due at `now`; returns the date it enqueued.
std::optional<Date> run_daily_status(const DailyStatusJob& job, incidents::Outbox& outbox, std::chrono::sys_seconds now);

// When to call run_daily_status() next.
std::optional<std::chrono::sys_seconds> next_daily_status_run(const DailyStatusJob& job, incidents::Outbox& outbox,
                                                              std::chrono::sys_seconds now);

}  // namespace camtrack::notices
