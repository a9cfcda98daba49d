// GET /static/{name}: the stylesheet and script, embedded, cached for a day.
#include "pages/embedded.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

std::string content_type_of(std::string_view name) {
  if (name.size() > 4 && name.substr(name.size() - 4) == ".css") return "text/css; charset=utf-8";
  if (name.size() > 3 && name.substr(name.size() - 3) == ".js") return "text/javascript; charset=utf-8";
  return {};
}

}  // namespace

void add_static_routes(Router& router) {
  router.get("/static/{name}", [](const Request& request) {
    const auto name = request.param("name");
    const auto type = content_type_of(name);
    const auto text = embedded_file(name);
    if (type.empty() || text.empty()) return text_response(404, "no such file\n");
    auto response = text_response(200, std::string(text), type);
    response.set_header("Cache-Control", "public, max-age=86400");
    return response;
  });
  // Browsers ask for it on every site; there is none (no external or inline assets).
  router.get("/favicon.ico", [](const Request&) {
    auto response = text_response(204, {});
    response.set_header("Cache-Control", "public, max-age=86400");
    return response;
  });
}

}  // namespace camtrack::web::pages
