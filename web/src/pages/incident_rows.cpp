// Incident rows shared by the dashboard and the list.
#include "pages/incident_rows.hpp"

#include "incidents/time_text.hpp"
#include "pages/format.hpp"

namespace camtrack::web::pages {
namespace {

// Sets a field by moving the value in (Data::set copies it): a list page builds thousands of fields.
void put(Data& object, const char* key, Data value) { object[key] = std::move(value); }

}  // namespace

Data summary_row(const PageContext& ctx, const incidents::IncidentSummary& s) {
  Data row;
  put(row, "id", std::to_string(s.id));
  put(row, "href", "/incidents/" + std::to_string(s.id));
  put(row, "kind", kind_label(ctx.lang, s.kind));
  put(row, "state", state_label(ctx.lang, s.state));
  put(row, "state_code", std::string(incidents::incident_state_name(s.state)));
  std::string cameras;
  for (const auto& code : s.cameras) cameras += (cameras.empty() ? "" : ", ") + code;
  put(row, "cameras", std::move(cameras));
  put(row, "detected", local_time_text(s.detected_at));
  put(row, "deadline", deadline_text(ctx.lang, s.deadline_date));
  put(row, "deadline_iso", incidents::format_instant(s.deadline_at));
  put(row, "overdue", s.overdue);
  const bool active = incidents::is_active(s.state);
  put(row, "active", active);
  if (active) {
    const auto remaining = s.deadline_at - ctx.now;
    const int days = working_days_left(ctx.services.calendar, s.deadline_date, s.detected_at, ctx.now);
    put(row, "countdown", countdown_text(ctx.lang, days, remaining));
    put(row, "countdown_days", countdown_days(ctx.lang, days, remaining));
    put(row, "countdown_time", countdown_time(ctx.lang, remaining));
    put(row, "urgency", urgency_class(days, remaining));
  } else {
    put(row, "urgency", "done");
  }
  return row;
}

}  // namespace camtrack::web::pages
