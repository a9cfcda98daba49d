// POST /api/v1/login, POST /api/v1/logout, GET /api/v1/me.
#include <nlohmann/json.hpp>

#include "web/auth.hpp"

namespace camtrack::web {
namespace {

struct Credentials {
  std::string username;
  std::string password;
};

// The credentials from a login body, or the 4xx to answer.
std::variant<Credentials, Response> read_credentials(const Request& request) {
  if (request.body.size() > max_login_body_bytes) return json_error(413, "login body is too large");
  if (request.header("Content-Type").substr(0, 16) != "application/json") {
    return json_error(415, "send the login as application/json");
  }
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return json_error(400, "the body must be a JSON object");
  Credentials credentials;
  for (auto [name, out] : {std::pair{"username", &credentials.username}, std::pair{"password", &credentials.password}}) {
    const auto it = body.find(name);
    if (it == body.end() || it->is_null()) return json_error(400, std::string(name) + " is required", name);
    if (!it->is_string()) return json_error(400, std::string(name) + " must be a string", name);
    *out = it->get<std::string>();
    if (out->empty()) return json_error(400, std::string(name) + " is required", name);
  }
  return credentials;
}

std::string printable(std::string_view text) {
  std::string out(text.substr(0, 64));
  for (auto& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return out.empty() ? "anonymous" : out;
}

nlohmann::json session_json(const incidents::Session& session) {
  return {{"username", session.username}, {"role", incidents::role_name(session.role)},
          {"csrf_token", session.csrf_token}};
}

}  // namespace

std::string Auth::throttle_key_user(std::string_view username) const { return "user:" + printable(username); }

void Auth::record_failure(const Request& request, std::string_view username, std::string_view reason) {
  const auto name = printable(username);
  context_.audit.record({context_.clock(), name, "auth.login_failed", "user/" + name,
                         nlohmann::json{{"reason", reason}, {"address", request.remote_address}}.dump()});
}

Response Auth::login(const Request& request) {
  auto parsed = read_credentials(request);
  if (auto* refusal = std::get_if<Response>(&parsed)) return std::move(*refusal);
  const auto& credentials = std::get<Credentials>(parsed);
  auto signed_in = sign_in(request, credentials.username, credentials.password);
  if (auto* refusal = std::get_if<Response>(&signed_in)) return std::move(*refusal);
  const auto& created = std::get<incidents::NewSession>(signed_in);
  auto response = json_response(200, session_json(created.session));
  response.add_header("Set-Cookie", session_cookie(created.token, request.secure, context_.session_policy.absolute));
  return response;
}

std::variant<incidents::NewSession, Response> Auth::sign_in(const Request& request, std::string_view username,
                                                            std::string_view password) {
  const auto now = context_.clock();
  const std::string user_key = throttle_key_user(username);
  const std::string address_key = "addr:" + request.remote_address;
  std::chrono::seconds wait{0};
  {
    std::lock_guard lock(throttle_mutex_);
    wait = std::max(throttle_.retry_after(user_key, now), throttle_.retry_after(address_key, now));
  }
  if (wait.count() > 0) {
    record_failure(request, username, "throttled");
    auto response = json_error(429, "too many failed logins: try again in " + std::to_string(wait.count()) + " s");
    response.set_header("Retry-After", std::to_string(wait.count()));
    return response;
  }
  const auto user = context_.accounts.verify_password(username, password);
  if (!user) {
    {
      std::lock_guard lock(throttle_mutex_);
      throttle_.record_failure(user_key, now);
      throttle_.record_failure(address_key, now);
    }
    record_failure(request, username, "wrong username or password");
    return json_error(401, "wrong username or password");
  }
  {
    std::lock_guard lock(throttle_mutex_);
    throttle_.record_success(user_key);
  }
  auto created = context_.sessions.create(*user, now);
  context_.audit.record({now, user->username, "auth.login", "user/" + user->username,
                         nlohmann::json{{"address", request.remote_address}}.dump()});
  return created;
}

Response Auth::logout(const Request& request) {
  auto result = authenticate(request, {});
  if (auto* refusal = std::get_if<Response>(&result)) return std::move(*refusal);
  const auto& session = std::get<incidents::Session>(result);
  context_.sessions.revoke(request.cookie(session_cookie_name));
  context_.audit.record({context_.clock(), session.username, "auth.logout", "user/" + session.username,
                         nlohmann::json{{"address", request.remote_address}}.dump()});
  auto response = json_response(200, {{"ok", true}});
  response.add_header("Set-Cookie", session_cookie("", request.secure, std::chrono::seconds{0}));
  return response;
}

Response Auth::me(const Request& request) {
  auto result = authenticate(request, {});
  if (auto* refusal = std::get_if<Response>(&result)) return std::move(*refusal);
  return json_response(200, session_json(std::get<incidents::Session>(result)));
}

}  // namespace camtrack::web
