// GET/POST /gate: the vehicle log a guard keeps while an incident affects a gate camera; a form sized
// for a phone, and the entries of the last 24 hours.
#include <map>

#include "incidents/vehicle_log.hpp"
#include "pages/event_text.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::IncidentState;
using incidents::Role;

bool has_active_incident(const PageContext& ctx, const std::string& code) {
  for (auto state : {IncidentState::open, IncidentState::notified, IncidentState::in_repair, IncidentState::reopened}) {
    incidents::IncidentFilter filter;
    filter.state = state;
    filter.camera = code;
    filter.limit = 1;
    auto page = ctx.services.queries.list_incidents(ctx.actor(), filter, ctx.now);
    if (page.ok() && page->total > 0) return true;
  }
  return false;
}

struct GateForm {
  std::map<std::string, std::string> values;
  std::map<std::string, std::string> field_errors;
  std::string error;
};

Response gate_page(const PageContext& ctx, const GateForm& form = {}, int status = 200) {
  Data data;
  Data cameras = list();
  bool any_active = false;
  if (auto all = ctx.services.inventory.cameras(ctx.actor()); all.ok()) {
    for (const auto& camera : *all) {
      if (camera.location != incidents::LocationClass::gate || !camera.enabled) continue;
      const bool active = has_active_incident(ctx, camera.code);
      Data option;
      option.set("code", camera.code);
      option.set("name", camera.name);
      option.set("active", active);
      const auto chosen = form.values.find("gate_camera");
      option.set("selected", chosen != form.values.end() ? chosen->second == camera.code : active && !any_active);
      any_active = any_active || active;
      cameras.push_back(option);
    }
  }
  data.set("cameras", cameras);
  data.set("any_active", any_active);
  for (const char* name : {"plate", "container", "at"}) {
    const auto it = form.values.find(name);
    data.set(name, it == form.values.end() ? std::string{} : it->second);
  }
  if (form.values.find("at") == form.values.end()) data.set("at", datetime_local_value(ctx.now));
  const auto direction = form.values.count("direction") ? form.values.at("direction") : std::string("in");
  data.set("in_checked", direction != "out");
  data.set("out_checked", direction == "out");
  for (const auto& [field, problem] : form.field_errors) data.set(field + "_error", problem);
  if (!form.error.empty()) data.set("error", form.error);
  Data entries = list();
  incidents::VehicleLogFilter filter;
  filter.from = ctx.now - std::chrono::hours(24);
  if (auto log = ctx.services.queries.vehicle_log(ctx.actor(), filter); log.ok()) {
    for (auto it = log->rbegin(); it != log->rend() && it - log->rbegin() < 50; ++it) {
      Data row;
      row.set("at", local_time_text(it->at));
      row.set("plate", it->plate);
      row.set("container", it->container.value_or(""));
      row.set("direction", std::string(ctx.t(it->direction == incidents::Direction::in ? "direction_in" : "direction_out")));
      row.set("camera", it->gate_camera);
      row.set("guard", it->guard);
      entries.push_back(row);
    }
  }
  data.set("has_entries", !entries.is_empty_list());
  data.set("entries", entries);
  return render_page(ctx, "gate.html", "title_gate", std::move(data), status);
}

Response post_gate(const PageContext& ctx) {
  GateForm form;
  for (const char* name : {"gate_camera", "plate", "container", "direction", "at"}) {
    form.values[name] = ctx.request.form_param(name);
  }
  incidents::VehicleEntryInput input;
  input.gate_camera = form.values["gate_camera"];
  input.plate = form.values["plate"];
  input.container = form.values["container"];
  input.direction = form.values["direction"];
  const auto at = parse_local_time(form.values["at"].empty() ? datetime_local_value(ctx.now) : form.values["at"]);
  if (!at) {
    form.field_errors["at"] = std::string(ctx.t("gate_time")) + ": " + form.values["at"];
    form.error = std::string(ctx.t("refusal_invalid_input"));
    return gate_page(ctx, form, 422);
  }
  input.at = *at;
  const auto checked = incidents::check_vehicle_entry(input, ctx.now);
  for (const auto& e : checked.errors) form.field_errors[e.field] = field_problem_text(ctx.lang, e.field, e.problem);
  auto logged = ctx.services.commands.log_vehicle(ctx.actor(), input, ctx.now);
  if (logged.ok()) return see_other("/gate?flash=flash_vehicle_logged");
  form.error = refusal_text(ctx.lang, logged.refusal());
  return gate_page(ctx, form, logged.refusal().code == incidents::RefusalCode::forbidden ? 403 : 422);
}

}  // namespace

void add_gate_routes(Router& router, Auth& auth, WebServices& services) {
  const std::vector<Role> roles = {Role::guard, Role::officer, Role::admin};
  router.get("/gate", guarded(auth, services, roles, [](const PageContext& ctx) { return gate_page(ctx); }));
  router.post("/gate", guarded(auth, services, roles, post_gate));
}

}  // namespace camtrack::web::pages
