// Times, dates, countdowns and labels as pages show them.
#include "pages/format.hpp"

#include <cstdio>

#include "incidents/time_text.hpp"
#include "pages/event_text.hpp"

namespace camtrack::web::pages {
namespace {

using namespace std::chrono;

std::string two(long v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string hours_minutes(Lang lang, seconds s) {
  const auto h = duration_cast<hours>(s).count();
  const auto m = duration_cast<minutes>(s % hours(1)).count();
  return std::to_string(h) + std::string(tr(lang, "unit_hours")) + " " + std::to_string(m) +
         std::string(tr(lang, "unit_minutes"));
}

}  // namespace

std::string date_text(incidents::Date date) {
  return two(static_cast<unsigned>(date.day())) + "/" + two(static_cast<unsigned>(date.month())) + "/" +
         std::to_string(static_cast<int>(date.year()));
}

std::string deadline_text(Lang lang, incidents::Date deadline_date) {
  return (lang == Lang::vi ? "hết ngày " : "end of ") + date_text(deadline_date);
}

std::string local_time_text(incidents::Instant at) {
  const auto local = at + incidents::vietnam_utc_offset;
  const auto day = floor<days>(local);
  const hh_mm_ss time{local - day};
  return date_text(year_month_day{day}) + " " + two(time.hours().count()) + ":" + two(time.minutes().count());
}

std::string datetime_local_value(incidents::Instant at) {
  const auto local = at + incidents::vietnam_utc_offset;
  const auto day = floor<days>(local);
  const hh_mm_ss time{local - day};
  return incidents::format_date(year_month_day{day}) + "T" + two(time.hours().count()) + ":" +
         two(time.minutes().count());
}

std::optional<incidents::Instant> parse_local_time(std::string_view text) {
  if (text.size() == 16 && text[10] == 'T') return incidents::parse_instant(std::string(text) + ":00+07:00");
  return incidents::parse_instant(text);
}

int working_days_left(const incidents::WorkingCalendar& calendar, incidents::Date deadline_date,
                      incidents::Instant started, incidents::Instant now) {
  const auto today = incidents::local_date(now);
  if (!calendar.contains(today) || !calendar.contains(deadline_date)) return 0;
  if (sys_days{deadline_date} < sys_days{today}) return 0;
  const bool count_today = calendar.is_working_day(today) && incidents::local_date(started) != today;
  return calendar.working_days_between(today, deadline_date) + (count_today ? 1 : 0);
}

std::string countdown_days(Lang lang, int working_days, seconds remaining) {
  if (remaining <= seconds{0}) return std::string(tr(lang, "countdown_overdue"));
  return std::string(tr(lang, "countdown_left")) + " " + std::to_string(working_days) + " " +
         std::string(tr(lang, "unit_working_days")) + " ·";
}

std::string countdown_time(Lang lang, seconds remaining) {
  return hours_minutes(lang, remaining < seconds{0} ? -remaining : remaining);
}

std::string countdown_text(Lang lang, int working_days, seconds remaining) {
  return countdown_days(lang, working_days, remaining) + " " + countdown_time(lang, remaining);
}

std::string urgency_class(int working_days, seconds remaining) {
  if (remaining <= seconds{0}) return "overdue";
  if (working_days <= 1) return "urgent";
  if (working_days <= 3) return "soon";
  return "ok";
}

std::string refusal_text(Lang lang, const incidents::Refusal& refusal) {
  const std::string key = "refusal_" + std::string(incidents::refusal_code_name(refusal.code));
  return std::string(tr(lang, key)) + ": " + refusal_reason_text(lang, refusal).value_or(refusal.reason);
}

std::string state_label(Lang lang, incidents::IncidentState state) {
  return std::string(tr(lang, "state_" + std::string(incidents::incident_state_name(state))));
}

std::string kind_label(Lang lang, incidents::IncidentKind kind) {
  return std::string(tr(lang, "kind_" + std::string(incidents::incident_kind_name(kind))));
}

std::string location_label(Lang lang, incidents::LocationClass location) {
  return std::string(tr(lang, "loc_" + std::string(incidents::location_class_name(location))));
}

}  // namespace camtrack::web::pages
