// The gSOAP context behind DeviceClient: limits, hooks (byte cap, total deadline, HTTP header capture,
// no compressed answers), the security header rebuilt before every call, HTTP Digest and SOAP 1.1 retries.
#include "soap_session.hpp"

#include <strings.h>

#include <cstring>

#include "httpda.h"
#include "onvif/wsse.hpp"
#include "soap_errors.hpp"

namespace camtrack::onvif::detail {
namespace {

int to_gsoap_timeout(std::chrono::milliseconds ms) {
  // gSOAP: > 0 seconds, < 0 microseconds.
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(ms).count();
  return us <= 0 ? -1 : -static_cast<int>(std::min<long long>(us, 2000000000LL));
}

SoapSession* session_of(struct soap* soap) { return static_cast<SoapSession*>(soap->user); }

bool has_prefix_nocase(const char* text, const char* prefix) {
  return text != nullptr && strncasecmp(text, prefix, std::strlen(prefix)) == 0;
}

}  // namespace

SoapSession::SoapSession(const ClientOptions& options, Credentials credentials)
    : options_(options), credentials_(std::move(credentials)) {
  soap_ = soap_new1(SOAP_C_UTFSTRING | SOAP_IO_KEEPALIVE);
  soap_set_namespaces(soap_, namespaces);
  soap_register_plugin(soap_, http_da);
  soap_->user = this;
  plain_recv_ = soap_->frecv;
  soap_->frecv = counting_recv;
  plain_parsehdr_ = soap_->fparsehdr;
  soap_->fparsehdr = header_hook;
  soap_->bind_flags = 0;
}

SoapSession::~SoapSession() {
  if (digest_ != nullptr) {
    http_da_release(soap_, static_cast<http_da_info*>(digest_));
    delete static_cast<http_da_info*>(digest_);
  }
  soap_destroy(soap_);
  soap_end(soap_);
  soap_free(soap_);
}

size_t SoapSession::counting_recv(struct soap* soap, char* buf, size_t len) {
  SoapSession* self = session_of(soap);
  if (std::chrono::steady_clock::now() > self->deadline_) {
    self->over_time_ = true;
    return 0;
  }
  const size_t n = self->plain_recv_(soap, buf, len);
  self->received_ += n;
  // Only depth stops the read: a DTD or broken UTF-8 is judged once the exchange is over (an HTML 401
  // page may carry both and is still a 401).
  if (self->guard_.feed(buf, n) == XmlGuard::Verdict::too_deep) return 0;
  if (self->received_ > self->options_.max_response_bytes + 16384) {  // headers get some room
    self->over_size_ = true;
    return 0;
  }
  return n;
}

int SoapSession::header_hook(struct soap* soap, const char* key, const char* value) {
  SoapSession* self = session_of(soap);
  const char* v = value != nullptr ? value : "";
  if (strcasecmp(key, "Content-Type") == 0) self->seen_.content_type = v;
  if (strcasecmp(key, "WWW-Authenticate") == 0) {
    if (!self->seen_.www_authenticate.empty()) self->seen_.www_authenticate += ", ";
    self->seen_.www_authenticate += v;
  }
  if (strcasecmp(key, "Date") == 0) self->seen_.date = v;
  if (strcasecmp(key, "Content-Encoding") == 0 && strcasecmp(v, "identity") != 0) {
    self->seen_.content_encoding = v;
    self->bad_encoding_ = true;  // a compressed answer could expand past every limit: refuse it
    return SOAP_HTTP_ERROR;
  }
  return self->plain_parsehdr_(soap, key, value);
}

void SoapSession::begin(const CallSpec& spec) {
  struct soap* s = soap_;
  soap_destroy(s);
  soap_end(s);
  seen_ = HttpSeen{};
  received_ = 0;
  over_size_ = over_time_ = bad_encoding_ = false;
  guard_ = XmlGuard(options_.max_xml_depth);
  started_ = std::chrono::steady_clock::now();
  deadline_ = std::chrono::steady_clock::now() + options_.total_timeout;
  s->connect_timeout = to_gsoap_timeout(options_.connect_timeout);
  s->send_timeout = to_gsoap_timeout(options_.send_timeout);
  s->recv_timeout = to_gsoap_timeout(std::min(options_.receive_timeout, options_.total_timeout));
  s->transfer_timeout = to_gsoap_timeout(options_.total_timeout);
  s->recv_maxlength = options_.max_response_bytes;
  s->maxlength = static_cast<long>(options_.max_response_bytes);
  s->maxlevel = options_.max_xml_depth;
  s->maxoccurs = options_.max_xml_occurs;
  s->header = nullptr;
  soap_header(s);
  if (spec.authenticate && !credentials_.username.empty()) {
    const UsernameToken t = make_username_token(credentials_.username, credentials_.password, options_.now(),
                                                has_offset_ ? clock_offset_ : 0.0);
    auto* sec = soap_new__wsse__Security(s);
    sec->UsernameToken = soap_new__wsse__UsernameToken(s);
    sec->UsernameToken->Username = t.username;
    sec->UsernameToken->Password = soap_new__wsse__Password(s);
    sec->UsernameToken->Password->__item = t.password_digest;
    sec->UsernameToken->Password->Type =
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    sec->UsernameToken->Nonce = soap_new__wsse__Nonce(s);
    sec->UsernameToken->Nonce->__item = t.nonce_base64;
    sec->UsernameToken->Nonce->EncodingType = soap_new_std__string(s);
    *sec->UsernameToken->Nonce->EncodingType =
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    sec->UsernameToken->wsu__Created = soap_new_std__string(s);
    *sec->UsernameToken->wsu__Created = t.created;
    s->header->wsse__Security = sec;
  }
  if (spec.wsa_to != nullptr) {
    s->header->wsa5__To = soap_strdup(s, spec.wsa_to);
    s->header->wsa5__Action = soap_strdup(s, spec.action);
  }
  if (digest_ != nullptr) http_da_restore(s, static_cast<http_da_info*>(digest_));
}

bool SoapSession::prepare_retry(int attempt) {
  struct soap* s = soap_;
  const int err = s->error;
  if (over_size_ || over_time_ || bad_encoding_ || guard_.verdict() != XmlGuard::Verdict::ok) return false;
  const bool digest_offered = has_prefix_nocase(seen_.www_authenticate.c_str(), "Digest") ||
                              seen_.www_authenticate.find("Digest") != std::string::npos;
  if (err == 401 && !credentials_.username.empty() && digest_offered && !digest_tried_ && s->authrealm) {
    if (digest_ == nullptr) {
      digest_ = new http_da_info{};
    } else {
      http_da_release(s, static_cast<http_da_info*>(digest_));
    }
    http_da_save(s, static_cast<http_da_info*>(digest_), s->authrealm, credentials_.username.c_str(),
                 credentials_.password.c_str());
    digest_tried_ = true;
    return true;
  }
  if (version_ == 2 && attempt < 2 && (err == 415 || err == SOAP_VERSIONMISMATCH || fault_says_version(s))) {
    version_ = 1;
    return true;
  }
  return false;
}

Result<Done> SoapSession::outcome(int rc) {
  if (rc == SOAP_OK && guard_.verdict() == XmlGuard::Verdict::ok) return Result<Done>::success(Done{});
  if (received_ >= options_.max_response_bytes) over_size_ = true;  // gSOAP's own recv_maxlength stop
  Limits limits{over_size_, over_time_, bad_encoding_, !credentials_.username.empty(), digest_tried_};
  limits.guard = guard_.verdict();
  limits.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
  limits.silence_limit = std::min(options_.receive_timeout, options_.total_timeout);
  return Result<Done>::failure(classify(soap_, rc, seen_, limits), soap_->status);
}

}  // namespace camtrack::onvif::detail
