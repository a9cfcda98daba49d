#include "notices/daily_schedule.hpp"

#include <cstdio>

#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {

std::optional<Date> daily_status_due(std::chrono::sys_seconds now, std::optional<Date> last_sent,
                                     const DailySchedule& schedule, const WorkingDayFn& is_working_day) {
  const Date today = local_date_of(now);
  if (last_sent && std::chrono::sys_days{*last_sent} >= std::chrono::sys_days{today}) return std::nullopt;
  if (!is_working_day(today)) return std::nullopt;
  if (local_time_of_day(now) < schedule.local_time) return std::nullopt;
  return today;
}

std::optional<std::chrono::sys_seconds> next_daily_status(std::chrono::sys_seconds now, std::optional<Date> last_sent,
                                                          const DailySchedule& schedule,
                                                          const WorkingDayFn& is_working_day) {
  if (daily_status_due(now, last_sent, schedule, is_working_day)) return now;
  const std::chrono::sys_days today{local_date_of(now)};
  for (int i = 0; i <= 60; ++i) {
    const Date day{today + std::chrono::days{i}};
    if (last_sent && std::chrono::sys_days{day} <= std::chrono::sys_days{*last_sent}) continue;
    if (!is_working_day(day)) continue;
    const auto at = local_instant(day, schedule.local_time);
    if (at > now) return at;
  }
  return std::nullopt;
}

std::optional<Date> parse_iso_date(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return std::nullopt;
  const Date date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

}  // namespace camtrack::notices
