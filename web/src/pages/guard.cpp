// Turns the JSON refusals of Auth::authenticate into what a browser needs: a redirect or a 403 page.
#include "pages/guard.hpp"

#include <nlohmann/json.hpp>

namespace camtrack::web::pages {
namespace {

Response refusal_page(const Request& request, Lang lang, const Response& refusal) {
  if (refusal.status == 401) {
    const std::string next = request.method == "GET" ? request.target : std::string(request.path());
    return see_other("/login?next=" + url_encode(local_path_or_root(next)));
  }
  const auto body = nlohmann::json::parse(refusal.body, nullptr, false);
  const bool csrf = body.is_object() && body.value("field", nlohmann::json()).is_string() &&
                    body["field"].get<std::string>() == csrf_header_name;
  return error_page(request, lang, refusal.status, csrf ? "error_csrf" : "error_forbidden");
}

}  // namespace

Handler guarded(Auth& auth, WebServices& services, std::vector<incidents::Role> roles, PageHandler handler) {
  return [&auth, &services, roles = std::move(roles), handler = std::move(handler)](const Request& request) {
    const Lang lang = request_lang(request);
    auto result = auth.authenticate(request, roles);
    if (auto* refusal = std::get_if<Response>(&result)) return refusal_page(request, lang, *refusal);
    const auto& session = std::get<incidents::Session>(result);
    const PageContext ctx{request, session, services, lang, services.clock()};
    return handler(ctx);
  };
}

}  // namespace camtrack::web::pages
