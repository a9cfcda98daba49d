// The browser UI: HTML pages rendered on the server (kainjow::mustache, auto-escaped, templates embedded
// at build time), Vietnamese by default and English with ?lang=en (remembered in a cookie).
//
//   GET/POST /login, POST /logout        sign in with a form (same session cookie as the JSON login)
//   GET /                                dashboard: camera health by location class, uplinks, coverage
//                                        gaps, open incidents with a live countdown to their deadline
//   GET /incidents, /incidents.csv       filtered, paged list and its CSV export
//   GET /incidents/{id}, POST /incidents/{id}/{action}   detail and the actions of the user's role
//   GET/POST /gate                       the gate vehicle log (phone-sized form)
//   GET/POST /cameras, /cameras/edit, /cameras/import    inventory
//   GET/POST /site                       site and customs-branch settings
//   GET /calendar?year=                  the year's days off and make-up Saturdays
//   GET/POST /users (admin)              accounts
//   GET /audit                           audit log with its chain check
//   GET /static/app.css, /static/app.js  cached a day
//
// Without a session a page answers 303 to /login?next=<local path>; a role not allowed or a form
// without the session's CSRF token (hidden field csrf_token) answers a 403 page. Stable ids and
// data-testid attributes mark the elements browser tests use.
#pragma once

#include <chrono>

#include "web/auth.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace camtrack::web {

struct PageOptions {
  // The dashboard's body (everything but the signed-in user's header) is rebuilt at most this often
  // per language; 0: on every request. The service uses 1 s: the countdowns move by the minute, and
  // fifty officers watching the dashboard then cost one build a second.
  std::chrono::seconds dashboard_max_age{0};
};

// Registers every page route. `auth` and `services` must outlive the router.
void add_page_routes(Router& router, Auth& auth, WebServices& services, PageOptions options = {});

}  // namespace camtrack::web
