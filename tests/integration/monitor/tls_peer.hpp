// Peers for the uplink tests on 127.0.0.1 (port 0): a real TLS server with a self-signed certificate
// made in memory by OpenSSL (it completes handshakes and records the SNI name), and a silent listener
// that accepts TCP connections (in the kernel's backlog) but never says a word.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace camtrack::monitor::testing {

class TlsServer {
 public:
  TlsServer();
  ~TlsServer();
  TlsServer(const TlsServer&) = delete;
  TlsServer& operator=(const TlsServer&) = delete;

  unsigned short port() const { return port_; }
  int handshakes() const { return handshakes_; }
  std::string last_server_name() const;  // the SNI of the last completed handshake

 private:
  void accept();

  boost::asio::ssl::context tls_{boost::asio::ssl::context::tls_server};
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_{io_};
  unsigned short port_ = 0;
  std::atomic<int> handshakes_{0};
  mutable std::mutex mutex_;
  std::string server_name_;
  std::thread thread_;
};

// Listens; never accepts, never answers: a TLS handshake with it hangs.
class SilentListener {
 public:
  SilentListener();
  unsigned short port() const { return port_; }

 private:
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_{io_};
  unsigned short port_ = 0;
};

}  // namespace camtrack::monitor::testing
