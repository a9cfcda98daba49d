// Login, logout, the current user, and the guard every protected handler goes through.
//
//   POST /api/v1/login   {"username","password"} (application/json) → 200 {"username","role","csrf_token"}
//                        and Set-Cookie camtrack_session=<token>; HttpOnly; SameSite=Strict; Path=/
//                        (+ Secure under TLS). Wrong credentials → 401; throttled → 429 + Retry-After.
//   POST /api/v1/logout  (session + X-CSRF-Token) → 200, cookie cleared, session revoked.
//   GET  /api/v1/me      → {"username","role","csrf_token"}.
//
// Protected routes are plain handlers wrapped by Auth::require:
//
//   auto auth = web::add_auth_routes(router, {accounts, sessions, audit, web::system_clock()});
//   router.get("/api/v1/incidents", auth->require({}, list_incidents));                 // any signed-in user
//   router.post("/api/v1/users", auth->require({incidents::Role::admin}, create_user)); // admin only
//
// No valid session → 401 JSON; a role not listed → 403; a state-changing method (anything but GET,
// HEAD, OPTIONS) without the session's token in X-CSRF-Token (or, for an HTML form posted as
// application/x-www-form-urlencoded, in its field csrf_token) → 403. Logins, failed logins and logouts
// are written to the audit sink with the user.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <variant>
#include <vector>

#include "incidents/accounts.hpp"
#include "web/login_throttle.hpp"
#include "web/router.hpp"

namespace camtrack::web {

using Clock = std::function<incidents::Instant()>;
// The wall clock, to the second.
Clock system_clock();

inline constexpr std::string_view session_cookie_name = "camtrack_session";
inline constexpr std::string_view csrf_header_name = "X-CSRF-Token";
inline constexpr std::size_t max_login_body_bytes = 4096;

struct AuthContext {
  incidents::AccountStore& accounts;
  incidents::SessionStore& sessions;
  incidents::AuditSink& audit;
  Clock clock;
  incidents::SessionPolicy session_policy{};  // the cookie's Max-Age is its absolute lifetime
  ThrottlePolicy throttle{};
};

using SessionHandler = std::function<Response(const Request&, const incidents::Session&)>;

class Auth {
 public:
  explicit Auth(AuthContext context) : context_(std::move(context)), throttle_(context_.throttle) {}

  Response login(const Request& request);
  Response logout(const Request& request);
  Response me(const Request& request);
  // The checks of login (throttling, password, audit) for credentials from any source (the HTML login
  // form too): the new session, or the refusal (401, 429 with Retry-After) to turn into a page.
  std::variant<incidents::NewSession, Response> sign_in(const Request& request, std::string_view username,
                                                        std::string_view password);

  // A handler that runs `handler` only for a signed-in user whose role is in `roles` (empty: any
  // role), with the CSRF token checked on state-changing methods.
  Handler require(std::vector<incidents::Role> roles, SessionHandler handler);
  // How long a new session's cookie lives (Max-Age).
  std::chrono::seconds session_lifetime() const { return context_.session_policy.absolute; }
  // The session behind the request, or the refusal (401, 403) to send instead.
  std::variant<incidents::Session, Response> authenticate(const Request& request,
                                                          const std::vector<incidents::Role>& roles);

 private:
  std::string throttle_key_user(std::string_view username) const;
  void record_failure(const Request& request, std::string_view username, std::string_view reason);
  AuthContext context_;
  std::mutex throttle_mutex_;
  LoginThrottle throttle_;
};

// Registers login, logout and me on the router; the returned Auth guards other routes (see above).
std::shared_ptr<Auth> add_auth_routes(Router& router, AuthContext context);

// The Set-Cookie value for a session token (max_age 0 clears the cookie).
std::string session_cookie(std::string_view token, bool secure, std::chrono::seconds max_age);

}  // namespace camtrack::web
