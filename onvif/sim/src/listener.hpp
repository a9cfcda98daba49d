// A TCP listening socket on 127.0.0.1 that hands every accepted socket to a callback; can be closed
// (the port then refuses connections) and opened again on the same port.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace camtrack::camsim {

class Listener {
 public:
  using OnAccept = std::function<void(boost::asio::ip::tcp::socket)>;

  Listener(boost::asio::io_context& io, OnAccept on_accept);
  ~Listener();
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  // Binds 127.0.0.1:port (0: the OS picks) and starts accepting; returns the bound port.
  // Throws boost::system::system_error when the port cannot be bound.
  std::uint16_t open(std::uint16_t port);
  void close();
  bool is_open() const { return acceptor_ != nullptr; }
  std::uint16_t port() const { return port_; }

 private:
  void accept_next();

  boost::asio::io_context& io_;
  OnAccept on_accept_;
  std::unique_ptr<boost::asio::ip::tcp::acceptor> acceptor_;
  std::shared_ptr<int> alive_;  // handlers of a closed acceptor see their token expired
  std::uint16_t port_ = 0;
};

}  // namespace camtrack::camsim
