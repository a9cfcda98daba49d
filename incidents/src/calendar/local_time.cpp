// Vietnam local dates and the 24:00 instant of a local day (UTC+7, no daylight saving).
#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

Date local_date(Instant at) {
  const auto local = at + vietnam_utc_offset;
  return Date{std::chrono::floor<std::chrono::days>(local)};
}

Instant end_of_local_day(Date date) {
  const std::chrono::sys_seconds next_local_midnight{std::chrono::sys_days{date} + std::chrono::days{1}};
  return next_local_midnight - vietnam_utc_offset;
}

}  // namespace camtrack::incidents
