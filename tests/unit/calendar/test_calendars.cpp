#include "test_calendars.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace camtrack::incidents::testing {

const std::string& shipped_text() {
  static const std::string text = [] {
    std::ifstream in(std::string(CAMTRACK_SOURCE_DIR) + "/data/calendar/vn-state.toml", std::ios::binary);
    if (!in) throw std::runtime_error("cannot read data/calendar/vn-state.toml");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }();
  return text;
}

const WorkingCalendar& state_calendar() {
  static const WorkingCalendar calendar = calendar_from_toml(shipped_text(), CalendarKind::state);
  return calendar;
}

const WorkingCalendar& enterprise_calendar() {
  static const WorkingCalendar calendar = calendar_from_toml(shipped_text(), CalendarKind::enterprise);
  return calendar;
}

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Instant local_time(int y, unsigned m, unsigned d, int hour, int minute) {
  const std::chrono::sys_seconds local{std::chrono::sys_days{ymd(y, m, d)} + std::chrono::hours{hour} +
                                       std::chrono::minutes{minute}};
  return local - vietnam_utc_offset;
}

std::string iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace camtrack::incidents::testing
