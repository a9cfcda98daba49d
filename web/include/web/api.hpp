// The JSON API under /api/v1: incidents (list, CSV, detail, actions), the gate vehicle log, the
// inventory (cameras, CSV import, recorders, uplinks, site), the calendar, the dashboard, users, the
// audit log, notice PDFs and the OpenAPI document (/api/v1/openapi.json) describing all of them.
//
// Every route goes through Auth::require: no session → 401, a role the domain refuses → 403, a change
// without the session's X-CSRF-Token → 403. Every change goes through the domain commands (which write
// the audit log under the signed-in user). Bad input → 4xx {"error": "...", "field": "..."}.
//
//   auto auth = web::add_auth_routes(router, auth_context);
//   web::add_api_routes(router, *auth, services);   // services must outlive the router
#pragma once

#include <string_view>

#include "web/auth.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace camtrack::web {

// Largest JSON body an API change accepts (more → 413 naming "body"); the CSV import takes up to the
// server's own limit.
inline constexpr std::size_t max_api_json_bytes = 64 * 1024;

void add_api_routes(Router& router, Auth& auth, WebServices& services);

// The OpenAPI 3.0 document served at /api/v1/openapi.json (embedded at build time).
std::string_view openapi_document();

}  // namespace camtrack::web
