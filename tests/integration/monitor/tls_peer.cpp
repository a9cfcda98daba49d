#include "tls_peer.hpp"

#include <boost/asio/ssl/stream.hpp>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace camtrack::monitor::testing {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

// A P-256 key and a one-hour self-signed certificate for CN=customs.test, installed in the context.
void install_self_signed(asio::ssl::context& tls) {
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
  std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
  if (!key || !cert) throw std::runtime_error("OpenSSL: cannot make a key or certificate");
  X509_set_version(cert.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
  X509_set_pubkey(cert.get(), key.get());
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("customs.test"), -1,
                             -1, 0);
  X509_set_issuer_name(cert.get(), name);
  if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0 ||
      SSL_CTX_use_certificate(tls.native_handle(), cert.get()) != 1 ||
      SSL_CTX_use_PrivateKey(tls.native_handle(), key.get()) != 1) {
    throw std::runtime_error("OpenSSL: cannot install the self-signed certificate");
  }
}

tcp::endpoint loopback() { return {asio::ip::make_address("127.0.0.1"), 0}; }

}  // namespace

TlsServer::TlsServer() {
  install_self_signed(tls_);
  acceptor_.open(tcp::v4());
  acceptor_.bind(loopback());
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
  accept();
  thread_ = std::thread([this] { io_.run(); });
}

TlsServer::~TlsServer() {
  io_.stop();
  thread_.join();
}

std::string TlsServer::last_server_name() const {
  std::lock_guard lock(mutex_);
  return server_name_;
}

void TlsServer::accept() {
  acceptor_.async_accept([this](const boost::system::error_code& ec, tcp::socket socket) {
    if (ec) return;
    auto stream = std::make_shared<asio::ssl::stream<tcp::socket>>(std::move(socket), tls_);
    stream->async_handshake(asio::ssl::stream_base::server, [this, stream](const boost::system::error_code& e) {
      if (e) return;
      const char* sni = SSL_get_servername(stream->native_handle(), TLSEXT_NAMETYPE_host_name);
      {
        std::lock_guard lock(mutex_);
        server_name_ = sni != nullptr ? sni : "";
      }
      ++handshakes_;
    });
    accept();
  });
}

SilentListener::SilentListener() {
  acceptor_.open(tcp::v4());
  acceptor_.bind(loopback());
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
}

}  // namespace camtrack::monitor::testing
