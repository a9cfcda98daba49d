// The gate vehicle log: GET /api/v1/vehicle-log (any role; ?incident=&from=&to=) and
// POST /api/v1/vehicle-log (guards, officers, admins: the roles the domain lets write it).
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Session;

Response list(WebServices& s, const Request& r, const Session& u) {
  incidents::VehicleLogFilter filter;
  filter.incident_id = query_int(r, "incident", 1, INT64_MAX);
  filter.from = query_instant(r, "from");
  filter.to = query_instant(r, "to");
  json items = json::array();
  for (const auto& entry : take(s.queries.vehicle_log(actor_of(u), filter))) items.push_back(vehicle_json(entry));
  return json_response(200, items);
}

Response add(WebServices& s, const Request& r, const Session& u) {
  const auto body = json_body(r);
  const auto now = s.clock();
  incidents::VehicleEntryInput input;
  input.gate_camera = required_string(body, "gate_camera", 64);
  input.plate = required_string(body, "plate", 32);
  input.container = optional_string(body, "container", 32).value_or("");
  input.direction = required_string(body, "direction", 8);
  input.at = optional_instant(body, "at").value_or(now);
  const auto checked = incidents::check_vehicle_entry(input, now);
  if (!checked.errors.empty())
    throw ApiError(400, incidents::describe(checked.errors), checked.errors.front().field);
  const auto entry = take(s.commands.log_vehicle(actor_of(u), input, now), "gate_camera");
  return json_response(201, vehicle_json(entry));
}

}  // namespace

void add_vehicle_log_routes(Router& router, Auth& auth, WebServices& s) {
  router.get("/api/v1/vehicle-log",
             auth.require({}, guarded([&s](const Request& r, const Session& u) { return list(s, r, u); })));
  router.post("/api/v1/vehicle-log", auth.require(roles_for(incidents::Command::log_vehicle),
                                                  guarded([&s](const Request& r, const Session& u) {
                                                    return add(s, r, u);
                                                  })));
}

}  // namespace camtrack::web::api
