// Results of talking to a device: a value or an error code with a message, never an exception. Devices
// are untrusted peers; every failure (SOAP fault, HTTP error, timeout, hostile XML) arrives as data.
#pragma once

#include <string>
#include <utility>

namespace camtrack::onvif {

// Error codes. SOAP fault subcodes pass through as QNames with ONVIF's usual prefixes ("ter:NotAuthorized",
// "ter:ActionNotSupported", "ter:InvalidArgVal", "wsse:FailedAuthentication"...); the others are:
namespace code {
inline constexpr const char* timeout = "timeout";                  // connect, send, receive or total time
inline constexpr const char* refused = "refused";                  // TCP connection refused
inline constexpr const char* unreachable = "unreachable";          // no route, DNS failure, reset
inline constexpr const char* bad_url = "bad_url";                  // the address cannot be used
inline constexpr const char* http_401_html = "http_401_html";      // 401 with a non-SOAP page, no Digest
inline constexpr const char* http_401 = "http_401";                // 401 without a usable challenge
inline constexpr const char* auth_required = "auth_required";      // 401 and no credentials configured
inline constexpr const char* digest_rejected = "http_digest_rejected";  // 401 again after HTTP Digest
inline constexpr const char* malformed_xml = "malformed_xml";      // not XML, not SOAP, bad UTF-8, DTD
inline constexpr const char* too_large = "too_large";              // response over the size limit
inline constexpr const char* too_deep = "too_deep";                // XML nested deeper than the limit
inline constexpr const char* soap_sender = "soap:Sender";          // fault without subcode (client side)
inline constexpr const char* soap_receiver = "soap:Receiver";      // fault without subcode (device side)
inline constexpr const char* method_not_recognized = "soap:MethodNotRecognized";  // gSOAP-style generic
inline constexpr const char* missing_field = "missing_field";      // answered, but without what we need
inline constexpr const char* not_offered = "not_offered";          // the device lists no such service
inline constexpr const char* bad_value = "bad_value";              // a field we cannot interpret
}  // namespace code

struct Error {
  std::string code;
  std::string message;
};

template <class T>
struct Result {
  bool ok = false;
  T value{};
  Error error;
  int http_status = 0;  // 0 when no HTTP answer was read

  static Result success(T v) {
    Result r;
    r.ok = true;
    r.value = std::move(v);
    return r;
  }
  static Result failure(Error e, int http = 0) {
    Result r;
    r.error = std::move(e);
    r.http_status = http;
    return r;
  }
};

struct Done {};

// True for the answers meaning "this device does not implement that operation".
bool is_not_supported(const Error& e);

}  // namespace camtrack::onvif
