// Who may call what: every API route refuses a request without a session, each role gets exactly the
// routes the domain allows it, every change needs the session's CSRF token, and the OpenAPI document
// describes every registered route.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "harness.hpp"

namespace camtrack::web::testing {
namespace {

struct Case {
  std::string method;
  std::string target;
  std::string body;
  std::set<Role> allowed;  // empty: every role
};

const std::set<Role> editors = {Role::admin, Role::officer};
const std::set<Role> repairers = {Role::admin, Role::officer, Role::technician};

std::vector<Case> cases() {
  return {
      {"GET", "/api/v1/incidents", "", {}},
      {"GET", "/api/v1/incidents.csv", "", {}},
      {"GET", "/api/v1/incidents/1", "", {}},
      {"POST", "/api/v1/incidents/1/assign", R"({"technician":"technician1"})", repairers},
      {"POST", "/api/v1/incidents/1/notes", R"({"text":"called the vendor"})", repairers},
      {"POST", "/api/v1/incidents/1/explanation", R"({"reason":"parts on order","expected_completion":"2026-12-31"})", editors},
      {"POST", "/api/v1/incidents/1/restore", "{}", repairers},
      {"POST", "/api/v1/incidents/1/close", R"({"cause":"c","action":"a","minutes_spent":5})",
       {Role::admin, Role::technician}},
      {"POST", "/api/v1/incidents/1/reopen", "{}", repairers},
      {"GET", "/api/v1/vehicle-log", "", {}},
      {"POST", "/api/v1/vehicle-log", R"({"gate_camera":"CAM-GATE-01","plate":"51C-123.45","direction":"in"})",
       {Role::admin, Role::officer, Role::guard}},
      {"GET", "/api/v1/cameras", "", {}},
      {"GET", "/api/v1/cameras/CAM-GATE-01", "", {}},
      {"PUT", "/api/v1/cameras/CAM-NEW-01", R"({"name":"n","location_class":"yard"})", editors},
      {"POST", "/api/v1/cameras/import", "code,name,location_class\nCAM-IMP-01,Imported,yard\n", editors},
      {"GET", "/api/v1/recorders", "", {}},
      {"PUT", "/api/v1/recorders/NVR-01", R"({"name":"NVR"})", editors},
      {"GET", "/api/v1/uplinks", "", {}},
      {"PUT", "/api/v1/uplinks/WAN-1", R"({"name":"WAN"})", editors},
      {"GET", "/api/v1/site", "", {}},
      {"PUT", "/api/v1/site", R"({"enterprise_name":"Công ty A","tax_code":"0301234567"})", editors},
      {"GET", "/api/v1/calendar/2026", "", {}},
      {"GET", "/api/v1/dashboard", "", {}},
      {"GET", "/api/v1/users", "", {Role::admin}},
      {"POST", "/api/v1/users", R"({"username":"new.user","role":"guard","password":"long-enough-pw"})", {Role::admin}},
      {"POST", "/api/v1/users/guard1/password", R"({"password":"another-long-pw"})", {Role::admin}},
      {"POST", "/api/v1/users/liaison1/disable", "", {Role::admin}},
      {"GET", "/api/v1/audit", "", {Role::admin, Role::officer, Role::liaison}},
      {"GET", "/api/v1/audit/verify", "", {Role::admin, Role::officer, Role::liaison}},
      {"GET", "/api/v1/notices/1/pdf", "", {}},
  };
}

bool changes_state(const std::string& method) { return method != "GET"; }

std::string content_type(const Case& c) {
  return c.target.find("/import") != std::string::npos ? "text/csv" : "application/json";
}

void prepare(ApiHarness& h) {
  incidents::Site site;
  site.enterprise_name = "Công ty TNHH Ánh Dương";
  site.tax_code = "0301234567";
  ASSERT_TRUE(h.store.save_site({"admin1", Role::admin}, site, h.now).ok());
  h.add_cameras();
  h.open_incident();
  h.notices.pdfs[1] = "%PDF-1.7";
}

TEST(ApiAccess, EveryRouteRefusesARequestWithoutSession) {
  ApiHarness h;
  prepare(h);
  for (const auto& c : cases()) {
    const auto r = h.call(c.method, c.target, std::nullopt, c.body, false, content_type(c));
    EXPECT_EQ(r.status, 401) << c.method << " " << c.target;
    EXPECT_TRUE(body_of(r).contains("error")) << c.target;
  }
}

TEST(ApiAccess, EachRoleGetsExactlyTheRoutesItsRoleAllows) {
  for (Role role : all_roles) {
    for (const auto& c : cases()) {
      ApiHarness h;  // fresh state: one call's change never decides another's answer
      prepare(h);
      const auto r = h.call(c.method, c.target, role, c.body, true, content_type(c));
      const bool allowed = c.allowed.empty() || c.allowed.count(role) > 0;
      const std::string what = std::string(incidents::role_name(role)) + " " + c.method + " " + c.target + " → " +
                               std::to_string(r.status) + " " + r.body;
      if (allowed) {
        EXPECT_NE(r.status, 403) << what;
        EXPECT_NE(r.status, 401) << what;
        EXPECT_LT(r.status, 500) << what;
      } else {
        EXPECT_EQ(r.status, 403) << what;
      }
    }
  }
}

TEST(ApiAccess, AllowedRoleSucceedsOnEveryRoute) {
  for (const auto& c : cases()) {
    ApiHarness h;
    prepare(h);
    const Role role = c.allowed.empty() ? Role::admin : *c.allowed.begin();
    if (c.target.find("/close") != std::string::npos || c.target.find("/reopen") != std::string::npos) {
      (void)h.post("/api/v1/incidents/1/restore", json::object());
    }
    if (c.target.find("/explanation") != std::string::npos) h.now += std::chrono::days(20);  // overdue by then
    const auto r = h.call(c.method, c.target, role, c.body, true, content_type(c));
    EXPECT_GE(r.status, 200) << c.method << " " << c.target << " " << r.body;
    EXPECT_LT(r.status, 300) << c.method << " " << c.target << " " << r.body;
  }
}

TEST(ApiAccess, EveryChangeWithoutOrWithWrongCsrfTokenIsRefusedAndChangesNothing) {
  for (const auto& c : cases()) {
    if (!changes_state(c.method)) continue;
    ApiHarness h;
    prepare(h);
    const auto missing = h.call(c.method, c.target, Role::admin, c.body, false, content_type(c));
    EXPECT_EQ(missing.status, 403) << c.target;
    EXPECT_EQ(body_of(missing)["field"], "X-CSRF-Token") << c.target;

    Request wrong;
    wrong.method = c.method;
    wrong.target = c.target;
    wrong.body = c.body;
    wrong.headers = {{"Content-Type", content_type(c)}, {"Cookie", h.logins[Role::admin].cookie},
                     {"X-CSRF-Token", h.logins[Role::officer].csrf}};
    EXPECT_EQ(h.router.handle(wrong).status, 403) << c.target;
    EXPECT_TRUE(h.changed.empty()) << c.target;
  }
  ApiHarness h;
  prepare(h);
  (void)h.call("POST", "/api/v1/incidents/1/notes", Role::admin, R"({"text":"x"})", false);
  EXPECT_EQ(body_of(h.get("/api/v1/incidents/1"))["timeline"].size(), 1u) << "only the opening event";
}

TEST(ApiAccess, OpenApiDocumentDescribesEveryRegisteredRoute) {
  ApiHarness h;
  const auto r = h.call("GET", "/api/v1/openapi.json", std::nullopt);
  ASSERT_EQ(r.status, 200);
  const auto doc = body_of(r);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  int checked = 0;
  for (const auto& [method, pattern] : h.router.routes()) {
    std::string lower = method;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
    EXPECT_TRUE(doc["paths"].contains(pattern)) << pattern;
    if (doc["paths"].contains(pattern)) {
      EXPECT_TRUE(doc["paths"][pattern].contains(lower)) << method << " " << pattern;
    }
    ++checked;
  }
  EXPECT_GE(checked, static_cast<int>(cases().size()));
}

TEST(ApiAccess, OpenApiDocumentHasNoPathThatIsNotRegistered) {
  ApiHarness h;
  const auto doc = body_of(h.call("GET", "/api/v1/openapi.json", std::nullopt));
  const auto routes = h.router.routes();
  for (const auto& [path, methods] : doc["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
      EXPECT_NE(std::find(routes.begin(), routes.end(), std::pair<std::string, std::string>{upper, path}), routes.end())
          << method << " " << path;
    }
  }
}

}  // namespace
}  // namespace camtrack::web::testing
