// Routes requests to plain handler functions `Response(const Request&)` by method and path pattern.
// Patterns are literal paths with optional `{name}` segments (/api/v1/incidents/{id}); the values are
// in Request::params. Unknown path → 404, known path with another method → 405 (with Allow), a
// handler that throws → 500; all as JSON errors. Every response gets the security headers.
// Router::handle is what unit tests call: no socket, no Beast.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "web/http.hpp"

namespace camtrack::web {

using Handler = std::function<Response(const Request&)>;

class Router {
 public:
  // Registers a handler. HEAD is answered by a GET handler (the server drops the body).
  Router& add(std::string method, std::string pattern, Handler handler);
  Router& get(std::string pattern, Handler handler) { return add("GET", std::move(pattern), std::move(handler)); }
  Router& post(std::string pattern, Handler handler) { return add("POST", std::move(pattern), std::move(handler)); }
  Router& put(std::string pattern, Handler handler) { return add("PUT", std::move(pattern), std::move(handler)); }

  // Dispatches one request. When matched_route is given it receives the pattern that matched (or
  // "unmatched"), a label of bounded cardinality for metrics.
  Response handle(const Request& request, std::string* matched_route = nullptr) const;

  std::size_t size() const { return routes_.size(); }
  // Every registered route as {method, pattern}, in registration order (e.g. to check documentation).
  std::vector<std::pair<std::string, std::string>> routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  Response dispatch(const Request& request, std::string* matched_route) const;
  std::vector<Route> routes_;
};

}  // namespace camtrack::web
