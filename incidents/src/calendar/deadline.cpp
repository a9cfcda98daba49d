// Deadlines (Art. 147/148), clock status and change reports.
#include "incidents/calendar/deadline.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace camtrack::incidents {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::string dmy(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()),
                static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  return buf;
}

bool same_day(const SkippedDay& a, const SkippedDay& b) {
  return a.date == b.date && a.kind == b.kind && a.name == b.name;
}

std::vector<SkippedDay> missing_from(const std::vector<SkippedDay>& list,
                                     const std::vector<SkippedDay>& other) {
  std::vector<SkippedDay> out;
  for (const auto& d : list) {
    if (std::none_of(other.begin(), other.end(), [&](const SkippedDay& o) { return same_day(d, o); }))
      out.push_back(d);
  }
  return out;
}

std::string change_summary(const DeadlineChange& c) {
  std::string s = c.days_moved == 0
                      ? "Hạn khắc phục giữ nguyên 24:00 " + dmy(c.after.deadline_date)
                      : "Hạn khắc phục đổi từ 24:00 " + dmy(c.before.deadline_date) + " sang 24:00 " +
                            dmy(c.after.deadline_date);
  s += " do dữ liệu lịch thay đổi";
  for (const auto& d : c.newly_skipped) s += "; thêm ngày nghỉ " + dmy(d.date) + " (" + d.name + ")";
  for (const auto& d : c.no_longer_skipped) s += "; " + dmy(d.date) + " nay là ngày làm việc";
  if (c.provisional_changed) s += c.after.provisional ? "; nay là lịch tạm tính" : "; nay theo lịch chính thức";
  return s;
}

}  // namespace

Deadline compute_deadline(const WorkingCalendar& calendar, Instant from, int working_days) {
  if (working_days < 1 || working_days > max_working_days)
    throw std::invalid_argument("working days must be between 1 and " + std::to_string(max_working_days));
  const Date event_day = local_date(from);
  Deadline d;
  d.calendar = calendar.kind();
  d.from = from;
  d.working_days = working_days;
  d.deadline_date = calendar.nth_working_day_after(event_day, working_days);
  d.deadline_at = end_of_local_day(d.deadline_date);
  const int first_year = static_cast<int>(Date{sys_days{event_day} + days{1}}.year());
  for (int y = first_year; y <= static_cast<int>(d.deadline_date.year()); ++y)
    d.provisional = d.provisional || calendar.is_provisional(y);
  d.skipped = calendar.days_off_between(event_day, d.deadline_date);
  d.data_version = calendar.data_version();
  return d;
}

ClockStatus clock_status(const WorkingCalendar& calendar, const Deadline& deadline, Instant now) {
  ClockStatus s;
  const Date event_day = local_date(deadline.from);
  const Date today = local_date(now);
  const Date yesterday{sys_days{today} - days{1}};
  int elapsed = 0;
  if (calendar.contains(yesterday) && calendar.contains(event_day))
    elapsed = calendar.working_days_between(event_day, yesterday);
  else if (sys_days{today} > sys_days{deadline.deadline_date})
    elapsed = deadline.working_days;
  s.working_days_elapsed = std::clamp(elapsed, 0, deadline.working_days);
  s.time_remaining = deadline.deadline_at - now;
  s.overdue = now >= deadline.deadline_at;
  s.working_days_remaining = s.overdue ? 0 : deadline.working_days - s.working_days_elapsed;
  return s;
}

std::optional<DeadlineChange> recompute_deadline(const WorkingCalendar& updated, const Deadline& old) {
  if (updated.kind() != old.calendar)
    throw std::invalid_argument("recompute_deadline: the calendar is '" + std::string(to_string(updated.kind())) +
                                "' but the deadline was computed on '" + std::string(to_string(old.calendar)) + "'");
  DeadlineChange c;
  c.before = old;
  c.after = compute_deadline(updated, old.from, old.working_days);
  c.days_moved = (sys_days{c.after.deadline_date} - sys_days{old.deadline_date}).count();
  c.provisional_changed = c.after.provisional != old.provisional;
  c.newly_skipped = missing_from(c.after.skipped, old.skipped);
  c.no_longer_skipped = missing_from(old.skipped, c.after.skipped);
  if (c.days_moved == 0 && !c.provisional_changed && c.newly_skipped.empty() && c.no_longer_skipped.empty())
    return std::nullopt;
  c.summary = change_summary(c);
  return c;
}

}  // namespace camtrack::incidents
