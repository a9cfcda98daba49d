// Mapping of gSOAP errors, SOAP faults and HTTP statuses to error codes. Faults are read by namespace
// (gSOAP rewrites subcode QNames to the prefixes of our namespace table), never by the device's prefix.
#include "soap_errors.hpp"

#include <cerrno>
#include <string>

namespace camtrack::onvif::detail {
namespace {

std::string text_or(const char* s, const char* fallback) { return s != nullptr && *s ? s : fallback; }

std::string fault_code(struct soap* soap) {
  const char** code = soap_faultcode(soap);
  return code != nullptr && *code != nullptr ? *code : "";
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

Error fault_error(struct soap* soap) {
  const std::string reason = text_or(soap_fault_string(soap), "");
  const char* sub = soap_fault_subcode(soap);
  if (sub != nullptr && *sub) return {sub, reason.empty() ? std::string("SOAP fault ") + sub : reason};
  if (contains(reason, "not recognized") || contains(reason, "not implemented"))
    return {code::method_not_recognized, reason};
  const std::string c = fault_code(soap);
  if (contains(c, "Receiver") || contains(c, "Server")) return {code::soap_receiver, text_or(reason.c_str(), "fault")};
  if (contains(c, "VersionMismatch")) return {"soap:VersionMismatch", reason};
  if (contains(c, "MustUnderstand")) return {"soap:MustUnderstand", reason};
  return {code::soap_sender, text_or(reason.c_str(), "fault")};
}

Error transport_error(struct soap* soap, int rc, const Limits& limits) {
  const std::string what = text_or(soap_fault_string(soap), "transport error");
  const int e = soap->errnum;
  if (e == ECONNREFUSED) return {code::refused, "connection refused"};
  if (rc == SOAP_EOF && e == 0 && limits.elapsed + std::chrono::milliseconds(200) < limits.silence_limit)
    return {code::malformed_xml, "the answer ended early (truncated or unbalanced XML)"};
  if (e == 0 || e == ETIMEDOUT || e == EAGAIN || e == EINPROGRESS || contains(what, "Timeout"))
    return {code::timeout, rc == SOAP_TCP_ERROR ? "connect timed out" : "no answer in time"};
  return {code::unreachable, what + " (" + std::to_string(e) + ")"};
}

Error http_401(const HttpSeen& http, const Limits& limits) {
  if (!limits.have_credentials) return {code::auth_required, "the device demands credentials (HTTP 401)"};
  if (limits.digest_tried) return {code::digest_rejected, "HTTP Digest credentials rejected (HTTP 401)"};
  if (!contains(http.content_type, "xml"))
    return {code::http_401_html, "HTTP 401 with a " + text_or(http.content_type.c_str(), "non-SOAP") + " page" +
                                     (http.www_authenticate.empty() ? "" : ", challenge: " + http.www_authenticate)};
  return {code::http_401, "HTTP 401" + (http.www_authenticate.empty() ? std::string() : ": " + http.www_authenticate)};
}

}  // namespace

bool fault_says_version(struct soap* soap) {
  if (soap->fault == nullptr) return false;
  return contains(fault_code(soap), "VersionMismatch");
}

Error classify(struct soap* soap, int rc, const HttpSeen& http, const Limits& limits) {
  if (limits.over_time) return {code::timeout, "the answer took longer than the total time limit"};
  if (limits.over_size) return {code::too_large, "the answer exceeds the size limit"};
  if (rc == 401) return http_401(http, limits);
  if (limits.guard == XmlGuard::Verdict::too_deep) return {code::too_deep, "XML nested deeper than the limit"};
  if (limits.guard == XmlGuard::Verdict::dtd) return {code::malformed_xml, "a DTD in a SOAP answer (refused, no entity expansion)"};
  if (limits.guard == XmlGuard::Verdict::bad_utf8) return {code::malformed_xml, "invalid UTF-8 in the answer"};
  if (limits.compressed) return {code::malformed_xml, "compressed answer refused (" + http.content_encoding + ")"};
  switch (rc) {
    case SOAP_CLI_FAULT: case SOAP_SVR_FAULT: case SOAP_FAULT:
      return fault_error(soap);
    case SOAP_TCP_ERROR: case SOAP_EOF: case SOAP_SSL_ERROR:
      return transport_error(soap, rc, limits);
    case SOAP_LEVEL:
      return {code::too_deep, "XML nested deeper than the limit"};
    case SOAP_EOM: case SOAP_OCCURS: case SOAP_LENGTH:
      return {code::too_large, text_or(soap_fault_string(soap), "answer over a size limit")};
    case SOAP_SYNTAX_ERROR: case SOAP_TAG_MISMATCH: case SOAP_NO_TAG: case SOAP_UTF_ERROR: case SOAP_NAMESPACE:
    case SOAP_TYPE: case SOAP_VERSIONMISMATCH: case SOAP_MUSTUNDERSTAND: case SOAP_DIME_ERROR:
    case SOAP_MIME_ERROR: case SOAP_EMPTY: case SOAP_NO_DATA: case SOAP_HTTP_ERROR: case SOAP_ZLIB_ERROR:
      return {code::malformed_xml, text_or(soap_fault_string(soap), "unreadable answer") + " (gSOAP error " +
                                       std::to_string(rc) + (http.content_type.empty() ? "" : ", " + http.content_type) + ")"};
    case 401:
      return http_401(http, limits);
    default:
      break;
  }
  if (rc >= 100 && rc < 600) {
    if (soap->fault != nullptr && soap_fault_string(soap) != nullptr) return fault_error(soap);
    return {"http_" + std::to_string(rc), "HTTP " + std::to_string(rc) +
                                              (http.content_type.empty() ? "" : " (" + http.content_type + ")")};
  }
  return {"soap_error_" + std::to_string(rc), text_or(soap_fault_string(soap), "gSOAP error")};
}

}  // namespace camtrack::onvif::detail
