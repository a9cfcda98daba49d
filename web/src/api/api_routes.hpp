// The groups of API routes, one file each; add_api_routes (routes.cpp) calls them all.
#pragma once

#include "web/auth.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace camtrack::web::api {

void add_incident_list_routes(Router& router, Auth& auth, WebServices& services);    // list, CSV
void add_incident_routes(Router& router, Auth& auth, WebServices& services);         // detail, actions
void add_vehicle_log_routes(Router& router, Auth& auth, WebServices& services);
void add_inventory_routes(Router& router, Auth& auth, WebServices& services);        // cameras, import
void add_equipment_routes(Router& router, Auth& auth, WebServices& services);        // recorders, uplinks, site
void add_overview_routes(Router& router, Auth& auth, WebServices& services);         // calendar, dashboard
void add_user_routes(Router& router, Auth& auth, WebServices& services);
void add_record_routes(Router& router, Auth& auth, WebServices& services);           // audit, notice PDFs

}  // namespace camtrack::web::api
