#include "web/server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <charconv>
#include <thread>
#include <vector>

#include "connection.hpp"

namespace camtrack::web {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct Endpoint {
  std::optional<tcp::endpoint> endpoint;
  std::string error;
};

Endpoint parse_listen(std::string_view listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string_view::npos) return {std::nullopt, "listen address '" + std::string(listen) + "' must be IP:port"};
  std::string_view host = listen.substr(0, colon);
  const std::string_view port_text = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned port = 0;
  const auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc{} || end != port_text.data() + port_text.size() || port > 65535 || port_text.empty()) {
    return {std::nullopt, "listen address '" + std::string(listen) + "': port must be a number 0-65535"};
  }
  boost::system::error_code address_error;
  const auto address = net::ip::make_address(std::string(host), address_error);
  if (address_error) return {std::nullopt, "listen address '" + std::string(listen) + "': '" + std::string(host) +
                                               "' is not an IP address"};
  return {tcp::endpoint(address, static_cast<unsigned short>(port)), {}};
}

}  // namespace

struct Server::Impl {
  Impl(Router r, ServerOptions o, MetricsRegistry* m) : router(std::move(r)), options(std::move(o)), metrics(m) {}

  void accept() {
    acceptor->async_accept(net::make_strand(*ioc), [this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) {
        if (ec == net::error::operation_aborted || !acceptor->is_open()) return;
        if (options.log) options.log("accept failed: " + ec.message());
        return accept();
      }
      boost::system::error_code remote_error;
      const auto remote = socket.remote_endpoint(remote_error);
      const std::string address = remote_error ? std::string() : remote.address().to_string();
      if (ssl) {
        std::make_shared<detail::Connection<boost::beast::ssl_stream<boost::beast::tcp_stream>>>(
            *shared, address, std::move(socket), *ssl)->start();
      } else {
        std::make_shared<detail::Connection<boost::beast::tcp_stream>>(*shared, address, std::move(socket))->start();
      }
      accept();
    });
  }

  StartResult load_tls() {
    ssl.emplace(net::ssl::context::tls_server);
    ssl->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                     net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1);
    boost::system::error_code ec;
    ssl->use_certificate_chain_file(options.tls->certificate_chain_file, ec);
    if (ec) return {false, "TLS certificate " + options.tls->certificate_chain_file + ": " + ec.message(), 0};
    ssl->use_private_key_file(options.tls->private_key_file, net::ssl::context::pem, ec);
    if (ec) return {false, "TLS private key " + options.tls->private_key_file + ": " + ec.message(), 0};
    return {true, {}, 0};
  }

  Router router;
  ServerOptions options;
  MetricsRegistry* metrics;
  std::optional<detail::Shared> shared;
  std::optional<net::ssl::context> ssl;
  std::unique_ptr<net::io_context> ioc;  // destroyed in stop(), with every connection in it
  std::optional<tcp::acceptor> acceptor;
  std::vector<std::thread> threads;
  std::atomic<bool> running{false};
  unsigned short port = 0;
};

Server::Server(Router router, ServerOptions options, MetricsRegistry* metrics)
    : impl_(std::make_unique<Impl>(std::move(router), std::move(options), metrics)) {}

Server::~Server() { stop(); }

StartResult Server::start(std::string_view listen) {
  if (impl_->running) return {false, "the server is already running", impl_->port};
  const auto parsed = parse_listen(listen);
  if (!parsed.endpoint) return {false, parsed.error, 0};
  if (impl_->options.tls) {
    if (auto loaded = impl_->load_tls(); !loaded) return loaded;
  }
  impl_->shared.emplace(detail::Shared{impl_->router, impl_->options, impl_->metrics, impl_->options.tls.has_value()});
  boost::system::error_code ec;
  impl_->ioc = std::make_unique<net::io_context>(impl_->options.threads < 1 ? 1 : impl_->options.threads);
  auto& acceptor = impl_->acceptor.emplace(*impl_->ioc);
  const auto fail = [&](const std::string& what) {
    impl_->acceptor.reset();
    impl_->ioc.reset();
    return StartResult{false, "cannot listen on " + std::string(listen) + ": " + what + ": " + ec.message(), 0};
  };
  if (acceptor.open(parsed.endpoint->protocol(), ec)) return fail("open");
  if (acceptor.set_option(net::socket_base::reuse_address(true), ec)) return fail("set SO_REUSEADDR");
  if (acceptor.bind(*parsed.endpoint, ec)) return fail("bind");
  if (acceptor.listen(net::socket_base::max_listen_connections, ec)) return fail("listen");
  impl_->port = acceptor.local_endpoint(ec).port();
  impl_->running = true;
  impl_->accept();
  const int threads = impl_->options.threads < 1 ? 1 : impl_->options.threads;
  for (int i = 0; i < threads; ++i) impl_->threads.emplace_back([this] { impl_->ioc->run(); });
  return {true, {}, impl_->port};
}

unsigned short Server::port() const { return impl_->port; }

bool Server::running() const { return impl_->running; }

void Server::stop() {
  if (!impl_->running.exchange(false)) return;
  impl_->ioc->stop();
  for (auto& t : impl_->threads) t.join();
  impl_->threads.clear();
  impl_->acceptor.reset();
  impl_->ioc.reset();  // destroys the pending operations, and with them every open connection
}

}  // namespace camtrack::web
