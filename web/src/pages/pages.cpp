// add_page_routes: every page and the static files.
#include "web/pages.hpp"

#include "pages/routes.hpp"

namespace camtrack::web {

void add_page_routes(Router& router, Auth& auth, WebServices& services, PageOptions options) {
  pages::add_static_routes(router);
  pages::add_login_routes(router, auth);
  pages::add_dashboard_routes(router, auth, services, options.dashboard_max_age);
  pages::add_incident_list_routes(router, auth, services);
  pages::add_incident_detail_routes(router, auth, services);
  pages::add_gate_routes(router, auth, services);
  pages::add_camera_routes(router, auth, services);
  pages::add_site_routes(router, auth, services);
  pages::add_calendar_routes(router, auth, services);
  pages::add_user_routes(router, auth, services);
  pages::add_audit_routes(router, auth, services);
}

}  // namespace camtrack::web
