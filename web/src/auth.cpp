// The guard of protected routes (session, role, CSRF), the session cookie, and route registration.
#include "web/auth.hpp"

#include <algorithm>

namespace camtrack::web {
namespace {

bool changes_state(std::string_view method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

// Compares without stopping at the first difference, so timing does not reveal a prefix of the token.
bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// The X-CSRF-Token header, or for a form post without it, the form's csrf_token field.
std::string csrf_token_of(const Request& request) {
  if (request.has_header(csrf_header_name)) return std::string(request.header(csrf_header_name));
  if (!is_form_post(request)) return {};
  return request.form_param("csrf_token");
}

}  // namespace

Clock system_clock() {
  return [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
}

std::string session_cookie(std::string_view token, bool secure, std::chrono::seconds max_age) {
  std::string cookie = std::string(session_cookie_name) + "=" + std::string(token) +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age.count());
  if (secure) cookie += "; Secure";
  return cookie;
}

std::variant<incidents::Session, Response> Auth::authenticate(const Request& request,
                                                              const std::vector<incidents::Role>& roles) {
  const std::string token = request.cookie(session_cookie_name);
  if (token.empty()) return json_error(401, "sign in first: no session cookie");
  const auto now = context_.clock();
  auto session = context_.sessions.find(token, now);
  if (!session) return json_error(401, "sign in again: the session has ended or is not valid");
  if (!roles.empty() && std::find(roles.begin(), roles.end(), session->role) == roles.end()) {
    return json_error(403, "role " + std::string(incidents::role_name(session->role)) + " may not do this");
  }
  if (changes_state(request.method) && !same_token(csrf_token_of(request), session->csrf_token)) {
    return json_error(403, "missing or wrong CSRF token", csrf_header_name);
  }
  context_.sessions.touch(token, now);
  return std::move(*session);
}

Handler Auth::require(std::vector<incidents::Role> roles, SessionHandler handler) {
  return [this, roles = std::move(roles), handler = std::move(handler)](const Request& request) {
    auto result = authenticate(request, roles);
    if (auto* refusal = std::get_if<Response>(&result)) return std::move(*refusal);
    return handler(request, std::get<incidents::Session>(result));
  };
}

std::shared_ptr<Auth> add_auth_routes(Router& router, AuthContext context) {
  auto auth = std::make_shared<Auth>(std::move(context));
  router.post("/api/v1/login", [auth](const Request& r) { return auth->login(r); });
  router.post("/api/v1/logout", [auth](const Request& r) { return auth->logout(r); });
  router.get("/api/v1/me", [auth](const Request& r) { return auth->me(r); });
  return auth;
}

}  // namespace camtrack::web
