#include "tls_probe.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace camtrack::monitor {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

class Handshake : public std::enable_shared_from_this<Handshake> {
 public:
  Handshake(asio::io_context& io, std::shared_ptr<ssl::context> tls, HttpTarget target, ProbeLimits limits,
            ProbeHandler handler)
      : tls_(std::move(tls)), stream_(io, *tls_), resolver_(io), timer_(io), target_(std::move(target)), limits_(limits),
        handler_(std::move(handler)) {}

  void start() {
    started_ = std::chrono::steady_clock::now();
    reply_.sent = std::chrono::system_clock::now();
    timer_.expires_after(limits_.timeout);
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
      if (!ec) self->finish(self->connected_ ? FaultReason::tls_failed : FaultReason::no_response);
    });
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(target_.host, ec);
    prepare(!ec);
    if (!ec) {
      stream_.lowest_layer().async_connect(
          tcp::endpoint(address, target_.port),
          [self = shared_from_this()](const boost::system::error_code& e) { self->on_connect(e); });
      return;
    }
    resolver_.async_resolve(target_.host, std::to_string(target_.port),
                            [self = shared_from_this()](const boost::system::error_code& e,
                                                        const tcp::resolver::results_type& results) {
                              self->on_resolve(e, results);
                            });
  }

 private:
  // SNI for names (not for literal addresses), and verification that records instead of refusing.
  void prepare(bool literal_address) {
    if (!literal_address) {  // SSL_set_tlsext_host_name without its old-style cast
      SSL_ctrl(stream_.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
               const_cast<char*>(target_.host.c_str()));
    }
    stream_.set_verify_mode(ssl::verify_peer);
    stream_.set_verify_callback([this](bool preverified, ssl::verify_context& ctx) {
      const bool ok = ssl::host_name_verification(target_.host)(preverified, ctx);
      if (!ok && reply_.note.empty()) {
        const int error = X509_STORE_CTX_get_error(ctx.native_handle());
        reply_.note = preverified || error == X509_V_OK ? "certificate does not name " + target_.host
                                                        : X509_verify_cert_error_string(error);
      }
      return true;  // a certificate problem is reported, not a link fault
    });
  }

  void on_resolve(const boost::system::error_code& e, const tcp::resolver::results_type& results) {
    if (done_) return;
    if (e) {
      reply_.resolved = false;
      finish(FaultReason::dns_failed);
      return;
    }
    asio::async_connect(stream_.lowest_layer(), results,
                        [self = shared_from_this()](const boost::system::error_code& ce, const tcp::endpoint&) {
                          self->on_connect(ce);
                        });
  }

  void on_connect(const boost::system::error_code& ec) {
    if (done_) return;
    if (ec) {
      finish(FaultReason::unreachable);
      return;
    }
    connected_ = true;
    stream_.async_handshake(ssl::stream_base::client, [self = shared_from_this()](const boost::system::error_code& e) {
      if (self->done_) return;
      self->reply_.answered = !e;
      self->finish(e ? FaultReason::tls_failed : FaultReason::none);
    });
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
    stream_.lowest_layer().close(ignored);  // no close_notify: a probe need not say goodbye
    auto handler = std::move(handler_);
    handler(std::move(reply_));
  }

  std::shared_ptr<ssl::context> tls_;  // outlives stream_
  ssl::stream<tcp::socket> stream_;
  tcp::resolver resolver_;
  asio::steady_timer timer_;
  HttpTarget target_;
  ProbeLimits limits_;
  ProbeHandler handler_;
  ProbeReply reply_;
  std::chrono::steady_clock::time_point started_{};
  bool connected_ = false, done_ = false;
};

}  // namespace

std::shared_ptr<ssl::context> make_probe_tls_context() {
  auto tls = std::make_shared<ssl::context>(ssl::context::tls_client);
  SSL_CTX_set_min_proto_version(tls->native_handle(), TLS1_2_VERSION);
  boost::system::error_code ignored;  // no system CAs: every certificate gets a note, probes still work
  tls->set_default_verify_paths(ignored);
  return tls;
}

void async_tls_handshake(asio::io_context& io, std::shared_ptr<ssl::context> tls, const HttpTarget& target,
                         const ProbeLimits& limits, ProbeHandler handler) {
  std::make_shared<Handshake>(io, std::move(tls), target, limits, std::move(handler))->start();
}

}  // namespace camtrack::monitor
