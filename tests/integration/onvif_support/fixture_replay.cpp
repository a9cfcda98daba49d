// Fixture replay server (see fixture_replay.hpp).
#include "fixture_replay.hpp"

#include <fstream>
#include <sstream>

#include "onvif/text.hpp"

namespace camtrack::testing {

std::filesystem::path onvif_fixtures_dir() { return std::filesystem::path(CAMTRACK_SHARED_DIR) / "onvif-fixtures"; }

std::string soap_operation(const std::string& body) {
  std::size_t pos = body.find(":Body");
  if (pos == std::string::npos) return {};
  pos = body.find('<', pos);
  while (pos != std::string::npos && pos + 1 < body.size() && (body[pos + 1] == '?' || body[pos + 1] == '!'))
    pos = body.find('<', pos + 1);
  if (pos == std::string::npos || pos + 1 >= body.size() || body[pos + 1] == '/') return {};
  const std::size_t end = body.find_first_of(" />\t\r\n", pos + 1);
  const std::string qname = body.substr(pos + 1, end - pos - 1);
  const std::size_t colon = qname.find(':');
  const std::string prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
  const std::string local = colon == std::string::npos ? qname : qname.substr(colon + 1);
  const std::string decl = "xmlns:" + prefix + "=\"http://www.onvif.org/ver20/media/wsdl\"";
  return (!prefix.empty() && body.find(decl) != std::string::npos ? "media2_" : "") + local;
}

std::string soap12_fault(const std::string& subcode, const std::string& reason) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
         "xmlns:ter=\"http://www.onvif.org/ver10/error\"><env:Body><env:Fault><env:Code>"
         "<env:Value>env:Receiver</env:Value><env:Subcode><env:Value>" + subcode +
         "</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">" + reason +
         "</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>\n";
}

FixtureReplay::FixtureReplay(std::filesystem::path folder) : folder_(std::move(folder)) {
  rtsp_port_ = closed_local_port();
  server_ = std::make_unique<TestHttpServer>([this](const HttpRequest& r) { return handle(r); });
}

void FixtureReplay::answer(const std::string& operation, ReplayAnswer a) {
  std::lock_guard lock(mutex_);
  answers_[operation] = std::move(a);
}

std::string FixtureReplay::rewritten(const std::string& file) const {
  std::ifstream in(folder_ / file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return onvif::rewrite_url_hosts(text.str(), server_->authority(), "127.0.0.1:" + std::to_string(rtsp_port_));
}

void FixtureReplay::record(bool on) {
  std::lock_guard lock(mutex_);
  if (on) recorded_.clear();
  recording_ = on;
}

std::vector<HttpRequest> FixtureReplay::recorded() const {
  std::lock_guard lock(mutex_);
  return recorded_;
}

HttpResponse FixtureReplay::handle(const HttpRequest& request) {
  const std::string op = soap_operation(request.body);
  std::lock_guard lock(mutex_);
  if (recording_) recorded_.push_back(request);
  ReplayAnswer a{op + ".xml"};
  if (auto it = answers_.find(op); it != answers_.end()) a = it->second;
  if (!std::filesystem::exists(folder_ / a.file)) {
    return HttpResponse{500, "application/soap+xml; charset=utf-8",
                        soap12_fault("ter:ActionNotSupported", "no capture of " + op + " for this device"), {}};
  }
  auto cached = cache_.find(a.file);
  if (cached == cache_.end()) cached = cache_.emplace(a.file, rewritten(a.file)).first;
  return HttpResponse{a.status, a.content_type, cached->second, {}};
}

}  // namespace camtrack::testing
