#include "process_usage.hpp"

#include <sys/resource.h>

#include <fstream>
#include <string>

namespace camtrack::camsim {

ProcessUsage current_process_usage() {
  ProcessUsage u;
  rusage ru{};
  if (getrusage(RUSAGE_SELF, &ru) == 0) {
    u.cpu_seconds = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                    static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    u.peak_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  }
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      double kb = 0;
      status >> kb;
      u.rss_mb = kb / 1024.0;
      break;
    }
    std::getline(status, key);
  }
  return u;
}

}  // namespace camtrack::camsim
