// Template rendering, the layout and its navigation, redirects and error pages.
#include "pages/view.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
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

// The template text with every {{t.key}} replaced by its message, escaped as the {{field}} would be (an
// unknown key gives nothing, as a missing field does). Done once per template and language instead of
// copying the whole catalog into each page's data: that copy was most of a list page's cost.
std::string with_messages(std::string_view text, Lang lang) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t pos = 0;
  for (auto open = text.find("{{t.", pos); open != std::string_view::npos; open = text.find("{{t.", pos)) {
    const auto close = text.find("}}", open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const auto key = text.substr(open + 4, close - open - 4);
    if (has_message(key)) out += escape_html(std::string(tr(lang, key)));
    pos = close + 2;
  }
  out.append(text.substr(pos));
  return out;
}

// Compiled templates, per thread (a mustache object is not shared between threads) and language.
kainjow::mustache::mustache& compiled(std::string_view template_name, Lang lang) {
  thread_local std::map<std::pair<std::string, Lang>, std::unique_ptr<kainjow::mustache::mustache>> cache;
  auto& slot = cache[{std::string(template_name), lang}];
  if (slot) return *slot;
  const auto text = embedded_file(template_name);
  if (text.empty()) throw std::runtime_error("no template " + std::string(template_name));
  auto tmpl = std::make_unique<kainjow::mustache::mustache>(with_messages(text, lang));
  if (!tmpl->is_valid()) throw std::runtime_error(std::string(template_name) + ": " + tmpl->error_message());
  tmpl->set_custom_escape(escape_html);
  slot = std::move(tmpl);
  return *slot;
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
  page.set("title", std::string(tr(lang, title_key)));
  page.set("lang", std::string(lang_code(lang)));
  page.set("content", std::move(content));
  const Lang other = lang == Lang::vi ? Lang::en : Lang::vi;
  page.set("switch_href", switch_link(request, other));
  page.set("switch_label", other == Lang::vi ? "Tiếng Việt" : "English");
  auto response = text_response(status, render_text("layout.html", page, lang), "text/html; charset=utf-8");
  if (auto cookie = lang_cookie(request); !cookie.empty()) response.add_header("Set-Cookie", std::move(cookie));
  return response;
}

}  // namespace

std::string render_text(std::string_view template_name, const Data& data, Lang lang) {
  return compiled(template_name, lang).render(data);
}

Response render_page(const PageContext& ctx, std::string_view template_name, std::string_view title_key, Data data,
                     int status) {
  data.set("csrf_token", ctx.session.csrf_token);
  return render_page_html(ctx, render_text(template_name, data, ctx.lang), title_key, status);
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
  std::string content = render_text(template_name, data, lang);
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
