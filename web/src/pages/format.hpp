// How pages write times, dates, countdowns and refusals for people (Vietnam time, UTC+7).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "incidents/calendar/working_calendar.hpp"
#include "incidents/incident.hpp"
#include "incidents/location_class.hpp"
#include "incidents/outcome.hpp"
#include "pages/i18n.hpp"

namespace camtrack::web::pages {

// "13/02/2026 14:05" in Vietnam time.
std::string local_time_text(incidents::Instant at);
// "13/02/2026".
std::string date_text(incidents::Date date);
// The legal deadline as the letters write it: "hết ngày 08/12/2026" / "end of 08/12/2026" (24:00 of that
// day, Civil Code Art. 148), never "09/12/2026 00:00", which reads as a day later.
std::string deadline_text(Lang lang, incidents::Date deadline_date);
// "2026-02-13T14:05" for <input type="datetime-local"> in Vietnam time.
std::string datetime_local_value(incidents::Instant at);
// Parses a datetime-local value (Vietnam time) or RFC 3339; nullopt when malformed.
std::optional<incidents::Instant> parse_local_time(std::string_view text);

// Working days left at `now` until the deadline date, counting today when it is a working day and not
// the event day itself (the day the clock started is never counted).
int working_days_left(const incidents::WorkingCalendar& calendar, incidents::Date deadline_date,
                      incidents::Instant started, incidents::Instant now);
// "còn 3 ngày làm việc · 52 giờ 10 phút" / "quá hạn 5 giờ 3 phút".
std::string countdown_text(Lang lang, int working_days, std::chrono::seconds remaining);
// The two parts of it: "còn 3 ngày làm việc ·" / "quá hạn", and "52 giờ 10 phút" (what JS updates).
std::string countdown_days(Lang lang, int working_days, std::chrono::seconds remaining);
std::string countdown_time(Lang lang, std::chrono::seconds remaining);
// CSS class of the urgency: overdue, urgent (≤ 1 working day), soon (≤ 3), ok.
std::string urgency_class(int working_days, std::chrono::seconds remaining);

// "Dữ liệu không hợp lệ: <reason>" — the refusal's kind in the page language, then its reason.
std::string refusal_text(Lang lang, const incidents::Refusal& refusal);

std::string state_label(Lang lang, incidents::IncidentState state);
std::string kind_label(Lang lang, incidents::IncidentKind kind);
std::string location_label(Lang lang, incidents::LocationClass location);

}  // namespace camtrack::web::pages
