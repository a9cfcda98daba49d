// The API's handlers on a Router with no socket: the in-memory incident store, fake accounts (one
// signed-in session per role), fake notices and audit views, a fixed clock. call() sends a request as a
// role with its session cookie and (unless told otherwise) its CSRF token.
#pragma once

#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "../incidents/contract/fake_clock.hpp"
#include "../web/fake_accounts.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/memory_store.hpp"
#include "web/api.hpp"

namespace camtrack::web::testing {

using nlohmann::json;
using incidents::Role;

inline const std::vector<Role> all_roles = {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison};

class FakeNotices final : public NoticeDirectory {
 public:
  std::vector<NoticeInfo> for_incident(std::int64_t id) override {
    std::vector<NoticeInfo> out;
    for (const auto& [incident, n] : notices)
      if (incident == id) out.push_back(n);
    return out;
  }
  std::optional<std::string> pdf(std::int64_t id) override {
    const auto it = pdfs.find(id);
    if (it == pdfs.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::pair<std::int64_t, NoticeInfo>> notices;
  std::map<std::int64_t, std::string> pdfs;
};

class FakeAudit final : public AuditView {
 public:
  std::vector<AuditEntry> list(std::int64_t before_id, int limit) override {
    std::vector<AuditEntry> out;
    for (auto it = entries.rbegin(); it != entries.rend() && static_cast<int>(out.size()) < limit; ++it)
      if (before_id == 0 || it->id < before_id) out.push_back(*it);
    return out;
  }
  AuditCheck verify() override { return check; }
  std::vector<AuditEntry> entries;
  AuditCheck check;
};

struct Login {
  std::string cookie;
  std::string csrf;
};

class ApiHarness {
 public:
  ApiHarness() {
    // Tests move the clock by weeks (deadlines); sessions must outlive that.
    accounts.policy = {std::chrono::hours(24 * 365), std::chrono::hours(24 * 365)};
    for (Role role : all_roles) {
      const std::string name = std::string(incidents::role_name(role)) + "1";
      const auto user = accounts.create({name, role, "a-long-password"}, "test", now).user;
      const auto session = accounts.create(*user, now);
      logins[role] = {std::string(session_cookie_name) + "=" + session.token, session.session.csrf_token};
    }
    auth = add_auth_routes(router, {accounts, accounts, accounts, [this] { return now; }});
    add_api_routes(router, *auth, services);
  }

  Response call(const std::string& method, const std::string& target, std::optional<Role> role,
                const std::string& body = "", bool with_csrf = true,
                const std::string& content_type = "application/json") {
    Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.remote_address = "127.0.0.1";
    if (!body.empty()) r.headers.emplace_back("Content-Type", content_type);
    if (role) {
      r.headers.emplace_back("Cookie", logins[*role].cookie);
      if (with_csrf) r.headers.emplace_back(std::string(csrf_header_name), logins[*role].csrf);
    }
    return router.handle(r);
  }
  Response get(const std::string& target, Role role = Role::admin) { return call("GET", target, role); }
  Response post(const std::string& target, const json& body, Role role = Role::admin) {
    return call("POST", target, role, body.dump());
  }

  // A camera of each kind the tests use and an incident on the gate camera (returns its id).
  void add_cameras() {
    const incidents::Actor admin{"admin1", Role::admin};
    for (auto [code, location] : {std::pair{"CAM-GATE-01", incidents::LocationClass::gate},
                                  std::pair{"CAM-YARD-01", incidents::LocationClass::yard}}) {
      incidents::Camera c;
      c.code = code;
      c.name = code;
      c.location = location;
      (void)store.save_camera(admin, c, now);
    }
  }
  std::int64_t open_incident(const std::string& camera = "CAM-GATE-01", incidents::Instant at = {}) {
    const incidents::Actor system{"system", Role::admin};
    incidents::OpenRequest request;
    request.cameras = {camera};
    request.detected_at = at == incidents::Instant{} ? now - std::chrono::hours(1) : at;
    return store.open_incident(system, request, now).value().incident_id;
  }

  incidents::Instant now = incidents::testing::at(std::chrono::hours(2));
  FakeAccounts accounts;
  incidents::MemoryStore store{incidents::testing::every_day_clock()};
  incidents::WorkingCalendar calendar = incidents::rules_only_calendar();
  FakeNotices notices;
  FakeAudit audit;
  SiteHealth health;
  std::vector<std::int64_t> changed;
  WebServices services{store,   store,  store,  accounts, calendar, [this] { return health; },
                       notices, audit,  [](const std::string&) { return std::optional<std::string>(); },
                       [this] { return now; }, [this](std::int64_t id) { changed.push_back(id); }};
  Router router;
  std::shared_ptr<Auth> auth;
  std::map<Role, Login> logins;
};

inline json body_of(const Response& r) { return json::parse(r.body, nullptr, false); }

}  // namespace camtrack::web::testing
