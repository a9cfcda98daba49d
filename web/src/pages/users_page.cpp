// /users (admin only): the accounts, creating one, disabling one, resetting a password.
#include <map>

#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;

struct UserForm {
  std::string action;  // create, password
  std::string target;  // the user of a password reset
  std::string error;
  std::map<std::string, std::string> values;
};

Response users_page(const PageContext& ctx, const UserForm& form = {}, int status = 200) {
  Data data;
  Data users = list();
  for (const auto& user : ctx.services.accounts.list()) {
    Data row;
    row.set("username", user.username);
    row.set("role", std::string(ctx.t("role_" + std::string(incidents::role_name(user.role)))));
    row.set("disabled", user.disabled);
    row.set("created", local_time_text(user.created_at));
    row.set("self", user.username == ctx.session.username);
    if (form.action == "password" && form.target == user.username) row.set("password_error", form.error);
    users.push_back(row);
  }
  data.set("users", users);
  Data roles = list();
  const auto chosen = form.values.count("role") ? form.values.at("role") : std::string("officer");
  for (auto role : {Role::officer, Role::technician, Role::guard, Role::liaison, Role::admin}) {
    Data option;
    option.set("value", std::string(incidents::role_name(role)));
    option.set("label", std::string(ctx.t("role_" + std::string(incidents::role_name(role)))));
    option.set("selected", chosen == incidents::role_name(role));
    roles.push_back(option);
  }
  data.set("roles", roles);
  if (form.action == "create") {
    data.set("create_error", form.error);
    data.set("new_username", form.values.count("username") ? form.values.at("username") : std::string{});
  }
  return render_page(ctx, "users.html", "title_users", std::move(data), status);
}

std::string account_error(const PageContext& ctx, const incidents::AccountResult& result) {
  const std::string field = result.field.empty() ? std::string{} : std::string(ctx.t(result.field)) + ": ";
  return std::string(ctx.t("refusal_invalid_input")) + ": " + field + result.error;
}

Response create_user(const PageContext& ctx) {
  UserForm form{"create", {}, {}, {}};
  form.values["username"] = ctx.request.form_param("username");
  form.values["role"] = ctx.request.form_param("role");
  const auto role = incidents::parse_role(form.values["role"]);
  if (!role) {
    form.error = std::string(ctx.t("role")) + ": " + std::string(ctx.t("refusal_invalid_input"));
    return users_page(ctx, form, 422);
  }
  const auto result = ctx.services.accounts.create({form.values["username"], *role, ctx.request.form_param("password")},
                                                   ctx.session.username, ctx.now);
  if (result.ok()) return see_other("/users?flash=flash_user_created");
  form.error = account_error(ctx, result);
  return users_page(ctx, form, 422);
}

Response change_user(const PageContext& ctx) {
  const std::string username(ctx.request.param("name"));
  const std::string what(ctx.request.param("what"));
  if (!ctx.services.accounts.find(username)) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  if (what == "disable") {
    const auto result = ctx.services.accounts.disable(username, ctx.session.username, ctx.now);
    if (result.ok()) return see_other("/users?flash=flash_user_disabled");
    return users_page(ctx, {"disable", username, account_error(ctx, result), {}}, 422);
  }
  if (what == "password") {
    const auto result = ctx.services.accounts.set_password(username, ctx.request.form_param("password"),
                                                           ctx.session.username, ctx.now);
    if (result.ok()) return see_other("/users?flash=flash_password_reset");
    return users_page(ctx, {"password", username, account_error(ctx, result), {}}, 422);
  }
  return error_page(ctx.request, ctx.lang, 404, "error_not_found");
}

}  // namespace

void add_user_routes(Router& router, Auth& auth, WebServices& services) {
  const std::vector<Role> admin = {Role::admin};
  router.get("/users", guarded(auth, services, admin, [](const PageContext& ctx) { return users_page(ctx); }));
  router.post("/users", guarded(auth, services, admin, create_user));
  router.post("/users/{name}/{what}", guarded(auth, services, admin, change_user));
}

}  // namespace camtrack::web::pages
