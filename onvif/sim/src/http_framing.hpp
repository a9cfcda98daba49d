// Finds one complete HTTP/1.x or RTSP/1.0 request in a connection's buffer: head parsed, body length
// known (Content-Length, or a chunked body up to its last chunk, left for gSOAP to decode).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace camtrack::camsim {

struct Request {
  std::string method;
  std::string target;   // as sent: "/onvif/device_service", "rtsp://127.0.0.1:554/..."
  std::string version;  // "HTTP/1.1", "RTSP/1.0"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string_view raw;   // the whole request (head and body), valid while the buffer is unchanged
  std::string_view body;

  // Case-insensitive header lookup; nullopt when absent.
  std::optional<std::string_view> header(std::string_view name) const;
};

enum class FrameStatus { incomplete, complete, bad, too_large };

struct Frame {
  FrameStatus status = FrameStatus::incomplete;
  std::size_t length = 0;  // bytes of the buffer the request takes, when complete
  Request request;
};

Frame frame_request(std::string_view buffer, std::size_t max_bytes);

// "/onvif/snapshot.jpg?x=1" -> "/onvif/snapshot.jpg"; "rtsp://h:1/a/b?c" -> "/a/b".
std::string path_of(std::string_view target);

}  // namespace camtrack::camsim
