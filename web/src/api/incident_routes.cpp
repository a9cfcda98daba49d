// GET /api/v1/incidents/{id} (detail: incident, clock, deadline explanation, timeline, affected cameras
// with their live health, notices) and the officer/technician actions POST .../{id}/<action>.
// Each action runs one domain command as the signed-in user and answers with the new detail;
// approve-notice releases the Appendix II held for an officer's approval ({"result":"released"}).
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Command;
using incidents::Session;

json affected_cameras(WebServices& s, const Session& session, const incidents::Incident& incident) {
  const auto health = s.site_health ? s.site_health() : SiteHealth{};
  json out = json::array();
  for (const auto& code : incident.cameras) {
    json item = {{"code", code}, {"name", nullptr}, {"location_class", nullptr}, {"health", "unknown"},
                 {"problem", ""}, {"last_checked", nullptr}, {"last_good", nullptr}};
    if (auto camera = s.inventory.camera(actor_of(session), code); camera.ok()) {
      item["name"] = camera->name;
      item["location_class"] = incidents::location_class_name(camera->location);
    }
    for (const auto& h : health.cameras) {
      if (h.code != code) continue;
      item["health"] = health_name(h.health);
      item["problem"] = h.problem;
      if (h.last_checked) item["last_checked"] = incidents::format_instant(*h.last_checked);
      if (h.last_good) item["last_good"] = incidents::format_instant(*h.last_good);
    }
    out.push_back(std::move(item));
  }
  return out;
}

json detail_json(WebServices& s, const Session& session, std::int64_t id) {
  const auto detail = take(s.queries.incident_detail(actor_of(session), id, s.clock()));
  json body = incident_json(detail.incident);
  body["overdue"] = detail.overdue;
  body["explanation_due"] = detail.explanation_due;
  body["clock"] = clock_json(detail.clock);
  json timeline = json::array();
  for (const auto& e : detail.timeline) timeline.push_back(event_json(e));
  body["timeline"] = std::move(timeline);
  body["affected_cameras"] = affected_cameras(s, session, detail.incident);
  json notices = json::array();
  for (const auto& n : s.notices.for_incident(id)) notices.push_back(notice_json(n));
  body["notices"] = std::move(notices);
  return body;
}

// After an action: tell the app, answer with the detail.
Response changed(WebServices& s, const Session& session, std::int64_t id) {
  if (s.incident_changed) s.incident_changed(id);
  return json_response(200, detail_json(s, session, id));
}

Response assign(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto body = json_body(r);
  const auto technician = required_string(body, "technician", 64);
  const auto user = s.accounts.find(technician);
  if (!user || user->disabled || user->role != incidents::Role::technician)
    throw ApiError(400, "'technician' must name an enabled account with the technician role", "technician");
  take(s.commands.assign(actor_of(u), id, technician, s.clock()));
  return changed(s, u, id);
}

Response note(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto text = required_string(json_body(r), "text", 4000);
  take(s.commands.add_note(actor_of(u), id, text, s.clock()), "text");
  return changed(s, u, id);
}

Response explanation(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto body = json_body(r);
  const auto reason = required_string(body, "reason", 4000);
  const auto expected = optional_date(body, "expected_completion");
  if (!expected) throw ApiError(400, "'expected_completion' is required", "expected_completion");
  take(s.commands.explain_overdue(actor_of(u), id, reason, expected, s.clock()), "expected_completion");
  return changed(s, u, id);
}

Response restore(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto now = s.clock();
  const auto at = optional_instant(json_body(r), "restored_at").value_or(now);
  if (at > now) throw ApiError(400, "'restored_at' must not be in the future", "restored_at");
  take(s.commands.mark_restored(actor_of(u), id, at, now), "restored_at");
  return changed(s, u, id);
}

Response close(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto body = json_body(r);
  incidents::RepairReport report;
  report.cause = required_string(body, "cause", 4000);
  report.action = required_string(body, "action", 4000);
  report.parts = optional_string(body, "parts", 4000).value_or("");
  const auto minutes = optional_int(body, "minutes_spent", 0, 100000);
  if (!minutes) throw ApiError(400, "'minutes_spent' is required", "minutes_spent");
  report.minutes_spent = static_cast<int>(*minutes);
  report.final_snapshot = optional_string(body, "final_snapshot", 1000);
  take(s.commands.close(actor_of(u), id, report, s.clock()), "final_snapshot");
  return changed(s, u, id);
}

Response reopen(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  const auto now = s.clock();
  const auto at = optional_instant(json_body(r), "returned_at").value_or(now);
  if (at > now) throw ApiError(400, "'returned_at' must not be in the future", "returned_at");
  take(s.commands.reopen(actor_of(u), id, at, now), "returned_at");
  return changed(s, u, id);
}

// The incident must exist (404), then the notices runtime decides; it answers within ~10 s.
Response approve_notice(WebServices& s, const Request& r, const Session& u) {
  const auto id = id_param(r);
  (void)take(s.queries.incident_detail(actor_of(u), id, s.clock()));
  if (!s.approve_appendix_ii) throw ApiError(503, "approving notices is unavailable: the notices runtime is not running");
  switch (s.approve_appendix_ii(actor_of(u), id)) {
    case NoticeApproval::released: return json_response(200, json{{"result", "released"}});
    case NoticeApproval::not_held: throw ApiError(409, "no Appendix II notice of this incident is held for approval");
    case NoticeApproval::forbidden: throw ApiError(403, "only officers and admins approve notices");
    case NoticeApproval::unavailable: break;
  }
  throw ApiError(503, "the notices runtime did not answer; try again");
}

using Action = Response (*)(WebServices&, const Request&, const Session&);

void action(Router& router, Auth& auth, WebServices& s, const std::string& name, Command command, Action fn) {
  router.post("/api/v1/incidents/{id}/" + name,
              auth.require(roles_for(command), guarded([&s, fn](const Request& r, const Session& u) {
                             return fn(s, r, u);
                           })));
}

}  // namespace

void add_incident_routes(Router& router, Auth& auth, WebServices& s) {
  router.get("/api/v1/incidents/{id}", auth.require({}, guarded([&s](const Request& r, const Session& u) {
                                                       return json_response(200, detail_json(s, u, id_param(r)));
                                                     })));
  action(router, auth, s, "assign", Command::assign, assign);
  action(router, auth, s, "notes", Command::add_note, note);
  action(router, auth, s, "explanation", Command::explain_overdue, explanation);
  action(router, auth, s, "restore", Command::mark_restored, restore);
  action(router, auth, s, "close", Command::close, close);
  action(router, auth, s, "reopen", Command::reopen, reopen);
  router.post("/api/v1/incidents/{id}/approve-notice",
              auth.require({incidents::Role::admin, incidents::Role::officer},
                           guarded([&s](const Request& r, const Session& u) { return approve_notice(s, r, u); })));
}

}  // namespace camtrack::web::api
