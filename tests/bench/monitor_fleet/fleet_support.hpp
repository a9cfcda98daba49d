// Helpers of the fleet benchmark: camsim as a child process, its control endpoint, own CPU and memory.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace camtrack::bench {

struct SimCamera {
  int index = 0;
  std::string device_url;
  bool hanging = false;
};

// Starts camsim with args, waits for "camsim: ready" (up to timeout_s); returns its pid, or -1.
pid_t start_camsim(const std::string& binary, const std::vector<std::string>& args, const std::string& log_file,
                   int timeout_s);
void stop_camsim(pid_t pid);
std::vector<SimCamera> read_camera_list(const std::string& json_file);

// POST body to 127.0.0.1:port target; returns the HTTP status (0 on failure).
int http_post(unsigned short port, const std::string& target, const std::string& body);

struct Usage {
  double cpu_seconds = 0;  // user + system of this process
  double rss_mb = 0;
  double peak_rss_mb = 0;
};
Usage own_usage();

}  // namespace camtrack::bench
