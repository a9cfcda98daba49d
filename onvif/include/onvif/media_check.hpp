// Stream and snapshot checks with libcurl: RTSP DESCRIBE must return an SDP with a video track, the
// snapshot URL must return a JPEG. Digest (or Basic) auth as the device demands; bounded in time and size.
// Failures are data (ok=false, code, message), like every onvif/ result.
#pragma once

#include <chrono>
#include <string>

#include "onvif/result.hpp"

namespace camtrack::onvif {

struct CheckLimits {
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{8000};
  std::size_t max_bytes = 4 * 1024 * 1024;
};

struct StreamCheck {
  int rtsp_status = 0;
  bool has_video = false;
  std::string video_codec;  // from the SDP rtpmap, e.g. "H264", "H265", "JPEG"
  std::string sdp;
};

struct SnapshotCheck {
  int http_status = 0;
  std::string content_type;
  std::size_t bytes = 0;
  std::string jpeg;  // the image
};

// Error codes besides those of result.hpp: "rtsp_<status>", "http_<status>", "no_video_track", "not_jpeg",
// "auth_failed" (401 after trying the credentials), "protocol_error".
Result<StreamCheck> check_stream(const std::string& rtsp_uri, const std::string& user, const std::string& password,
                                 const CheckLimits& limits = {});
Result<SnapshotCheck> fetch_snapshot(const std::string& url, const std::string& user, const std::string& password,
                                     const CheckLimits& limits = {});

// Pure parts, for tests.
bool sdp_has_video(const std::string& sdp, std::string* codec = nullptr);
bool looks_like_jpeg(const std::string& bytes);

}  // namespace camtrack::onvif
