// libcurl exchanges of the deep checks: RTSP DESCRIBE and an HTTP GET of a snapshot, both bounded in
// time and size, with HTTP Basic/Digest credentials.
#pragma once

#include <chrono>
#include <string>

#include "monitor/fault_reason.hpp"
#include "onvif/device_client.hpp"

namespace camtrack::monitor {

struct CurlReply {
  bool transferred = false;  // an answer was read
  long status = 0;
  bool timed_out = false;
  std::string body;
};

CurlReply rtsp_describe(const std::string& uri, const onvif::Credentials& credentials,
                        std::chrono::milliseconds timeout);
CurlReply http_get(const std::string& url, const onvif::Credentials& credentials, std::chrono::milliseconds timeout,
                   std::size_t max_bytes);

}  // namespace camtrack::monitor
