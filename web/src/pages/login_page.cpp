// GET/POST /login (an HTML form setting the same session cookie as POST /api/v1/login) and POST /logout.
#include "pages/routes.hpp"

#include "pages/view.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;

Response login_form(const Request& request, Lang lang, const std::string& next, const std::string& username,
                    std::string error, int status) {
  Data data;
  data.set("next", next);
  data.set("username", username);
  if (!error.empty()) data.set("error", std::move(error));
  return render_public(request, lang, "login.html", "title_login", std::move(data), status);
}

// Where a user lands after signing in without a `next`: guards go to the gate log.
std::string landing_for(Role role) { return role == Role::guard ? "/gate" : "/"; }

Response post_login(Auth& auth, const Request& request) {
  const Lang lang = request_lang(request);
  const std::string next = request.form_param("next");
  const std::string username = request.form_param("username");
  const std::string password = request.form_param("password");
  if (!is_form_post(request) || request.body.size() > max_login_body_bytes) {
    return login_form(request, lang, next, username, std::string(tr(lang, "login_wrong")), 400);
  }
  if (username.empty() || password.empty()) {
    return login_form(request, lang, next, username,
                      std::string(tr(lang, username.empty() ? "username" : "password")) + ": " +
                          std::string(tr(lang, "field_required")),
                      400);
  }
  auto result = auth.sign_in(request, username, password);
  if (auto* refusal = std::get_if<Response>(&result)) {
    if (refusal->status == 429) {
      auto page = login_form(request, lang, next, username,
                             std::string(tr(lang, "login_throttled")) + " " + std::string(refusal->header("Retry-After")),
                             429);
      page.set_header("Retry-After", std::string(refusal->header("Retry-After")));
      return page;
    }
    return login_form(request, lang, next, username, std::string(tr(lang, "login_wrong")), 401);
  }
  const auto& created = std::get<incidents::NewSession>(result);
  const std::string target = next.empty() ? landing_for(created.session.role) : local_path_or_root(next);
  auto response = see_other(target);
  response.add_header("Set-Cookie", session_cookie(created.token, request.secure, auth.session_lifetime()));
  return response;
}

Response post_logout(Auth& auth, const Request& request) {
  const Lang lang = request_lang(request);
  auto result = auth.logout(request);
  if (result.status == 401) return see_other("/login");
  if (result.status != 200) return error_page(request, lang, result.status, "error_csrf");
  auto response = see_other("/login");
  for (const auto& [name, value] : result.headers) {
    if (iequals(name, "Set-Cookie")) response.add_header(name, value);
  }
  return response;
}

}  // namespace

void add_login_routes(Router& router, Auth& auth) {
  router.get("/login", [](const Request& request) {
    return login_form(request, request_lang(request), local_path_or_root(request.query_param("next")), {}, {}, 200);
  });
  router.post("/login", [&auth](const Request& request) { return post_login(auth, request); });
  router.post("/logout", [&auth](const Request& request) { return post_logout(auth, request); });
}

}  // namespace camtrack::web::pages
