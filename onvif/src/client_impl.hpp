// Internal: DeviceClient's state and the helper that runs one operation and converts its answer.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "onvif/device_client.hpp"
#include "onvif/text.hpp"
#include "soap_session.hpp"

namespace camtrack::onvif {

namespace detail {

// Thrown by converters on text that is not UTF-8; caught in run(), never leaves onvif/src.
struct BadText : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline const std::string& checked(const std::string& s) {
  if (!is_valid_utf8(s)) throw BadText("invalid UTF-8 in the answer");
  return s;
}
inline std::string checked(const char* s) { return s == nullptr ? std::string() : checked(std::string(s)); }
template <class T>
std::string opt_text(const T* p) { return p == nullptr ? std::string() : checked(*p); }

// A URI as found in an answer: trimmed, leftover XML escapes decoded.
std::string clean_uri(const std::string& uri);
// The first http(s) address of a space-separated XAddrs list.
std::string first_xaddr(const std::string& xaddrs);

}  // namespace detail

struct DeviceClient::Impl {
  Impl(std::string url, Credentials credentials, ClientOptions opts)
      : device_url(std::move(url)), options(std::move(opts)), session(options, std::move(credentials)) {}

  std::string device_url;
  ClientOptions options;
  detail::SoapSession session;
  ServiceAddresses services;
  bool services_listed = false;   // a GetServices/GetCapabilities answer was read
  bool services_tried = false;
  std::optional<double> offset;

  // A reported service address, moved to the device URL's host and port when so configured.
  std::string rebase(const std::string& xaddr) const;
  // The address for a service: learned ones first; lists the services when not done yet.
  Result<std::string> endpoint(std::string ServiceAddresses::*field, DeviceClient& owner);

  template <class T, class Req, class Resp, class Convert>
  Result<T> run(const detail::CallSpec& spec, Req& req, Resp& resp, Convert convert) {
    Result<Done> r = session.call(spec, req, resp);
    if (!r.ok) return Result<T>::failure(r.error, r.http_status);
    try {
      return convert(resp);
    } catch (const detail::BadText& e) {
      return Result<T>::failure({code::malformed_xml, e.what()}, r.http_status);
    }
  }
};

}  // namespace camtrack::onvif
