// Test helpers: the shipped calendar data and calendars built from it (built once per test binary).
#pragma once

#include <string>

#include "incidents/calendar/deadline.hpp"
#include "incidents/calendar/working_calendar.hpp"

namespace camtrack::incidents::testing {

// data/calendar/vn-state.toml of the source tree.
const std::string& shipped_text();
const WorkingCalendar& state_calendar();
const WorkingCalendar& enterprise_calendar();

Date ymd(int y, unsigned m, unsigned d);
// 00:00 Vietnam time of a date, optionally plus hours and minutes.
Instant local_time(int y, unsigned m, unsigned d, int hour = 0, int minute = 0);
std::string iso(Date d);

}  // namespace camtrack::incidents::testing
