// The HTTP/1.1 server (Boost.Beast, kept out of this header): accepts connections on one address,
// reads each request with a header timeout and a body timeout, refuses oversized headers (431) and
// bodies (413), keeps connections alive, optionally speaks TLS, and hands every request to a Router.
// Runs on its own io_context threads; the Router's handlers run on those threads.
//
// How the app starts it (e.g. `camtrack demo` / `serve`):
//
//   web::MetricsRegistry metrics;                       // outlives the server
//   web::Router router;
//   web::add_health_routes(router, {CAMTRACK_VERSION}, metrics);
//   web::add_auth_routes(router, auth_context);          // auth_routes.hpp: login, logout, me
//   web::Server server(std::move(router), web::ServerOptions{}, &metrics);
//   auto started = server.start("127.0.0.1:8080");      // "127.0.0.1:0" picks a free port
//   if (!started) { print started.error; exit non-zero }
//   print "listening on http://127.0.0.1:" << server.port();
//   ... wait for SIGINT/SIGTERM ...
//   server.stop();                                       // also done by the destructor
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "web/metrics.hpp"
#include "web/router.hpp"

namespace camtrack::web {

struct TlsOptions {
  std::string certificate_chain_file;  // PEM
  std::string private_key_file;        // PEM
};

struct ServerOptions {
  int threads = 2;
  std::chrono::milliseconds header_timeout{10000};  // whole request line + headers, also while idle
  std::chrono::milliseconds body_timeout{30000};    // whole body, after the headers
  std::chrono::milliseconds write_timeout{30000};
  std::size_t max_header_bytes = 16 * 1024;          // more → 431
  std::size_t max_body_bytes = 1024 * 1024;          // more → 413
  std::optional<TlsOptions> tls;                     // HTTPS when set
  // Connection-level problems (accept failures, TLS errors); empty: silent.
  std::function<void(std::string_view)> log;
};

struct StartResult {
  bool ok = false;
  std::string error;         // one line for people when !ok
  unsigned short port = 0;   // the bound port when ok
  explicit operator bool() const { return ok; }
};

class Server {
 public:
  // metrics may be null; when given it receives camtrack_http_requests_total{method,route,status},
  // camtrack_http_request_duration_seconds{route} and camtrack_http_connections, and must outlive the
  // server.
  explicit Server(Router router, ServerOptions options = {}, MetricsRegistry* metrics = nullptr);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds "IP:port" (IPv4, or [IPv6]:port; port 0 = any free port) and starts the threads. Failures
  // (bad address, port in use, unreadable certificate) come back as data.
  StartResult start(std::string_view listen);
  unsigned short port() const;
  bool running() const;
  // Stops accepting, closes connections and joins the threads. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace camtrack::web
