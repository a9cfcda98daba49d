// Choosing the language of a page: query parameter, cookie, default.
#include "pages/i18n.hpp"

namespace camtrack::web::pages {

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "vi") return Lang::vi;
  if (code == "en") return Lang::en;
  return std::nullopt;
}

Lang request_lang(const Request& request) {
  if (auto chosen = parse_lang(request.query_param("lang"))) return *chosen;
  if (auto kept = parse_lang(request.cookie(lang_cookie_name))) return *kept;
  return Lang::vi;
}

std::string lang_cookie(const Request& request) {
  const auto chosen = parse_lang(request.query_param("lang"));
  if (!chosen) return {};
  return std::string(lang_cookie_name) + "=" + std::string(lang_code(*chosen)) +
         "; Path=/; SameSite=Strict; Max-Age=31536000";
}

}  // namespace camtrack::web::pages
