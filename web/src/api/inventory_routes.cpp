// Cameras: GET /api/v1/cameras, GET|PUT /api/v1/cameras/{code} (upsert by code; the password is kept
// when absent and never returned) and POST /api/v1/cameras/import (a CSV body, all rows or none, every
// problem with its line and column). Reads: any role; writes: the roles allowed to edit the inventory.
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"
#include "incidents/camera_csv.hpp"
#include "incidents/csv.hpp"
#include "incidents/inventory_rules.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Session;

constexpr std::size_t max_import_bytes = 1024 * 1024;

std::optional<std::int64_t> recorder_id(WebServices& s, const Session& u, const std::string& code) {
  for (const auto& r : take(s.inventory.recorders(actor_of(u))))
    if (r.code == code) return r.id;
  throw ApiError(400, "'recorder': no recorder has the code '" + code + "'", "recorder");
}

incidents::Camera camera_from(WebServices& s, const Session& u, const std::string& code, const json& body) {
  incidents::Camera c;
  c.code = code;
  if (const auto given = optional_string(body, "code", 64); given && *given != code)
    throw ApiError(400, "'code' differs from the code in the path", "code");
  c.name = required_string(body, "name", 200);
  const auto location = required_string(body, "location_class", 64);
  const auto parsed = incidents::parse_location_class(location);
  if (!parsed)
    throw ApiError(400,
                   "'location_class' must be one of gate, yard, warehouse_door, warehouse_interior, scrap_store, "
                   "tax_free_store, other",
                   "location_class");
  c.location = *parsed;
  c.onvif_address = optional_string(body, "onvif_address", 500).value_or("");
  c.username = optional_string(body, "username", 200).value_or("");
  c.password = optional_string(body, "password", 200);
  if (const auto recorder = optional_string(body, "recorder", 64); recorder && !recorder->empty())
    c.recorder_id = recorder_id(s, u, *recorder);
  c.switch_name = optional_string(body, "switch", 200).value_or("");
  c.enabled = optional_bool(body, "enabled").value_or(true);
  return c;
}

std::string code_param(const Request& r) {
  const std::string code(r.param("code"));
  if (code.size() > 64 || !incidents::is_valid_utf8(code)) throw ApiError(400, "'code' is not a valid code", "code");
  return code;
}

Response list(WebServices& s, const Session& u) {
  json items = json::array();
  for (const auto& c : take(s.inventory.cameras(actor_of(u)))) items.push_back(camera_json(c));
  return json_response(200, items);
}

Response put(WebServices& s, const Request& r, const Session& u) {
  const auto camera = camera_from(s, u, code_param(r), json_body(r));
  check_fields(incidents::validate_camera(camera));
  const auto saved = take(s.inventory.save_camera(actor_of(u), camera, s.clock()));
  return json_response(200, camera_json(saved));
}

Response import(WebServices& s, const Request& r, const Session& u) {
  if (r.body.size() > max_import_bytes) throw ApiError(413, "the CSV file is larger than 1 MiB", "body");
  if (r.body.empty()) throw ApiError(400, "the body must be the CSV file", "body");
  if (!incidents::is_valid_utf8(r.body)) throw ApiError(400, "the CSV file is not valid UTF-8", "body");
  const auto csv = incidents::parse_camera_csv(r.body);
  if (!csv.errors.empty()) {
    json errors = json::array();
    std::string message;
    for (const auto& e : csv.errors) {
      errors.push_back({{"line", e.line}, {"column", e.column}, {"problem", e.problem}});
      message += (message.empty() ? "" : "; ") + incidents::describe(e);
    }
    const auto& first = csv.errors.front();
    return json_response(400, {{"error", "nothing imported: " + message},
                               {"field", first.column.empty() ? "line " + std::to_string(first.line) : first.column},
                               {"errors", errors}});
  }
  const auto summary = take(s.inventory.import_cameras(actor_of(u), csv.rows, s.clock()), "body");
  return json_response(200, {{"inserted", summary.inserted}, {"updated", summary.updated}});
}

}  // namespace

void add_inventory_routes(Router& router, Auth& auth, WebServices& s) {
  const auto editors = roles_for(incidents::Command::edit_inventory);
  router.get("/api/v1/cameras", auth.require({}, guarded([&s](const Request&, const Session& u) { return list(s, u); })));
  router.get("/api/v1/cameras/{code}", auth.require({}, guarded([&s](const Request& r, const Session& u) {
                                                      return json_response(
                                                          200, camera_json(take(s.inventory.camera(actor_of(u), code_param(r)))));
                                                    })));
  router.put("/api/v1/cameras/{code}",
             auth.require(editors, guarded([&s](const Request& r, const Session& u) { return put(s, r, u); })));
  router.post("/api/v1/cameras/import",
              auth.require(editors, guarded([&s](const Request& r, const Session& u) { return import(s, r, u); })));
}

}  // namespace camtrack::web::api
