// Asynchronous probes on the poller's io_context: an HTTP/1.1 POST (the canned GetSystemDateAndTime)
// and a bare TCP connect (uplink targets). One deadline covers resolve + connect + request + answer;
// the answer is capped in size. A hanging peer costs a socket and a timer, never a thread.
#pragma once

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

struct HttpTarget {
  std::string host;
  std::uint16_t port = 80;
  std::string path = "/";
};

// "http://host[:port]/path", "https://host[:port]/path" (port 443) or "host:port"; nullopt if unusable.
std::optional<HttpTarget> parse_target(std::string_view text);

struct ProbeReply {
  bool answered = false;        // a complete HTTP answer (or, for connect probes, connected)
  bool resolved = true;         // false: the host name did not resolve
  FaultReason failure = FaultReason::none;
  int status = 0;
  std::string body;
  std::chrono::steady_clock::duration latency{};
  std::chrono::system_clock::time_point sent{}, received{};
  std::string note;             // TLS probes: a certificate problem that did not fail the probe
};

struct ProbeLimits {
  std::chrono::milliseconds timeout{5000};
  std::size_t max_response_bytes = 64 * 1024;
};

using ProbeHandler = std::function<void(ProbeReply)>;

// POSTs body (SOAP 1.2) to target; the handler runs on io's thread, exactly once.
void async_http_post(boost::asio::io_context& io, const HttpTarget& target, std::string body,
                     const ProbeLimits& limits, ProbeHandler handler);

// Resolves target.host and connects to target.port; answered = connected.
void async_tcp_connect(boost::asio::io_context& io, const HttpTarget& target, const ProbeLimits& limits,
                       ProbeHandler handler);

// The canned GetSystemDateAndTime request (no authentication needed by ONVIF).
const std::string& get_system_date_and_time_request();

}  // namespace camtrack::monitor
