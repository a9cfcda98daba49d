// Incident rows shared by the dashboard and the list.
#include "pages/incident_rows.hpp"

#include "incidents/time_text.hpp"
#include "pages/format.hpp"

namespace camtrack::web::pages {

Data summary_row(const PageContext& ctx, const incidents::IncidentSummary& s) {
  Data row;
  row.set("id", std::to_string(s.id));
  row.set("href", "/incidents/" + std::to_string(s.id));
  row.set("kind", kind_label(ctx.lang, s.kind));
  row.set("state", state_label(ctx.lang, s.state));
  row.set("state_code", std::string(incidents::incident_state_name(s.state)));
  std::string cameras;
  for (const auto& code : s.cameras) cameras += (cameras.empty() ? "" : ", ") + code;
  row.set("cameras", cameras);
  row.set("detected", local_time_text(s.detected_at));
  row.set("deadline", deadline_text(ctx.lang, s.deadline_date));
  row.set("deadline_iso", incidents::format_instant(s.deadline_at));
  row.set("overdue", s.overdue);
  const bool active = incidents::is_active(s.state);
  row.set("active", active);
  if (active) {
    const auto remaining = s.deadline_at - ctx.now;
    const int days = working_days_left(ctx.services.calendar, s.deadline_date, s.detected_at, ctx.now);
    row.set("countdown", countdown_text(ctx.lang, days, remaining));
    row.set("countdown_days", countdown_days(ctx.lang, days, remaining));
    row.set("countdown_time", countdown_time(ctx.lang, remaining));
    row.set("urgency", urgency_class(days, remaining));
  } else {
    row.set("urgency", "done");
  }
  return row;
}

}  // namespace camtrack::web::pages
