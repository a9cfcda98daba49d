// The route groups of the pages, one per source file, registered by add_page_routes (pages.cpp).
#pragma once

#include <chrono>

#include "web/auth.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace camtrack::web::pages {

void add_login_routes(Router& router, Auth& auth);
void add_static_routes(Router& router);
void add_dashboard_routes(Router& router, Auth& auth, WebServices& services, std::chrono::seconds max_age);
void add_incident_list_routes(Router& router, Auth& auth, WebServices& services);
void add_incident_detail_routes(Router& router, Auth& auth, WebServices& services);
void add_gate_routes(Router& router, Auth& auth, WebServices& services);
void add_camera_routes(Router& router, Auth& auth, WebServices& services);
void add_site_routes(Router& router, Auth& auth, WebServices& services);
void add_calendar_routes(Router& router, Auth& auth, WebServices& services);
void add_user_routes(Router& router, Auth& auth, WebServices& services);
void add_audit_routes(Router& router, Auth& auth, WebServices& services);

}  // namespace camtrack::web::pages
