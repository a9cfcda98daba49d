// RTSP DESCRIBE and snapshot GET with libcurl (see media_check.hpp).
#include "onvif/media_check.hpp"

#include <curl/curl.h>

#include <memory>
#include <sstream>

namespace camtrack::onvif {
namespace {

struct Sink {
  std::string data;
  std::size_t max = 0;
  bool over = false;
};

size_t write_capped(char* ptr, size_t size, size_t n, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t len = size * n;
  if (sink->data.size() + len > sink->max) {
    sink->over = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  sink->data.append(ptr, len);
  return len;
}

using Curl = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;

Curl make_curl(const std::string& user, const std::string& password, const CheckLimits& limits, Sink& sink) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialised;
  Curl c(curl_easy_init(), &curl_easy_cleanup);
  CURL* h = c.get();
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(limits.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &write_capped);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https,rtsp");
  if (!user.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, password.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
  }
  return c;
}

Error curl_error(CURLcode rc, const Sink& sink) {
  if (sink.over || rc == CURLE_FILESIZE_EXCEEDED) return {code::too_large, "answer over the size limit"};
  switch (rc) {
    case CURLE_OPERATION_TIMEDOUT: return {code::timeout, curl_easy_strerror(rc)};
    case CURLE_COULDNT_CONNECT: return {code::refused, curl_easy_strerror(rc)};
    case CURLE_URL_MALFORMAT: case CURLE_UNSUPPORTED_PROTOCOL: return {code::bad_url, curl_easy_strerror(rc)};
    case CURLE_COULDNT_RESOLVE_HOST: return {code::unreachable, curl_easy_strerror(rc)};
    default: return {"protocol_error", curl_easy_strerror(rc)};
  }
}

long response_code(CURL* h) {
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  return status;
}

}  // namespace

bool sdp_has_video(const std::string& sdp, std::string* codec) {
  std::istringstream in(sdp);
  std::string line, payload;
  bool found = false, in_video = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("m=", 0) == 0) {
      in_video = line.rfind("m=video ", 0) == 0 && !found;
      if (!in_video) continue;
      found = true;
      std::istringstream m(line);
      std::string media, port, proto;
      m >> media >> port >> proto >> payload;
      if (codec != nullptr && payload == "26") *codec = "JPEG";  // static payload type
    } else if (in_video && codec != nullptr && line.rfind("a=rtpmap:" + payload + " ", 0) == 0) {
      const std::string enc = line.substr(line.find(' ') + 1);
      *codec = enc.substr(0, enc.find('/'));
    }
  }
  return found;
}

bool looks_like_jpeg(const std::string& b) {
  return b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
         static_cast<unsigned char>(b[2]) == 0xFF;
}

Result<StreamCheck> check_stream(const std::string& rtsp_uri, const std::string& user, const std::string& password,
                                 const CheckLimits& limits) {
  if (rtsp_uri.rfind("rtsp://", 0) != 0) return Result<StreamCheck>::failure({code::bad_url, "not an rtsp:// URI"});
  Sink sink{{}, limits.max_bytes, false};
  Curl c = make_curl(user, password, limits, sink);
  CURL* h = c.get();
  curl_easy_setopt(h, CURLOPT_URL, rtsp_uri.c_str());
  curl_easy_setopt(h, CURLOPT_RTSP_STREAM_URI, rtsp_uri.c_str());
  curl_easy_setopt(h, CURLOPT_RTSP_REQUEST, static_cast<long>(CURL_RTSPREQ_DESCRIBE));
  const CURLcode rc = curl_easy_perform(h);
  const long status = response_code(h);
  if (rc != CURLE_OK) return Result<StreamCheck>::failure(curl_error(rc, sink), static_cast<int>(status));
  StreamCheck out;
  out.rtsp_status = static_cast<int>(status);
  out.sdp = sink.data;
  if (status == 401) return Result<StreamCheck>::failure({"auth_failed", "RTSP 401: credentials refused"}, 401);
  if (status != 200)
    return Result<StreamCheck>::failure({"rtsp_" + std::to_string(status), "DESCRIBE answered " + std::to_string(status)},
                                        static_cast<int>(status));
  out.has_video = sdp_has_video(out.sdp, &out.video_codec);
  if (!out.has_video) return Result<StreamCheck>::failure({"no_video_track", "the SDP has no m=video line"}, 200);
  return Result<StreamCheck>::success(out);
}

Result<SnapshotCheck> fetch_snapshot(const std::string& url, const std::string& user, const std::string& password,
                                     const CheckLimits& limits) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
    return Result<SnapshotCheck>::failure({code::bad_url, "not an http(s) URL"});
  Sink sink{{}, limits.max_bytes, false};
  Curl c = make_curl(user, password, limits, sink);
  CURL* h = c.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  const CURLcode rc = curl_easy_perform(h);
  const long status = response_code(h);
  if (rc != CURLE_OK) return Result<SnapshotCheck>::failure(curl_error(rc, sink), static_cast<int>(status));
  SnapshotCheck out;
  out.http_status = static_cast<int>(status);
  if (const char* type = nullptr; curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) out.content_type = type;
  out.bytes = sink.data.size();
  if (status == 401) return Result<SnapshotCheck>::failure({"auth_failed", "HTTP 401: credentials refused"}, 401);
  if (status != 200)
    return Result<SnapshotCheck>::failure({"http_" + std::to_string(status), "snapshot answered " + std::to_string(status)},
                                          static_cast<int>(status));
  if (!looks_like_jpeg(sink.data))
    return Result<SnapshotCheck>::failure({"not_jpeg", "the answer is not a JPEG (" + out.content_type + ")"}, 200);
  out.jpeg = std::move(sink.data);
  return Result<SnapshotCheck>::success(out);
}

}  // namespace camtrack::onvif
