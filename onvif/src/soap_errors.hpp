// Internal: turns a failed gSOAP exchange into camtrack's error codes (see onvif/result.hpp).
#pragma once

#include "onvif/result.hpp"
#include "soap_session.hpp"

namespace camtrack::onvif::detail {

// What the session's own hooks noticed during the exchange.
struct Limits {
  bool over_size = false, over_time = false, compressed = false, have_credentials = false, digest_tried = false;
  XmlGuard::Verdict guard = XmlGuard::Verdict::ok;
  std::chrono::milliseconds elapsed{0}, silence_limit{0};  // to tell a timeout from an early end
};

Error classify(struct soap* soap, int rc, const HttpSeen& http, const Limits& limits);

// True when the answer is a SOAP VersionMismatch fault (the device wants SOAP 1.1).
bool fault_says_version(struct soap* soap);

}  // namespace camtrack::onvif::detail
