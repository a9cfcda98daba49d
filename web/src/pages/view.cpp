// Template rendering, the layout and its navigation, redirects and error pages.
#include "pages/view.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "pages/embedded.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

Data messages(Lang lang) {
  Data t;
  for_each_message(lang, [&](std::string_view key, std::string_view text) { t.set(std::string(key), std::string(text)); });
  return t;
}

struct NavItem {
  const char* href;
  const char* key;
  const char* id;
  std::vector<Role> roles;  // empty: everyone
};

const std::vector<NavItem>& nav_items() {
  static const std::vector<NavItem> items = {
      {"/", "nav_dashboard", "nav-dashboard", {}},
      {"/incidents", "nav_incidents", "nav-incidents", {}},
      {"/gate", "nav_gate", "nav-gate", {Role::guard, Role::officer, Role::admin}},
      {"/cameras", "nav_cameras", "nav-cameras", {}},
      {"/site", "nav_site", "nav-site", {}},
      {"/calendar", "nav_calendar", "nav-calendar", {}},
      {"/users", "nav_users", "nav-users", {Role::admin}},
      {"/audit", "nav_audit", "nav-audit", {Role::admin, Role::officer, Role::liaison}},
  };
  return items;
}

bool allowed(const std::vector<Role>& roles, Role role) {
  return roles.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
}

// The current target with lang=<other> (other query parameters kept).
std::string switch_link(const Request& request, Lang other) {
  std::string query;
  std::string_view rest = request.query();
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const auto pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    if (pair.substr(0, 5) == "lang=" || pair.empty()) continue;
    query += std::string(pair) + "&";
  }
  return std::string(request.path()) + "?" + query + "lang=" + std::string(lang_code(other));
}

Response layout(const Request& request, Lang lang, std::string_view title_key, std::string content, Data page,
                 int status) {
  page.set("t", messages(lang));
  page.set("title", std::string(tr(lang, title_key)));
  page.set("lang", std::string(lang_code(lang)));
  page.set("content", std::move(content));
  const Lang other = lang == Lang::vi ? Lang::en : Lang::vi;
  page.set("switch_href", switch_link(request, other));
  page.set("switch_label", other == Lang::vi ? "Tiếng Việt" : "English");
  auto response = text_response(status, render_text("layout.html", page), "text/html; charset=utf-8");
  if (auto cookie = lang_cookie(request); !cookie.empty()) response.add_header("Set-Cookie", std::move(cookie));
  return response;
}

}  // namespace

Data messages_data(Lang lang) { return messages(lang); }

std::string render_text(std::string_view template_name, const Data& data) {
  const auto text = embedded_file(template_name);
  if (text.empty()) throw std::runtime_error("no template " + std::string(template_name));
  kainjow::mustache::mustache tmpl{std::string(text)};
  if (!tmpl.is_valid()) throw std::runtime_error(std::string(template_name) + ": " + tmpl.error_message());
  tmpl.set_custom_escape(escape_html);
  return tmpl.render(data);
}

Response render_page(const PageContext& ctx, std::string_view template_name, std::string_view title_key, Data data,
                     int status) {
  data.set("t", messages(ctx.lang));
  data.set("csrf_token", ctx.session.csrf_token);
  return render_page_html(ctx, render_text(template_name, data), title_key, status);
}

Response render_page_html(const PageContext& ctx, std::string content, std::string_view title_key, int status) {
  Data page;
  Data nav = list();
  const std::string path(ctx.request.path());
  for (const auto& item : nav_items()) {
    if (!allowed(item.roles, ctx.session.role)) continue;
    Data entry;
    entry.set("href", item.href);
    entry.set("label", std::string(ctx.t(item.key)));
    entry.set("id", item.id);
    const bool current = item.href == path || (std::string_view(item.href) != "/" && path.rfind(item.href, 0) == 0);
    entry.set("current", current);
    nav.push_back(entry);
  }
  page.set("nav", nav);
  page.set("signed_in", true);
  page.set("username", ctx.session.username);
  page.set("role_label", std::string(ctx.t("role_" + std::string(incidents::role_name(ctx.session.role)))));
  page.set("csrf_token", ctx.session.csrf_token);
  // ?flash=<key> after a redirect: only messages of the catalog are shown, never the query's text.
  if (const auto flash = ctx.request.query_param("flash"); flash.rfind("flash_", 0) == 0 && has_message(flash)) {
    page.set("flash", std::string(ctx.t(flash)));
  }
  return layout(ctx.request, ctx.lang, title_key, std::move(content), std::move(page), status);
}

Response render_public(const Request& request, Lang lang, std::string_view template_name, std::string_view title_key,
                       Data data, int status) {
  data.set("t", messages(lang));
  std::string content = render_text(template_name, data);
  Data page;
  page.set("signed_in", false);
  return layout(request, lang, title_key, std::move(content), std::move(page), status);
}

Response see_other(std::string location) {
  Response response;
  response.status = 303;
  response.set_header("Location", std::move(location));
  response.set_header("Content-Type", "text/plain; charset=utf-8");
  return response;
}

Response error_page(const Request& request, Lang lang, int status, std::string_view message_key, std::string detail) {
  Data data;
  data.set("status", std::to_string(status));
  data.set("message", std::string(tr(lang, message_key)));
  if (!detail.empty()) data.set("detail", std::move(detail));
  return render_public(request, lang, "error.html", "error_title", std::move(data), status);
}

std::string url_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

std::string local_path_or_root(std::string_view next) {
  if (next.empty() || next.front() != '/' || next.size() > 1024) return "/";
  if (next.size() > 1 && (next[1] == '/' || next[1] == '\\')) return "/";
  for (const char c : next) {
    if (c == '\\' || static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return std::string(next);
}

}  // namespace camtrack::web::pages
