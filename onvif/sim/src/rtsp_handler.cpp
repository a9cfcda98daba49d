#include "rtsp_handler.hpp"

#include <map>

#include "responses.hpp"
#include "wsse_auth.hpp"

namespace camtrack::camsim {

namespace {

constexpr const char* kRealm = "camsim";

// key="value" or key=value pairs of a Digest Authorization header (after "Digest ").
std::map<std::string, std::string> digest_fields(std::string_view header) {
  std::map<std::string, std::string> fields;
  std::size_t pos = 0;
  while (pos < header.size()) {
    while (pos < header.size() && (header[pos] == ' ' || header[pos] == ',')) ++pos;
    const std::size_t eq = header.find('=', pos);
    if (eq == std::string_view::npos) break;
    std::string key(header.substr(pos, eq - pos));
    std::string value;
    pos = eq + 1;
    if (pos < header.size() && header[pos] == '"') {
      const std::size_t end = header.find('"', pos + 1);
      if (end == std::string_view::npos) break;
      value = std::string(header.substr(pos + 1, end - pos - 1));
      pos = end + 1;
    } else {
      const std::size_t end = header.find(',', pos);
      value = std::string(header.substr(pos, end == std::string_view::npos ? end : end - pos));
      pos = end == std::string_view::npos ? header.size() : end;
    }
    fields.emplace(std::move(key), std::move(value));
  }
  return fields;
}

bool known_path(const std::string& path) {
  return path == "/Streaming/Channels/101" || path == "/Streaming/Channels/102";
}

}  // namespace

Reply RtspHandler::handle(const Request& request) {
  const Faults& faults = camera_.faults();
  if (faults.hang) return {Reply::Kind::hang, {}, false};
  if (faults.down) return {Reply::Kind::close, {}, false};
  ++core_.requests.rtsp;
  const std::string cseq(request.header("CSeq").value_or("0"));
  if (request.version.rfind("RTSP/", 0) != 0) {
    return {Reply::Kind::answer, rtsp_response(505, "RTSP Version Not Supported", cseq), false};
  }
  if (request.method == "OPTIONS") {
    return {Reply::Kind::answer, rtsp_response(200, "OK", cseq, "Public: OPTIONS, DESCRIBE\r\n"), true};
  }
  if (request.method != "DESCRIBE") {
    return {Reply::Kind::answer, rtsp_response(405, "Method Not Allowed", cseq, "Allow: OPTIONS, DESCRIBE\r\n"),
            true};
  }
  if (!authorized(request)) {
    const std::string challenge =
        std::string("WWW-Authenticate: Digest realm=\"") + kRealm + "\", nonce=\"" + core_.rtsp_nonce + "\"\r\n";
    return {Reply::Kind::answer, rtsp_response(401, "Unauthorized", cseq, challenge), true};
  }
  std::string path = path_of(request.target);
  const std::string& prefix = camera_.rtsp_prefix();
  if (!prefix.empty() && path.rfind(prefix, 0) == 0) path.erase(0, prefix.size());
  if (faults.dead_stream || !known_path(path)) {
    return {Reply::Kind::answer, rtsp_response(404, "Not Found", cseq), true};
  }
  const std::string base = "Content-Base: " + camera_.stream_url(path.back() == '1' ? 101 : 102) + "/\r\n";
  return {Reply::Kind::answer, rtsp_response(200, "OK", cseq, base, "application/sdp", sdp(path)), true};
}

std::string RtspHandler::bad_request(bool too_large) const {
  return rtsp_response(too_large ? 413 : 400, too_large ? "Request Entity Too Large" : "Bad Request", "0");
}

bool RtspHandler::authorized(const Request& request) const {
  const SimulatorOptions& opts = core_.options;
  if (!opts.rtsp_digest) return true;
  if (camera_.faults().wrong_password) return false;
  const auto header = request.header("Authorization");
  if (!header || header->rfind("Digest ", 0) != 0) return false;
  auto f = digest_fields(header->substr(7));
  if (f["username"] != opts.user || f["realm"] != kRealm || f["nonce"] != core_.rtsp_nonce) return false;
  const std::string ha1 = md5_hex(opts.user + ":" + kRealm + ":" + opts.password);
  const std::string ha2 = md5_hex(request.method + ":" + f["uri"]);
  return md5_hex(ha1 + ":" + f["nonce"] + ":" + ha2) == f["response"];
}

std::string RtspHandler::sdp(const std::string& path) const {
  const std::string id = std::to_string(1000 + camera_.index());
  return "v=0\r\n"
         "o=- " + id + " 1 IN IP4 127.0.0.1\r\n"
         "s=" + camera_.name() + " " + path + "\r\n"
         "c=IN IP4 0.0.0.0\r\n"
         "t=0 0\r\n"
         "a=control:*\r\n"
         "m=video 0 RTP/AVP 96\r\n"
         "a=rtpmap:96 H264/90000\r\n"
         "a=fmtp:96 packetization-mode=1;profile-level-id=640028\r\n"
         "a=control:trackID=1\r\n";
}

}  // namespace camtrack::camsim
