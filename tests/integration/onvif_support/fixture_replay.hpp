// Replays one folder of ../shared/onvif-fixtures (answers captured from real cameras) over HTTP on
// 127.0.0.1: the request's body element names the operation ("GetProfiles", or "media2_GetProfiles" for
// Media2), the file of that name is served with every URL host rewritten (http(s) to this server, rtsp
// to a closed local port) so nothing ever leaves the loopback. Files are read in place, never copied.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "test_http_server.hpp"

namespace camtrack::testing {

std::filesystem::path onvif_fixtures_dir();  // CAMTRACK_SHARED_DIR/onvif-fixtures

// The operation a SOAP request asks for: the local name of the first element in the Body, with
// "media2_" in front for the ver20 media namespace. Empty when none.
std::string soap_operation(const std::string& request_body);

struct ReplayAnswer {
  std::string file;           // a file name in the folder
  int status = 200;
  std::string content_type = "application/soap+xml; charset=utf-8";
};

class FixtureReplay {
 public:
  explicit FixtureReplay(std::filesystem::path folder);
  // Answers an operation with another file (a fault, an HTML page) and status.
  void answer(const std::string& operation, ReplayAnswer answer);
  std::string device_url() const { return server_->url("/onvif/device_service"); }
  std::string authority() const { return server_->authority(); }
  std::uint16_t rtsp_port() const { return rtsp_port_; }
  std::size_t requests() const { return server_->requests(); }
  // Keeps a copy of each request while on (benchmarks replay them without the ONVIF client).
  void record(bool on);
  std::vector<HttpRequest> recorded() const;
  // The body a file would be served with (after host rewriting).
  std::string rewritten(const std::string& file) const;

 private:
  HttpResponse handle(const HttpRequest& request);

  std::filesystem::path folder_;
  std::uint16_t rtsp_port_ = 0;
  mutable std::mutex mutex_;
  bool recording_ = false;
  std::vector<HttpRequest> recorded_;
  std::map<std::string, ReplayAnswer> answers_;
  std::map<std::string, std::string> cache_;
  std::unique_ptr<TestHttpServer> server_;
};

// A SOAP 1.2 fault (for operations a folder has no answer for), shaped like a camera's.
std::string soap12_fault(const std::string& subcode, const std::string& reason);

}  // namespace camtrack::testing
