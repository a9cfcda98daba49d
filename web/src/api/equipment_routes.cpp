// Recorders and uplinks (GET lists, PUT /{code} upserts) and the site with its customs branch
// (GET/PUT /api/v1/site). Reads: any role; writes: the roles allowed to edit the inventory.
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"
#include "incidents/inventory_rules.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Session;

std::string code_of(const Request& r, const json& body) {
  const std::string code(r.param("code"));
  if (code.size() > 64) throw ApiError(400, "'code' is longer than 64 characters", "code");
  if (const auto given = optional_string(body, "code", 64); given && *given != code)
    throw ApiError(400, "'code' differs from the code in the path", "code");
  return code;
}

Response put_recorder(WebServices& s, const Request& r, const Session& u) {
  const auto body = json_body(r);
  incidents::Recorder rec;
  rec.code = code_of(r, body);
  rec.name = required_string(body, "name", 200);
  rec.address = optional_string(body, "address", 500).value_or("");
  rec.enabled = optional_bool(body, "enabled").value_or(true);
  rec.username = optional_string(body, "username", 200).value_or("");
  rec.password = optional_string(body, "password", 200);  // absent: the stored one is kept
  check_fields(incidents::validate_recorder(rec));
  return json_response(200, recorder_json(take(s.inventory.save_recorder(actor_of(u), rec, s.clock()))));
}

Response put_uplink(WebServices& s, const Request& r, const Session& u) {
  const auto body = json_body(r);
  incidents::Uplink up;
  up.code = code_of(r, body);
  up.name = required_string(body, "name", 200);
  const auto kind = optional_string(body, "kind", 32).value_or("internet");
  if (kind == "private_channel") {
    up.kind = incidents::UplinkKind::private_channel;
  } else if (kind != "internet") {
    throw ApiError(400, "'kind' must be internet or private_channel", "kind");
  }
  up.check_targets = string_list(body, "check_targets", 20);
  up.enabled = optional_bool(body, "enabled").value_or(true);
  check_fields(incidents::validate_uplink(up));
  return json_response(200, uplink_json(take(s.inventory.save_uplink(actor_of(u), up, s.clock()))));
}

Response put_site(WebServices& s, const Request& r, const Session& u) {
  const auto body = json_body(r);
  incidents::Site site;
  site.enterprise_name = required_string(body, "enterprise_name", 300);
  site.tax_code = required_string(body, "tax_code", 32);
  site.address = optional_string(body, "address", 500).value_or("");
  site.phone = optional_string(body, "phone", 64).value_or("");
  site.email = optional_string(body, "email", 200).value_or("");
  site.contact_person = optional_string(body, "contact_person", 200).value_or("");
  site.legal_representative = optional_string(body, "legal_representative", 200).value_or("");
  site.place_name = optional_string(body, "place_name", 200).value_or("");
  site.customs_unit = optional_string(body, "customs_unit", 300).value_or("");
  site.addressee_line = optional_string(body, "addressee_line", 500).value_or("");
  site.customs_emails = string_list(body, "customs_emails", 20);
  check_fields(incidents::validate_site(site));
  take(s.inventory.save_site(actor_of(u), site, s.clock()));
  return json_response(200, site_json(take(s.inventory.site(actor_of(u)))));
}

template <typename F>
Handler reader(Auth& auth, F f) {
  return auth.require({}, guarded([f](const Request&, const Session& u) { return f(u); }));
}

}  // namespace

void add_equipment_routes(Router& router, Auth& auth, WebServices& s) {
  const auto editors = roles_for(incidents::Command::edit_inventory);
  router.get("/api/v1/recorders", reader(auth, [&s](const Session& u) {
               json items = json::array();
               for (const auto& r : take(s.inventory.recorders(actor_of(u)))) items.push_back(recorder_json(r));
               return json_response(200, items);
             }));
  router.put("/api/v1/recorders/{code}", auth.require(editors, guarded([&s](const Request& r, const Session& u) {
                                                         return put_recorder(s, r, u);
                                                       })));
  router.get("/api/v1/uplinks", reader(auth, [&s](const Session& u) {
               json items = json::array();
               for (const auto& up : take(s.inventory.uplinks(actor_of(u)))) items.push_back(uplink_json(up));
               return json_response(200, items);
             }));
  router.put("/api/v1/uplinks/{code}", auth.require(editors, guarded([&s](const Request& r, const Session& u) {
                                                       return put_uplink(s, r, u);
                                                     })));
  router.get("/api/v1/site", reader(auth, [&s](const Session& u) {
               return json_response(200, site_json(take(s.inventory.site(actor_of(u)))));
             }));
  router.put("/api/v1/site", auth.require(editors, guarded([&s](const Request& r, const Session& u) {
                                             return put_site(s, r, u);
                                           })));
}

}  // namespace camtrack::web::api
