// One accepted connection on the event loop: reads into a buffer, frames requests, asks its handler for
// a reply and writes it. No thread per connection. A hanging connection keeps reading (and discarding)
// until the peer closes or the idle limit passes, and never answers.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "http_framing.hpp"

namespace camtrack::camsim {

struct Reply {
  enum class Kind { answer, hang, close };
  Kind kind = Kind::answer;
  std::string bytes;
  bool keep_open = false;  // read the next request after writing (RTSP); else close after writing
};

class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  virtual bool hang_on_accept() const = 0;
  virtual Reply handle(const Request& request) = 0;
  // The answer to a request that cannot be framed (malformed, too large).
  virtual std::string bad_request(bool too_large) const = 0;
};

struct ConnectionCounters {
  std::uint64_t accepted = 0;
  std::uint64_t open = 0;
  std::uint64_t hanging = 0;
};

struct ConnectionLimits {
  std::chrono::seconds request_timeout{30};
  std::chrono::seconds hang_close_after{300};
  std::size_t max_request_bytes = 256 * 1024;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(boost::asio::ip::tcp::socket socket, RequestHandler& handler, const ConnectionLimits& limits,
             ConnectionCounters& counters);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void start();

 private:
  void read_more();
  void on_read(const boost::system::error_code& ec, std::size_t n);
  void process_buffer();
  void write(std::string bytes, bool keep_open);
  void start_hanging();
  void arm_timer(std::chrono::seconds after);
  void close();

  boost::asio::ip::tcp::socket socket_;
  boost::asio::steady_timer timer_;
  RequestHandler& handler_;
  const ConnectionLimits& limits_;
  ConnectionCounters& counters_;
  std::string buffer_;
  std::array<char, 4096> chunk_{};
  std::string out_;
  bool hanging_ = false;
  bool closed_ = false;
};

}  // namespace camtrack::camsim
