// GET /incidents/{id}: timeline, affected cameras with their failing check and last good snapshot,
// the deadline explained, notices with their PDFs, and the action forms of the user's role (with
// "approve and send" for officers and admins while an Appendix II is held for approval).
#include <algorithm>
#include <map>

#include "incidents/permissions.hpp"
#include "incidents/time_text.hpp"
#include "pages/event_text.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/incident_detail.hpp"
#include "pages/problem_text.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Command;

Data camera_rows(const PageContext& ctx, const incidents::Incident& incident, std::int64_t id) {
  std::map<std::string, CameraHealth> health;
  if (ctx.services.site_health) {
    for (auto& c : ctx.services.site_health().cameras) health[c.code] = c;
  }
  Data rows = list();
  for (const auto& code : incident.cameras) {
    Data row;
    row.set("code", code);
    if (auto camera = ctx.services.inventory.camera(ctx.actor(), code); camera.ok()) {
      row.set("name", camera->name);
      row.set("location", location_label(ctx.lang, camera->location));
    }
    if (auto it = health.find(code); it != health.end()) {
      const auto& h = it->second;
      const std::string state = h.health == Health::up ? "up" : h.health == Health::down ? "down" : "unknown";
      row.set("health", state);
      row.set("health_label", std::string(ctx.t("health_" + state)));
      row.set("problem", h.problem);
      row.set("problem_text", problem_text(ctx.lang, h.problem));
      if (h.last_checked) row.set("checked", local_time_text(*h.last_checked));
      if (h.last_good) row.set("last_good", local_time_text(*h.last_good));
      if (h.has_snapshot) row.set("snapshot_href", "/incidents/" + std::to_string(id) + "/snapshot/" + url_encode(code));
    }
    rows.push_back(row);
  }
  return rows;
}

Data deadline_data(const PageContext& ctx, const incidents::IncidentDetail& detail) {
  const auto& d = detail.incident.deadline;
  Data out;
  out.set("from", local_time_text(d.from));
  out.set("working_days", std::to_string(d.working_days));
  out.set("date", date_text(d.deadline_date));
  out.set("at", deadline_text(ctx.lang, d.deadline_date));
  out.set("iso", incidents::format_instant(d.deadline_at));
  out.set("provisional", d.provisional);
  Data skipped = list();
  for (const auto& day : d.skipped) {
    Data s;
    s.set("date", date_text(day.date));
    s.set("name", day.name);
    skipped.push_back(s);
  }
  out.set("skipped", skipped);
  out.set("has_skipped", !d.skipped.empty());
  const auto& clock = detail.clock;
  if (incidents::is_active(detail.incident.state)) {
    out.set("countdown", countdown_text(ctx.lang, clock.working_days_remaining, clock.time_remaining));
    out.set("countdown_days", countdown_days(ctx.lang, clock.working_days_remaining, clock.time_remaining));
    out.set("countdown_time", countdown_time(ctx.lang, clock.time_remaining));
    out.set("urgency", urgency_class(clock.working_days_remaining, clock.time_remaining));
  }
  return out;
}

Data notice_rows(const PageContext& ctx, const std::vector<NoticeInfo>& notices) {
  Data rows = list();
  for (const auto& n : notices) {
    Data row;
    row.set("kind", n.kind);
    row.set("number", n.notice_number);
    row.set("subject", n.subject);
    row.set("state", std::string(ctx.t("notice_" + n.state)));
    row.set("created", local_time_text(n.created_at));
    if (n.sent_at) row.set("sent", local_time_text(*n.sent_at));
    row.set("error", n.last_error);
    if (n.has_pdf) row.set("pdf_href", "/notices/" + std::to_string(n.id) + "/pdf");
    rows.push_back(row);
  }
  return rows;
}

Data timeline_rows(const PageContext& ctx, const incidents::IncidentDetail& detail) {
  Data rows = list();
  for (const auto& e : detail.timeline) {
    Data row;
    row.set("at", local_time_text(e.at));
    row.set("actor", e.actor);
    row.set("action", e.action);
    row.set("summary", event_text(ctx.lang, e));
    rows.push_back(row);
  }
  return rows;
}

// Which forms the role and state allow; each with its refusal and kept values when shown again.
Data action_forms(const PageContext& ctx, const incidents::IncidentDetail& detail, const FormState& form,
                  bool appendix_held) {
  const auto role = ctx.session.role;
  const auto& i = detail.incident;
  const bool active = incidents::is_active(i.state);
  Data out;
  bool shown_again = false;
  auto offer = [&](const std::string& name, bool shown) {
    if (!shown) return;
    shown_again = shown_again || form.action == name;
    Data f;
    if (form.action == name) {
      f.set("error", form.error);
      for (const auto& [k, v] : form.values) f.set(k, v);
    }
    out.set(name, f);
  };
  offer("assign", active && incidents::may(role, Command::assign));
  offer("note", incidents::may(role, Command::add_note));
  offer("explain", incidents::may(role, Command::explain_overdue) && incidents::missed_deadline(i, ctx.now));
  offer("restore", active && incidents::may(role, Command::mark_restored));
  offer("close", i.state == incidents::IncidentState::restored && incidents::may(role, Command::close));
  offer("reopen", !active && incidents::may(role, Command::reopen));
  offer("approve_notice", appendix_held && (role == incidents::Role::admin || role == incidents::Role::officer));
  out.set("now_local", datetime_local_value(ctx.now));
  // A refusal for a form this user is not offered (role, state) is shown above the forms.
  if (!form.error.empty() && !shown_again) out.set("action_error", form.error);
  return out;
}

}  // namespace

std::optional<std::int64_t> incident_id_param(const Request& request) {
  const std::string text(request.param("id"));
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const auto id = std::stoll(text);
  return id > 0 ? std::optional(id) : std::nullopt;
}

Response incident_page(const PageContext& ctx, std::int64_t id, const FormState& form, int status) {
  auto detail = ctx.services.queries.incident_detail(ctx.actor(), id, ctx.now);
  if (!detail.ok()) {
    const bool missing = detail.refusal().code == incidents::RefusalCode::not_found;
    return error_page(ctx.request, ctx.lang, missing ? 404 : 403, missing ? "error_not_found" : "error_forbidden");
  }
  const auto& i = detail->incident;
  Data data;
  data.set("id", std::to_string(i.id));
  data.set("kind", kind_label(ctx.lang, i.kind));
  data.set("state", state_label(ctx.lang, i.state));
  data.set("state_code", std::string(incidents::incident_state_name(i.state)));
  data.set("fault_key", i.fault_key);
  data.set("detected", local_time_text(i.detected_at));
  data.set("occurred", local_time_text(i.occurred_at));
  if (i.technician) data.set("technician", *i.technician);
  if (i.notice) data.set("notice_number", i.notice->number);
  if (i.restored_at) data.set("restored", local_time_text(*i.restored_at));
  if (i.closed_at) data.set("closed", local_time_text(*i.closed_at));
  if (i.report) {
    Data report;
    report.set("cause", i.report->cause);
    report.set("action", i.report->action);
    report.set("parts", i.report->parts);
    report.set("minutes", std::to_string(i.report->minutes_spent));
    data.set("report", report);
  }
  data.set("overdue", detail->overdue);
  data.set("explanation_due", detail->explanation_due);
  Data explanations = list();
  for (const auto& e : i.explanations) {
    Data row;
    row.set("reason", e.reason);
    row.set("expected", date_text(e.expected_completion));
    row.set("written", local_time_text(e.written_at));
    row.set("author", e.author);
    explanations.push_back(row);
  }
  data.set("explanations", explanations);
  data.set("has_explanations", !i.explanations.empty());
  data.set("cameras", camera_rows(ctx, i, id));
  data.set("deadline", deadline_data(ctx, *detail));
  const auto notice_list = ctx.services.notices.for_incident(id);
  const bool appendix_held = std::any_of(notice_list.begin(), notice_list.end(), [](const NoticeInfo& n) {
    return n.kind == "appendix_ii" && n.state == "held";
  });
  Data notices = notice_rows(ctx, notice_list);
  data.set("has_notices", !notices.is_empty_list());
  data.set("notices", notices);
  data.set("timeline", timeline_rows(ctx, *detail));
  data.set("forms", action_forms(ctx, *detail, form, appendix_held));
  return render_page(ctx, "incident.html", "title_incident", std::move(data), status);
}

}  // namespace camtrack::web::pages
