// Text, JSON and iCalendar renderings of calendar results for `camtrack calendar` (Vietnamese by
// default, English with --lang en).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "incidents/calendar/deadline.hpp"
#include "incidents/calendar/working_calendar.hpp"

namespace camtrack::app {

enum class Lang { vi, en };

std::string iso_date(incidents::Date d);                // 2026-03-06
std::string dmy_date(incidents::Date d);                // 06/03/2026
std::string rfc3339_local(incidents::Instant at);       // 2026-03-07T00:00:00+07:00
std::string weekday_name(incidents::Date d, Lang lang); // "thứ Sáu" / "Friday"

std::string deadline_text(const incidents::WorkingCalendar& calendar, const incidents::Deadline& d, Lang lang);
nlohmann::json deadline_json(const incidents::Deadline& d);

std::string year_text(const incidents::WorkingCalendar& calendar, int year, Lang lang);
nlohmann::json year_json(const incidents::WorkingCalendar& calendar, int year);
// RFC 5545 calendar (CRLF lines, folded at 75 octets) of the year's days off, stamped `now`.
std::string year_ics(const incidents::WorkingCalendar& calendar, int year, incidents::Instant now);

}  // namespace camtrack::app
