#include "listener.hpp"

#include <boost/asio/ip/address_v4.hpp>

namespace camtrack::camsim {

namespace asio = boost::asio;
using asio::ip::tcp;

Listener::Listener(asio::io_context& io, OnAccept on_accept) : io_(io), on_accept_(std::move(on_accept)) {}

Listener::~Listener() { close(); }

std::uint16_t Listener::open(std::uint16_t port) {
  close();
  auto acceptor = std::make_unique<tcp::acceptor>(io_);
  const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), port);
  acceptor->open(endpoint.protocol());
  acceptor->set_option(tcp::acceptor::reuse_address(true));
  acceptor->bind(endpoint);
  acceptor->listen(128);
  port_ = acceptor->local_endpoint().port();
  acceptor_ = std::move(acceptor);
  alive_ = std::make_shared<int>(0);
  accept_next();
  return port_;
}

void Listener::close() {
  if (!acceptor_) return;
  boost::system::error_code ignored;
  acceptor_->close(ignored);
  acceptor_.reset();
  alive_.reset();
}

void Listener::accept_next() {
  std::weak_ptr<int> token = alive_;
  acceptor_->async_accept([this, token](const boost::system::error_code& ec, tcp::socket socket) {
    if (token.expired()) return;  // closed (and maybe reopened) since: not ours any more
    if (!ec) {
      on_accept_(std::move(socket));
    } else if (ec == asio::error::operation_aborted) {
      return;
    }
    // Other errors (EMFILE...) are transient: keep accepting.
    accept_next();
  });
}

}  // namespace camtrack::camsim
