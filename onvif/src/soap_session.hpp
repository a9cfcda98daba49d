// Internal: one gSOAP context with camtrack's limits and hooks, and the generic document/literal call
// used for every ONVIF operation (SOAP version chosen per device, which the generated proxies cannot do).
// Only onvif/src/ includes this; no gSOAP type leaves onvif/src/.
#pragma once

#include <chrono>
#include <string>

#include "onvif/device_client.hpp"
#include "soapH.h"
#include "xml_guard.hpp"

namespace camtrack::onvif::detail {

// What the HTTP headers of the last answer said (captured by a header hook).
struct HttpSeen {
  std::string content_type, www_authenticate, date, content_encoding;
};

// One exchange: where, which action, which element names, with which headers.
struct CallSpec {
  const char* endpoint = nullptr;
  const char* action = nullptr;
  const char* request_tag = nullptr;   // e.g. "tds:GetDeviceInformation"
  const char* response_tag = nullptr;  // e.g. "tds:GetDeviceInformationResponse"
  bool authenticate = true;            // add the UsernameToken
  const char* wsa_to = nullptr;        // WS-Addressing To/Action headers (events)
};

class SoapSession {
 public:
  SoapSession(const ClientOptions& options, Credentials credentials);
  ~SoapSession();
  SoapSession(const SoapSession&) = delete;
  SoapSession& operator=(const SoapSession&) = delete;

  // Runs the exchange with retries for HTTP Digest and SOAP 1.1; resp is valid while the result is ok
  // and until the next call. Returns the error as data.
  template <class Req, class Resp>
  Result<Done> call(const CallSpec& spec, Req& req, Resp& resp);

  struct soap* ctx() { return soap_; }
  const HttpSeen& http() const { return seen_; }
  int version() const { return version_; }
  void set_clock_offset(double seconds) { clock_offset_ = seconds; has_offset_ = true; }
  bool has_clock_offset() const { return has_offset_; }
  double clock_offset() const { return clock_offset_; }
  const ClientOptions& options() const { return options_; }

 private:
  template <class Req, class Resp>
  int exchange(const CallSpec& spec, Req& req, Resp& resp);
  void begin(const CallSpec& spec);
  // After a failed exchange: true when it is worth repeating (Digest challenge, SOAP 1.1 wanted).
  bool prepare_retry(int attempt);
  Result<Done> outcome(int rc);

  static size_t counting_recv(struct soap* soap, char* buf, size_t len);
  static int header_hook(struct soap* soap, const char* key, const char* value);

  ClientOptions options_;
  Credentials credentials_;
  struct soap* soap_ = nullptr;
  size_t (*plain_recv_)(struct soap*, char*, size_t) = nullptr;
  int (*plain_parsehdr_)(struct soap*, const char*, const char*) = nullptr;
  void* digest_ = nullptr;             // http_da_info while the device wants HTTP Digest
  bool digest_tried_ = false;
  short version_ = 2;
  double clock_offset_ = 0;
  bool has_offset_ = false;
  HttpSeen seen_;
  std::size_t received_ = 0;
  bool over_size_ = false, over_time_ = false, bad_encoding_ = false;
  XmlGuard guard_{64};
  std::chrono::steady_clock::time_point deadline_, started_;
};

template <class Req, class Resp>
int SoapSession::exchange(const CallSpec& spec, Req& req, Resp& resp) {
  struct soap* s = soap_;
  soap_set_version(s, version_);
  s->encodingStyle = nullptr;
  soap_serializeheader(s);
  req.soap_serialize(s);
  if (soap_begin_count(s)) return s->error;
  if ((s->mode & SOAP_IO_LENGTH) &&
      (soap_envelope_begin_out(s) || soap_putheader(s) || soap_body_begin_out(s) ||
       req.soap_put(s, spec.request_tag, "") || soap_body_end_out(s) || soap_envelope_end_out(s)))
    return s->error;
  if (soap_end_count(s)) return s->error;
  if (soap_connect(s, spec.endpoint, spec.action) || soap_envelope_begin_out(s) || soap_putheader(s) ||
      soap_body_begin_out(s) || req.soap_put(s, spec.request_tag, "") || soap_body_end_out(s) ||
      soap_envelope_end_out(s) || soap_end_send(s))
    return soap_closesock(s);
  resp.soap_default(s);
  if (soap_begin_recv(s) || soap_envelope_begin_in(s) || soap_recv_header(s) || soap_body_begin_in(s))
    return soap_closesock(s);
  resp.soap_get(s, spec.response_tag, nullptr);
  if (s->error) return soap_recv_fault(s, 0);
  if (soap_body_end_in(s) || soap_envelope_end_in(s) || soap_end_recv(s)) return soap_closesock(s);
  return soap_closesock(s);
}

template <class Req, class Resp>
Result<Done> SoapSession::call(const CallSpec& spec, Req& req, Resp& resp) {
  int rc = SOAP_OK;
  digest_tried_ = false;
  for (int attempt = 0; attempt < 3; ++attempt) {
    begin(spec);
    rc = exchange(spec, req, resp);
    if (rc == SOAP_OK || !prepare_retry(attempt)) break;
  }
  return outcome(rc);
}

}  // namespace camtrack::onvif::detail
