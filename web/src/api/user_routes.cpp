// Accounts (admin only): GET/POST /api/v1/users, POST /api/v1/users/{name}/password|disable. The store
// writes each change to the audit log under the admin's name and ends the user's sessions on a new
// password or when disabled. Passwords are never returned.
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Session;

Response account_result(const incidents::AccountResult& result, int status) {
  if (!result.ok()) throw ApiError(400, result.error, result.field);
  return json_response(status, user_json(*result.user));
}

std::string existing_user(WebServices& s, const Request& r) {
  const std::string name(r.param("name"));
  if (name.size() > 64 || !s.accounts.find(name)) throw ApiError(404, "no user named '" + name + "'", "name");
  return name;
}

Response create(WebServices& s, const Request& r, const Session& u) {
  const auto body = json_body(r);
  incidents::NewUser user;
  user.username = required_string(body, "username", 64);
  const auto role = incidents::parse_role(required_string(body, "role", 32));
  if (!role) throw ApiError(400, "'role' must be one of admin, officer, technician, guard, liaison", "role");
  user.role = *role;
  user.password = required_string(body, "password", incidents::max_password_length);
  if (s.accounts.find(user.username)) throw ApiError(409, "a user named '" + user.username + "' exists", "username");
  return account_result(s.accounts.create(user, u.username, s.clock()), 201);
}

Response password(WebServices& s, const Request& r, const Session& u) {
  const auto name = existing_user(s, r);
  const auto pw = required_string(json_body(r), "password", incidents::max_password_length);
  return account_result(s.accounts.set_password(name, pw, u.username, s.clock()), 200);
}

Response disable(WebServices& s, const Request& r, const Session& u) {
  const auto name = existing_user(s, r);
  if (name == u.username) throw ApiError(409, "an administrator cannot disable their own account", "name");
  return account_result(s.accounts.disable(name, u.username, s.clock()), 200);
}

}  // namespace

void add_user_routes(Router& router, Auth& auth, WebServices& s) {
  const std::vector<incidents::Role> admin{incidents::Role::admin};
  router.get("/api/v1/users", auth.require(admin, guarded([&s](const Request&, const Session&) {
                                             json items = json::array();
                                             for (const auto& user : s.accounts.list()) items.push_back(user_json(user));
                                             return json_response(200, items);
                                           })));
  router.post("/api/v1/users",
              auth.require(admin, guarded([&s](const Request& r, const Session& u) { return create(s, r, u); })));
  router.post("/api/v1/users/{name}/password",
              auth.require(admin, guarded([&s](const Request& r, const Session& u) { return password(s, r, u); })));
  router.post("/api/v1/users/{name}/disable",
              auth.require(admin, guarded([&s](const Request& r, const Session& u) { return disable(s, r, u); })));
}

}  // namespace camtrack::web::api
