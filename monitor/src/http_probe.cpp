#include "http_probe.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

#include <array>
#include <charconv>
#include <memory>

namespace camtrack::monitor {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

class Exchange : public std::enable_shared_from_this<Exchange> {
 public:
  Exchange(asio::io_context& io, HttpTarget target, std::string request, ProbeLimits limits, ProbeHandler handler)
      : socket_(io), resolver_(io), timer_(io), target_(std::move(target)), request_(std::move(request)),
        limits_(limits), handler_(std::move(handler)) {}

  void start() {
    started_ = std::chrono::steady_clock::now();
    reply_.sent = std::chrono::system_clock::now();
    timer_.expires_after(limits_.timeout);
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
      if (!ec) self->finish(FaultReason::no_response);
    });
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(target_.host, ec);
    if (!ec) {
      socket_.async_connect(tcp::endpoint(address, target_.port),
                            [self = shared_from_this()](const boost::system::error_code& e) { self->on_connect(e); });
      return;
    }
    resolver_.async_resolve(target_.host, std::to_string(target_.port),
                            [self = shared_from_this()](const boost::system::error_code& e,
                                                        const tcp::resolver::results_type& results) {
                              if (self->done_) return;
                              if (e) {
                                self->reply_.resolved = false;
                                self->finish(FaultReason::dns_failed);
                                return;
                              }
                              asio::async_connect(self->socket_, results,
                                                  [self](const boost::system::error_code& ce, const tcp::endpoint&) {
                                                    self->on_connect(ce);
                                                  });
                            });
  }

 private:
  void on_connect(const boost::system::error_code& ec) {
    if (done_) return;
    if (ec) {
      finish(FaultReason::unreachable);
      return;
    }
    if (request_.empty()) {  // connect probe
      reply_.answered = true;
      finish(FaultReason::none);
      return;
    }
    asio::async_write(socket_, asio::buffer(request_),
                      [self = shared_from_this()](const boost::system::error_code& e, std::size_t) {
                        if (self->done_) return;
                        if (e) {
                          self->finish(FaultReason::unreachable);
                          return;
                        }
                        self->read_more();
                      });
  }

  void read_more() {
    socket_.async_read_some(asio::buffer(chunk_), [self = shared_from_this()](const boost::system::error_code& e,
                                                                              std::size_t n) {
      if (self->done_) return;
      self->data_.append(self->chunk_.data(), n);
      if (self->data_.size() > self->limits_.max_response_bytes) {
        self->finish(FaultReason::bad_response);
        return;
      }
      if (self->complete(e == asio::error::eof)) return;
      if (e) {
        // EOF or reset before a complete answer: a device that closes without answering.
        self->finish(self->data_.empty() ? FaultReason::unreachable : FaultReason::bad_response);
        return;
      }
      self->read_more();
    });
  }

  // Parses what has arrived; finishes and returns true when the answer is complete.
  bool complete(bool eof) {
    const auto head_end = data_.find("\r\n\r\n");
    if (head_end == std::string::npos) return false;
    if (data_.rfind("HTTP/1.", 0) != 0 || data_.size() < 12) {
      finish(FaultReason::bad_response);
      return true;
    }
    int status = 0;
    std::from_chars(data_.data() + 9, data_.data() + 12, status);
    std::size_t length = std::string::npos;
    const std::string_view head(data_.data(), head_end);
    for (std::string_view name : {"Content-Length:", "content-length:", "Content-length:"}) {
      const auto p = head.find(name);
      if (p == std::string_view::npos) continue;
      std::size_t pos = p + name.size();
      while (pos < head.size() && head[pos] == ' ') ++pos;
      std::size_t v = 0;
      if (std::from_chars(head.data() + pos, head.data() + head.size(), v).ec == std::errc{}) length = v;
      break;
    }
    const std::size_t body_start = head_end + 4;
    if (length == std::string::npos && eof) length = data_.size() - body_start;  // ended by close
    if (length == std::string::npos || data_.size() < body_start + length) return false;  // wait for more
    reply_.answered = true;
    reply_.status = status;
    reply_.body = data_.substr(body_start, length);
    finish(FaultReason::none);
    return true;
  }

  void finish(FaultReason failure) {
    if (done_) return;
    done_ = true;
    reply_.failure = failure;
    reply_.latency = std::chrono::steady_clock::now() - started_;
    reply_.received = std::chrono::system_clock::now();
    timer_.cancel();
    resolver_.cancel();
    boost::system::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
    auto handler = std::move(handler_);
    handler(std::move(reply_));
  }

  tcp::socket socket_;
  tcp::resolver resolver_;
  asio::steady_timer timer_;
  HttpTarget target_;
  std::string request_;
  ProbeLimits limits_;
  ProbeHandler handler_;
  ProbeReply reply_;
  std::string data_;
  std::array<char, 4096> chunk_{};
  std::chrono::steady_clock::time_point started_{};
  bool done_ = false;
};

}  // namespace

std::optional<HttpTarget> parse_target(std::string_view text) {
  HttpTarget t;
  std::string_view rest = text;
  if (rest.rfind("http://", 0) == 0) {
    rest.remove_prefix(7);
  } else if (rest.rfind("https://", 0) == 0) {
    rest.remove_prefix(8);
    t.port = 443;
  } else if (rest.find("://") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto slash = rest.find('/');
  std::string_view hostport = rest.substr(0, slash);
  if (slash != std::string_view::npos) t.path = std::string(rest.substr(slash));
  const auto colon = hostport.rfind(':');
  if (colon != std::string_view::npos && hostport.find(']') == std::string_view::npos) {
    unsigned port = 0;
    const auto p = hostport.substr(colon + 1);
    if (std::from_chars(p.data(), p.data() + p.size(), port).ec != std::errc{} || port == 0 || port > 65535) {
      return std::nullopt;
    }
    t.port = static_cast<std::uint16_t>(port);
    hostport = hostport.substr(0, colon);
  }
  if (hostport.empty()) return std::nullopt;
  t.host = std::string(hostport);
  return t;
}

const std::string& get_system_date_and_time_request() {
  static const std::string body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
      "<s:Body xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><tds:GetSystemDateAndTime/></s:Body>"
      "</s:Envelope>";
  return body;
}

void async_http_post(asio::io_context& io, const HttpTarget& target, std::string body, const ProbeLimits& limits,
                     ProbeHandler handler) {
  std::string request = "POST " + target.path + " HTTP/1.1\r\nHost: " + target.host + ":" +
                        std::to_string(target.port) +
                        "\r\nContent-Type: application/soap+xml; charset=utf-8\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  std::make_shared<Exchange>(io, target, std::move(request), limits, std::move(handler))->start();
}

void async_tcp_connect(asio::io_context& io, const HttpTarget& target, const ProbeLimits& limits,
                       ProbeHandler handler) {
  std::make_shared<Exchange>(io, target, std::string{}, limits, std::move(handler))->start();
}

}  // namespace camtrack::monitor
