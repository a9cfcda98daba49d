// A simple client loop for the camsim fleet benchmark: libcurl multi, every camera probed once per
// window at evenly spread start times (GetSystemDateAndTime, GetDeviceInformation with a UsernameToken
// digest, RTSP DESCRIBE, snapshot GET), each transfer bounded by a timeout.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace camtrack::bench {

struct ProbeTarget {
  std::string device_url, stream_url, snapshot_url;
};

struct ProbeCounts {
  long answered = 0;    // HTTP/RTSP 2xx
  long rejected = 0;    // any other status
  long timed_out = 0;
  long failed = 0;      // refused, reset...
};

ProbeCounts probe_all(const std::vector<ProbeTarget>& targets, const std::string& user, const std::string& password,
                      std::chrono::seconds window, std::chrono::milliseconds timeout);

}  // namespace camtrack::bench
