// Internal: the immutable per-day tables behind WorkingCalendar.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "incidents/calendar/working_calendar.hpp"

namespace camtrack::incidents {

namespace calendar_detail {
struct Label {
  std::string name;
  std::string source;
};
inline constexpr std::uint16_t label_working = 0;  // "Ngày làm việc"
inline constexpr std::uint16_t label_rest = 1;     // "Nghỉ hằng tuần"
inline constexpr size_t year_count = calendar_last_year - calendar_first_year + 1;
}  // namespace calendar_detail

struct WorkingCalendar::Table {
  CalendarKind kind = CalendarKind::state;
  std::array<bool, 7> weekly_rest{};
  std::string version;
  long epoch = 0;                            // sys_days count of 1900-01-01
  std::vector<std::uint8_t> kinds;           // DayKind per day since epoch
  std::vector<std::uint16_t> label_of;       // index into labels, per day
  std::vector<calendar_detail::Label> labels;
  std::vector<std::int32_t> cumulative;      // working days before day i; size days + 1
  std::vector<std::int32_t> working;         // day index of the k-th working day
  std::array<bool, calendar_detail::year_count> provisional{};
  std::array<std::string, calendar_detail::year_count> sources{};
};

}  // namespace camtrack::incidents
