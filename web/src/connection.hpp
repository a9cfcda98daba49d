// One accepted connection (private to web/src): reads requests with a header timeout and a body
// timeout, enforces the size limits (431/413), answers through the Router, keeps the connection alive
// when the client asks, and closes gently (shutdown, drain briefly, close) so error answers arrive.
// Stream is beast::tcp_stream or beast::ssl_stream<beast::tcp_stream>.
#pragma once

#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <chrono>
#include <memory>
#include <optional>

#include "beast_convert.hpp"
#include "web/server.hpp"

namespace camtrack::web::detail {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;

// What every connection shares; owned by the server, outlives every connection.
struct Shared {
  const Router& router;
  const ServerOptions& options;
  MetricsRegistry* metrics;
  bool secure;
};

template <typename Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>> {
 public:
  template <typename... Args>
  Connection(const Shared& shared, std::string remote, Args&&... args)
      : shared_(shared), remote_(std::move(remote)), stream_(std::forward<Args>(args)...) {
    if (shared_.metrics) connections().add({}, 1);
  }
  ~Connection() {
    if (shared_.metrics) connections().add({}, -1);
  }

  void start() {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      read_header();
    } else {
      lowest().expires_after(shared_.options.header_timeout);
      stream_.async_handshake(net::ssl::stream_base::server,
                              [self = this->shared_from_this()](beast::error_code ec) {
                                if (ec) return self->log("TLS handshake failed: " + ec.message());
                                self->read_header();
                              });
    }
  }

 private:
  beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }
  Gauge& connections() {
    return shared_.metrics->gauge("camtrack_http_connections", "Open HTTP connections");
  }
  void log(const std::string& line) {
    if (shared_.options.log) shared_.options.log(line);
  }

  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(shared_.options.max_header_bytes));
    parser_->body_limit(shared_.options.max_body_bytes);
    lowest().expires_after(shared_.options.header_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              self->on_header(ec);
                            });
  }

  void on_header(beast::error_code ec) {
    started_ = std::chrono::steady_clock::now();
    if (ec) return on_read_error(ec);
    const auto& req = parser_->get();
    if (req[http::field::expect] == "100-continue" && !parser_->is_done()) {
      auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, req.version());
      lowest().expires_after(shared_.options.write_timeout);
      http::async_write(stream_, *cont, [self = this->shared_from_this(), cont](beast::error_code wec, std::size_t) {
        if (wec) return self->close_now();
        self->read_body();
      });
      return;
    }
    if (parser_->is_done()) return respond();
    read_body();
  }

  void read_body() {
    lowest().expires_after(shared_.options.body_timeout);
    http::async_read(stream_, buffer_, *parser_, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->on_read_error(ec);
      self->respond();
    });
  }

  void on_read_error(beast::error_code ec) {
    if (ec == http::error::header_limit) return reject(431, "request headers are too large");
    if (ec == http::error::body_limit) return reject(413, "request body is too large");
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted ||
        ec == net::error::connection_reset || ec == net::ssl::error::stream_truncated) {
      if (ec == beast::error::timeout) count_rejection("timeout");
      return close_now();
    }
    if (ec.category() == http::make_error_code(http::error::bad_method).category()) {
      return reject(400, "malformed HTTP request");
    }
    close_now();
  }

  void count_rejection(const char* reason) {
    if (!shared_.metrics) return;
    shared_.metrics->counter("camtrack_http_rejected_total", "Requests refused before routing")
        .inc({{"reason", reason}});
  }

  void reject(int status, const char* message) {
    count_rejection(status == 431 ? "header_limit" : status == 413 ? "body_limit" : "malformed");
    auto response = json_error(status, message);
    apply_security_headers(response);
    send(to_beast(response, 11, false, false), false);
  }

  void respond() {
    auto beast_request = parser_->release();
    Request request = from_beast(beast_request, remote_, shared_.secure);
    std::string route;
    Response response = shared_.router.handle(request, &route);
    if (shared_.metrics) {
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
      shared_.metrics->counter("camtrack_http_requests_total", "HTTP requests answered")
          .inc({{"method", request.method}, {"route", route}, {"status", std::to_string(response.status)}});
      shared_.metrics->histogram("camtrack_http_request_duration_seconds", "Time to answer an HTTP request")
          .observe({{"route", route}}, seconds);
    }
    const bool keep_alive = beast_request.keep_alive();
    send(to_beast(response, beast_request.version(), keep_alive, beast_request.method() == http::verb::head),
         keep_alive);
  }

  void send(http::response<http::string_body> response, bool keep_alive) {
    response_ = std::move(response);
    lowest().expires_after(shared_.options.write_timeout);
    http::async_write(stream_, response_, [self = this->shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
      if (ec) return self->close_now();
      if (keep_alive) return self->read_header();
      self->close_gently();
    });
  }

  // Half-close, then read and discard what the client still sends for a moment, so an unread request
  // body does not turn the close into a reset that destroys the answer on its way.
  void close_gently() {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      beast::error_code ignored;
      lowest().socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
      drain();
    } else {
      lowest().expires_after(std::chrono::seconds(2));
      stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->close_now(); });
    }
  }

  void drain() {
    lowest().expires_after(std::chrono::seconds(2));
    lowest().async_read_some(net::buffer(discard_), [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->close_now();
      self->drain();
    });
  }

  void close_now() {
    beast::error_code ignored;
    lowest().socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    lowest().close();
  }

  const Shared& shared_;
  std::string remote_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  std::chrono::steady_clock::time_point started_;
  std::array<char, 4096> discard_{};
};

}  // namespace camtrack::web::detail
