// A deliberately independent client for camsim's tests: raw SOAP 1.2 envelopes with a WS-Security
// UsernameToken computed here (not with camsim's code), HTTP GET/POST and RTSP DESCRIBE through libcurl,
// and tiny XML text lookups.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "camsim/simulator.hpp"

namespace camtrack::camsim::test {

struct HttpResult {
  int curl_code = 0;  // CURLcode; 0 = OK
  long status = 0;
  std::string body;
  std::string content_type;
};

struct Credentials {
  std::string user = "admin";
  std::string password = "secret";
  std::chrono::seconds created_offset{0};  // added to the local clock for wsu:Created
  bool send = true;                        // false: no Security header at all
};

// The envelope of one ONVIF request whose body element is body_xml (namespaces declared inside it).
std::string envelope(const std::string& body_xml, const Credentials& creds);
HttpResult post_soap(const std::string& url, const std::string& body_xml, const Credentials& creds = {},
                     long timeout_ms = 5000);
HttpResult http_get(const std::string& url, long timeout_ms = 5000);
HttpResult http_post(const std::string& url, const std::string& body, long timeout_ms = 5000);
// RTSP DESCRIBE via libcurl (CURLAUTH_ANY when user is not empty).
HttpResult rtsp_describe(const std::string& url, const std::string& user = {}, const std::string& password = {},
                         long timeout_ms = 5000);

// Text of the first element with this local name (any prefix); empty when absent.
std::string xml_text(const std::string& xml, const std::string& local_name);
std::vector<std::string> xml_texts(const std::string& xml, const std::string& local_name);
// Number of elements with this local name.
std::size_t xml_count(const std::string& xml, const std::string& local_name);

// Options for a test simulator: password "secret", control endpoint on an OS-chosen port.
SimulatorOptions test_options(int cameras = 1);

// Namespaces used by the request bodies.
inline constexpr const char* kTds = "http://www.onvif.org/ver10/device/wsdl";
inline constexpr const char* kTrt = "http://www.onvif.org/ver10/media/wsdl";
inline constexpr const char* kTr2 = "http://www.onvif.org/ver20/media/wsdl";
inline constexpr const char* kTrc = "http://www.onvif.org/ver10/recording/wsdl";
inline constexpr const char* kTse = "http://www.onvif.org/ver10/search/wsdl";
inline constexpr const char* kTev = "http://www.onvif.org/ver10/events/wsdl";
inline constexpr const char* kWsnt = "http://docs.oasis-open.org/wsn/b-2";

// "<GetProfiles xmlns=\"...\"/>" and friends.
std::string op(const std::string& name, const char* ns, const std::string& inner = {});

}  // namespace camtrack::camsim::test
