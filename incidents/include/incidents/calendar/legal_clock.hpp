// Legal clocks: the contract between the working-day calendar and its users (incidents, notices, web).
// Civil Code 2015 Art. 147/148: the event day is not counted; the deadline is 24:00 (Vietnam time,
// UTC+7, no daylight saving) of the Nth working day. Pure: `now` and every instant are parameters.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace camtrack::incidents {

using Date = std::chrono::year_month_day;
using Instant = std::chrono::sys_seconds;  // a UTC instant

// Vietnam has kept UTC+7 with no daylight saving since 1975 (REGULATION.md §4).
inline constexpr std::chrono::seconds vietnam_utc_offset{7 * 3600};

// The calendar date in Vietnam at an instant.
Date local_date(Instant at);
// 24:00 of a Vietnamese calendar date (= 00:00 of the next day), as a UTC instant.
Instant end_of_local_day(Date date);

enum class CalendarKind { state, enterprise };

// Why a day is, or is not, a working day.
enum class DayKind {
  working,          // ordinary Monday-Friday (or enterprise work day)
  weekly_rest,      // Saturday/Sunday (or the enterprise's own rest days)
  holiday,          // public holiday, Labour Code Art. 112
  compensatory,     // holiday on a rest day moved here, Art. 111(3)
  swapped_off,      // weekday off swapped against a make-up Saturday
  makeup_working,   // official make-up Saturday: a working day on the state calendar
};

struct SkippedDay {
  Date date;
  DayKind kind;
  std::string name;  // Vietnamese, e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương"
};

struct Deadline {
  CalendarKind calendar = CalendarKind::state;
  Instant from{};                    // the anchor instant (detection by default)
  int working_days = 0;
  Date deadline_date{};
  Instant deadline_at{};             // end_of_local_day(deadline_date)
  bool provisional = false;          // depends on a year without an official schedule
  std::vector<SkippedDay> skipped;   // non-working days between the event day and the deadline
  std::string data_version;          // identifies the calendar data it was computed with
};

struct ClockStatus {
  int working_days_elapsed = 0;      // whole working days counted since the event day
  int working_days_remaining = 0;    // working days left, including the current one if still working
  std::chrono::seconds time_remaining{0};  // until deadline_at; negative when overdue
  bool overdue = false;
};

}  // namespace camtrack::incidents
