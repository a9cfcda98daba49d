// The TLS handshake probe of https:// uplink targets, on the poller's io_context: resolve, TCP connect
// and a TLS handshake with SNI, all under one deadline. A completed handshake is success: customs-side
// endpoints are often private, so the certificate is verified (system CAs, host name) but a problem with
// it is returned as a note for a warning, never as a failure. Connected but the handshake failed or did
// not finish in time: FaultReason::tls_failed.
#pragma once

#include <boost/asio/io_context.hpp>

#include <memory>

#include "http_probe.hpp"

namespace boost::asio::ssl {
class context;
}

namespace camtrack::monitor {

// A client context for the probes: TLS 1.2 or later, the system's CA certificates. Share one.
std::shared_ptr<boost::asio::ssl::context> make_probe_tls_context();

// answered = handshake completed; note = why the certificate would not be trusted (empty when it is).
// The probe keeps tls alive until it finishes.
void async_tls_handshake(boost::asio::io_context& io, std::shared_ptr<boost::asio::ssl::context> tls,
                         const HttpTarget& target, const ProbeLimits& limits, ProbeHandler handler);

}  // namespace camtrack::monitor
