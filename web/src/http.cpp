#include "web/http.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

namespace camtrack::web {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

template <typename Headers>
std::string_view find_header(const Headers& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Request::path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

std::string_view Request::query() const {
  std::string_view t = target;
  const auto q = t.find('?');
  return q == std::string_view::npos ? std::string_view{} : t.substr(q + 1);
}

// The value of `name` in an a=b&c=d string (percent-decoded), empty when absent.
static std::string encoded_param(std::string_view rest, std::string_view name) {
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const auto pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    const auto eq = pair.find('=');
    if (percent_decode(pair.substr(0, eq)) != name) continue;
    return eq == std::string_view::npos ? std::string{} : percent_decode(pair.substr(eq + 1));
  }
  return {};
}

std::string Request::query_param(std::string_view name) const { return encoded_param(query(), name); }

std::string Request::form_param(std::string_view name) const {
  if (!is_form_post(*this)) return {};
  return encoded_param(body, name);
}

bool is_form_post(const Request& request) {
  const auto type = request.header("Content-Type");
  return iequals(type.substr(0, std::min<std::size_t>(type.size(), 33)), "application/x-www-form-urlencoded");
}

std::string_view Request::header(std::string_view name) const { return find_header(headers, name); }

bool Request::has_header(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(), [&](const auto& h) { return iequals(h.first, name); });
}

std::string_view Request::param(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key == name) return value;
  }
  return {};
}

std::string Request::cookie(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (!iequals(key, "Cookie")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto semi = rest.find(';');
      const auto item = trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      const auto eq = item.find('=');
      if (eq != std::string_view::npos && trim(item.substr(0, eq)) == name) {
        return std::string(trim(item.substr(eq + 1)));
      }
    }
  }
  return {};
}

std::string_view Response::header(std::string_view name) const { return find_header(headers, name); }

void Response::set_header(std::string_view name, std::string value) {
  for (auto& [key, existing] : headers) {
    if (iequals(key, name)) {
      existing = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::string(name), std::move(value));
}

void Response::add_header(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
}

Response json_response(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.set_header("Content-Type", "application/json");
  r.body = body.dump();
  return r;
}

Response json_error(int status, std::string_view message, std::string_view field) {
  nlohmann::json body = {{"error", message}, {"field", nullptr}};
  if (!field.empty()) body["field"] = field;
  return json_response(status, body);
}

Response text_response(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.set_header("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

void apply_security_headers(Response& response) {
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  if (response.header("Cache-Control").empty()) response.set_header("Cache-Control", "no-store");
}

}  // namespace camtrack::web
