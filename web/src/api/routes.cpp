// add_api_routes: every /api/v1 route group, and the OpenAPI document (public, like the login).
#include "web/api.hpp"

#include "api_routes.hpp"

namespace camtrack::web {

void add_api_routes(Router& router, Auth& auth, WebServices& services) {
  api::add_incident_list_routes(router, auth, services);
  api::add_incident_routes(router, auth, services);
  api::add_vehicle_log_routes(router, auth, services);
  api::add_inventory_routes(router, auth, services);
  api::add_equipment_routes(router, auth, services);
  api::add_overview_routes(router, auth, services);
  api::add_user_routes(router, auth, services);
  api::add_record_routes(router, auth, services);
  router.get("/api/v1/openapi.json", [](const Request&) {
    auto response = text_response(200, std::string(openapi_document()), "application/json");
    response.set_header("Cache-Control", "no-cache");
    return response;
  });
}

}  // namespace camtrack::web
