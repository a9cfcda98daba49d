// The page test fixture: fakes wired into WebServices and the page routes.
#include "page_fixture.hpp"

#include "incidents/time_text.hpp"

namespace camtrack::web::testing {

using incidents::Role;

std::string form_value(const std::string& text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

PageTest::PageTest() {
  const auto* cal = &calendar;
  incidents::ClockRules rules{
      [cal](incidents::Instant from, int n) { return incidents::compute_deadline(*cal, from, n); },
      [cal](const incidents::Deadline& d, incidents::Instant at) { return incidents::clock_status(*cal, d, at); }};
  store = std::make_unique<incidents::MemoryStore>(rules);
  for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const std::string name(incidents::role_name(role));
    accounts.create({name + "1", role, "correct horse " + name}, "test", now);
  }
  health.monitoring = true;
  services = std::make_unique<WebServices>(WebServices{*store, *store, *store, accounts, calendar,
                                                       [this] { return health; }, notices, audit,
                                                       [](const std::string&) { return std::optional<std::string>{}; },
                                                       [this] { return now; }});
  auth = add_auth_routes(router, {accounts, accounts, accounts, [this] { return now; }});
  add_page_routes(router, *auth, *services);
}

Response PageTest::send(const std::string& method, const std::string& target, const std::string& cookie,
                        const std::string& form) {
  Request r;
  r.method = method;
  r.target = target;
  r.remote_address = "192.0.2.7";
  if (!cookie.empty()) r.headers.emplace_back("Cookie", cookie);
  if (method == "POST") {
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    r.body = form;
  }
  return router.handle(r);
}

std::pair<std::string, std::string> PageTest::sign_in(Role role) {
  if (auto it = sessions.find(role); it != sessions.end()) return it->second;
  const std::string name(incidents::role_name(role));
  const auto response = send("POST", "/login", {}, "username=" + name + "1&password=" + form_value("correct horse " + name));
  EXPECT_EQ(response.status, 303) << response.body;
  const std::string set_cookie(response.header("Set-Cookie"));
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  // The CSRF token is in every signed-in page's logout form.
  const auto page = send("GET", "/incidents", cookie);
  const auto marker = std::string("name=\"csrf_token\" value=\"");
  const auto at = page.body.find(marker);
  EXPECT_NE(at, std::string::npos) << page.body;
  const auto start = at + marker.size();
  const std::string csrf = page.body.substr(start, page.body.find('"', start) - start);
  sessions[role] = {cookie, csrf};
  return sessions[role];
}

Response PageTest::get_as(Role role, const std::string& target) { return send("GET", target, sign_in(role).first); }

Response PageTest::post_as(Role role, const std::string& target, const std::string& form, bool with_csrf) {
  const auto [cookie, csrf] = sign_in(role);
  std::string body = form;
  if (with_csrf) body += (body.empty() ? "" : "&") + std::string("csrf_token=") + form_value(csrf);
  return send("POST", target, cookie, body);
}

void PageTest::add_camera(const std::string& code, const std::string& name, incidents::LocationClass location) {
  incidents::Camera camera;
  camera.code = code;
  camera.name = name;
  camera.location = location;
  camera.onvif_address = "http://127.0.0.1:8999/onvif/device_service";
  const auto saved = store->save_camera({"admin1", Role::admin}, camera, now);
  ASSERT_TRUE(saved.ok()) << saved.refusal().reason;
}

std::int64_t PageTest::open_incident(const std::string& camera, incidents::LocationClass location) {
  if (!store->camera({"admin1", Role::admin}, camera).ok()) add_camera(camera, camera + " name", location);
  incidents::OpenRequest request;
  request.cameras = {camera};
  request.detected_at = now - std::chrono::hours(1);
  const auto opened = store->open_incident({"admin1", Role::admin}, request, now);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.refusal().reason);
  return opened.ok() ? opened->incident_id : 0;
}

}  // namespace camtrack::web::testing
