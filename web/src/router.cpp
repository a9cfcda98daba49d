#include "web/router.hpp"

#include <exception>

namespace camtrack::web {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  if (!path.empty() && path.front() == '/') start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    segments.emplace_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return segments;
}

bool is_param(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::vector<std::pair<std::string, std::string>>* params) {
  if (pattern.size() != path.size()) return false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_param(pattern[i])) {
      if (path[i].empty()) return false;
      if (params) params->emplace_back(pattern[i].substr(1, pattern[i].size() - 2), path[i]);
    } else if (pattern[i] != path[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

Router& Router::add(std::string method, std::string pattern, Handler handler) {
  auto segments = split_path(pattern);
  routes_.push_back({std::move(method), std::move(pattern), std::move(segments), std::move(handler)});
  return *this;
}

std::vector<std::pair<std::string, std::string>> Router::routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(routes_.size());
  for (const auto& route : routes_) out.emplace_back(route.method, route.pattern);
  return out;
}

Response Router::handle(const Request& request, std::string* matched_route) const {
  Response response;
  try {
    response = dispatch(request, matched_route);
  } catch (const std::exception&) {
    response = json_error(500, "internal error");
  }
  apply_security_headers(response);
  return response;
}

Response Router::dispatch(const Request& request, std::string* matched_route) const {
  if (matched_route) *matched_route = "unmatched";
  const auto path = split_path(request.path());
  const std::string_view method = request.method == "HEAD" ? std::string_view("GET") : request.method;
  std::string allow;
  for (const auto& route : routes_) {
    if (!matches(route.segments, path, nullptr)) continue;
    if (route.method != method) {
      if (!allow.empty()) allow += ", ";
      allow += route.method;
      continue;
    }
    if (matched_route) *matched_route = route.pattern;
    if (route.pattern.find('{') == std::string::npos) return route.handler(request);
    Request with_params = request;
    with_params.params.clear();
    matches(route.segments, path, &with_params.params);
    return route.handler(with_params);
  }
  if (!allow.empty()) {
    auto response = json_error(405, "method " + request.method + " is not allowed here");
    response.set_header("Allow", allow);
    return response;
  }
  return json_error(404, "no such resource: " + std::string(request.path()));
}

}  // namespace camtrack::web
