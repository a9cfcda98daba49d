// The audit log (GET /api/v1/audit?before=&limit=, newest first; GET /api/v1/audit/verify) for admins,
// officers and the customs liaison, and notice PDFs (GET /api/v1/notices/{id}/pdf) for any role.
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Role;
using incidents::Session;

Response audit(WebServices& s, const Request& r) {
  const auto before = query_int(r, "before", 1, INT64_MAX).value_or(0);
  const auto limit = static_cast<int>(query_int(r, "limit", 1, 1000).value_or(100));
  json items = json::array();
  for (const auto& entry : s.audit.list(before, limit)) items.push_back(audit_json(entry));
  return json_response(200, items);
}

Response verify(WebServices& s) {
  const auto check = s.audit.verify();
  return json_response(200, {{"intact", check.intact}, {"rows", check.rows}, {"problem", check.problem}});
}

Response pdf(WebServices& s, const Request& r) {
  const auto id = id_param(r);
  auto bytes = s.notices.pdf(id);
  if (!bytes) throw ApiError(404, "notice " + std::to_string(id) + " has no PDF", "id");
  auto response = text_response(200, std::move(*bytes), "application/pdf");
  response.set_header("Content-Disposition", "attachment; filename=\"notice-" + std::to_string(id) + ".pdf\"");
  return response;
}

}  // namespace

void add_record_routes(Router& router, Auth& auth, WebServices& s) {
  const std::vector<Role> readers{Role::admin, Role::officer, Role::liaison};
  router.get("/api/v1/audit", auth.require(readers, guarded([&s](const Request& r, const Session&) { return audit(s, r); })));
  router.get("/api/v1/audit/verify",
             auth.require(readers, guarded([&s](const Request&, const Session&) { return verify(s); })));
  router.get("/api/v1/notices/{id}/pdf",
             auth.require({}, guarded([&s](const Request& r, const Session&) { return pdf(s, r); })));
}

}  // namespace camtrack::web::api
