// Rendering pages: a template from web/templates filled with kainjow::mustache (every {{field}} is
// HTML-escaped), placed in layout.html with the navigation of the user's role, the language switch and
// the message catalog as {{t.key}} (written into each template once per language and thread). Also the
// responses pages give besides HTML: redirects and errors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "incidents/accounts.hpp"
#include "pages/i18n.hpp"
#include "web/services.hpp"

namespace camtrack::web::pages {

using Data = kainjow::mustache::data;

// What every page handler gets: the request, the signed-in user, the services, language and time.
struct PageContext {
  const Request& request;
  const incidents::Session& session;
  WebServices& services;
  Lang lang = Lang::vi;
  incidents::Instant now{};

  incidents::Actor actor() const { return {session.username, session.role}; }
  std::string_view t(std::string_view key) const { return tr(lang, key); }
};

// A list for a {{#section}}.
inline Data list() { return Data{Data::type::list}; }

// The filled template, escaped, its {{t.key}} in `lang`; throws std::runtime_error naming a broken
// template (a broken build).
std::string render_text(std::string_view template_name, const Data& data, Lang lang);

// A page for a signed-in user: `template_name` inside the layout, titled by the message `title_key`.
Response render_page(const PageContext& ctx, std::string_view template_name, std::string_view title_key,
                     Data data, int status = 200);
// The same with the body already rendered (a cached one).
Response render_page_html(const PageContext& ctx, std::string content, std::string_view title_key, int status = 200);
// A page without a session (login, errors).
Response render_public(const Request& request, Lang lang, std::string_view template_name,
                       std::string_view title_key, Data data, int status = 200);

// 303 See Other to a local path.
Response see_other(std::string location);
// An error page: the message `message_key` and an optional detail.
Response error_page(const Request& request, Lang lang, int status, std::string_view message_key,
                    std::string detail = {});

// Percent-encodes a query value.
std::string url_encode(std::string_view text);
// `next` when it is a local path (starts with one '/', no scheme, no backslash), else "/".
std::string local_path_or_root(std::string_view next);

}  // namespace camtrack::web::pages
