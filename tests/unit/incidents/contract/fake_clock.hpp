// A stand-in for the working-day calendar in tests: every day is a working day, so a clock of N working
// days started on day D ends at 24:00 (UTC+7) of day D+N.
#pragma once

#include <chrono>

#include "incidents/clock_rules.hpp"

namespace camtrack::incidents::testing {

inline Instant end_of_vietnam_day(Date date) {
  return Instant{std::chrono::sys_days{date} + std::chrono::days{1} - vietnam_utc_offset};
}

inline ClockRules every_day_clock() {
  ClockRules rules;
  rules.deadline = [](Instant from, int n) {
    Deadline d;
    d.from = from;
    d.working_days = n;
    d.deadline_date = Date{std::chrono::sys_days{vietnam_date(from)} + std::chrono::days{n}};
    d.deadline_at = end_of_vietnam_day(d.deadline_date);
    d.data_version = "test-every-day";
    return d;
  };
  rules.status = [](const Deadline& d, Instant now) {
    ClockStatus s;
    s.time_remaining = d.deadline_at - now;
    s.overdue = now >= d.deadline_at;
    const auto elapsed = std::chrono::floor<std::chrono::days>(std::chrono::sys_days{vietnam_date(now)} -
                                                               std::chrono::sys_days{vietnam_date(d.from)});
    s.working_days_elapsed = static_cast<int>(elapsed.count());
    s.working_days_remaining = d.working_days - s.working_days_elapsed;
    return s;
  };
  return rules;
}

// 2026-03-02 09:00 UTC (16:00 in Vietnam), a Monday.
inline Instant t0() { return Instant{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours{9}}; }

inline Instant at(std::chrono::seconds offset) { return t0() + offset; }

}  // namespace camtrack::incidents::testing
