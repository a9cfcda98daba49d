// When the daily status mail goes to the customs liaison list: at a configured local time (Vietnam),
// on working days only, once per working day even across restarts (the caller persists the last date
// it enqueued; the outbox does, see Outbox::last_daily_status_date). Pure: `now` and the calendar are
// parameters.
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include "notices/notice_data.hpp"

namespace camtrack::notices {

using WorkingDayFn = std::function<bool(Date)>;

struct DailySchedule {
  std::chrono::minutes local_time{std::chrono::hours{8}};  // 08:00 Vietnam time by default
};

// The local date whose mail is due at `now`, if any: today is a working day, the configured time has
// passed, and today's mail was not enqueued yet. A mail missed on an earlier day is not sent late.
std::optional<Date> daily_status_due(std::chrono::sys_seconds now, std::optional<Date> last_sent,
                                     const DailySchedule& schedule, const WorkingDayFn& is_working_day);

// The next instant a daily mail is due (now, if one is due already). Looks ahead at most 60 days.
std::optional<std::chrono::sys_seconds> next_daily_status(std::chrono::sys_seconds now, std::optional<Date> last_sent,
                                                          const DailySchedule& schedule,
                                                          const WorkingDayFn& is_working_day);

// "2026-03-06" ↔ Date, for the persisted last date.
std::optional<Date> parse_iso_date(const std::string& text);

}  // namespace camtrack::notices
