// web: camtrack's HTTP side (Boost.Beast server, JSON API, login, roles, sessions, CSRF, metrics).
// May depend on: incidents (interfaces only), Boost.Beast/Asio (in web/src only), nlohmann-json.
//
// Request and Response are the plain values handlers see: a handler is `Response(const Request&)`,
// callable in a unit test with no socket and no Beast type. The server (server.hpp) converts to and
// from Beast messages at the edge.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace camtrack::web {

struct Request {
  std::string method;   // "GET", "POST"... (upper case)
  std::string target;   // as sent: path and query, e.g. /api/v1/incidents?state=open
  std::vector<std::pair<std::string, std::string>> headers;  // in order; names as sent
  std::string body;
  std::string remote_address;  // the peer's IP address, e.g. 127.0.0.1
  bool secure = false;         // arrived over TLS
  // Values of the {name} segments of the matched route pattern (set by the Router).
  std::vector<std::pair<std::string, std::string>> params;

  // The target without its query string.
  std::string_view path() const;
  // The raw query string (after '?'), empty when absent.
  std::string_view query() const;
  // The value of a query parameter (percent-decoded), empty when absent.
  std::string query_param(std::string_view name) const;
  // The first header with that name (case-insensitive), empty when absent.
  std::string_view header(std::string_view name) const;
  bool has_header(std::string_view name) const;
  // A path parameter of the matched route, e.g. param("id") for /api/v1/incidents/{id}.
  std::string_view param(std::string_view name) const;
  // The value of one cookie from the Cookie header(s), empty when absent.
  std::string cookie(std::string_view name) const;
  // A field of an application/x-www-form-urlencoded body (percent-decoded), empty when absent.
  std::string form_param(std::string_view name) const;
};

// True when the body is an HTML form (Content-Type application/x-www-form-urlencoded).
bool is_form_post(const Request& request);

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // Content-Type among them
  std::string body;

  std::string_view header(std::string_view name) const;
  // Replaces a header (case-insensitive name) or adds it.
  void set_header(std::string_view name, std::string value);
  // Adds a header even if one with that name exists (Set-Cookie).
  void add_header(std::string name, std::string value);
};

// 200-style JSON response.
Response json_response(int status, const nlohmann::json& body);
// {"error": message, "field": field-or-null} with a 4xx/5xx status.
Response json_error(int status, std::string_view message, std::string_view field = {});
Response text_response(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");

// Adds the headers every response carries: CSP default-src 'self' with frame-ancestors 'none',
// X-Content-Type-Options nosniff, X-Frame-Options DENY, Referrer-Policy no-referrer, and
// Cache-Control no-store unless the handler chose a cache policy.
void apply_security_headers(Response& response);

bool iequals(std::string_view a, std::string_view b);

}  // namespace camtrack::web
