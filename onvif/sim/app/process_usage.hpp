// CPU time and resident memory of the current process, read from /proc, for camsim's own figures in
// benchmarks (so a poller's numbers can be told apart from the simulator's).
#pragma once

namespace camtrack::camsim {

struct ProcessUsage {
  double cpu_seconds = 0;  // user + system
  double rss_mb = 0;
  double peak_rss_mb = 0;
};

ProcessUsage current_process_usage();

}  // namespace camtrack::camsim
