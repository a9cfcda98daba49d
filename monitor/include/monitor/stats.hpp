// Figures of the poller for /metrics: a plain snapshot copied out of the poller's thread. web/ turns it
// into Prometheus text (camtrack_monitor_* gauges, counters and the latency histogram).
#pragma once

#include <array>
#include <cstdint>

namespace camtrack::monitor {

// Cumulative histogram of check latency in seconds (Prometheus style: count of checks <= bound).
struct LatencyHistogram {
  static constexpr std::array<double, 10> bounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};
  std::array<std::uint64_t, bounds.size()> buckets{};  // cumulative, as Prometheus wants them
  std::uint64_t count = 0;                             // also the +Inf bucket
  double sum_seconds = 0;

  void observe(double seconds) {
    for (std::size_t i = 0; i < bounds.size(); ++i) {
      if (seconds <= bounds[i]) ++buckets[i];
    }
    ++count;
    sum_seconds += seconds;
  }
};

struct Stats {
  // Objects, as judged now (after debounce).
  std::uint64_t cameras_total = 0;
  std::uint64_t cameras_up = 0;          // last reachability check answered, no confirmed fault
  std::uint64_t cameras_down = 0;        // a confirmed fault
  std::uint64_t recorders_down = 0;
  std::uint64_t uplinks_down = 0;
  std::uint64_t coverage_gaps = 0;       // required location classes without a healthy camera
  std::uint64_t clock_drift_warnings = 0;  // cameras whose clock drifts above the threshold now
  std::uint64_t open_faults = 0;         // fault keys reported and not restored

  // Checks.
  std::uint64_t checks_started = 0;      // reachability checks
  std::uint64_t checks_failed = 0;
  std::uint64_t deep_checks = 0;         // authenticated ONVIF + RTSP + snapshot rounds
  std::uint64_t deep_checks_skipped = 0; // not run because the worker queue was full
  std::uint64_t late_checks = 0;         // started later than due + lateness allowance
  std::uint64_t in_flight = 0;
  std::uint64_t max_in_flight_seen = 0;
  LatencyHistogram check_latency;        // reachability checks (answered or not)
  LatencyHistogram deep_latency;

  // Sweeps: one sweep = one interval's worth of reachability checks of every camera.
  std::uint64_t sweeps_completed = 0;
  std::uint64_t overruns = 0;            // sweeps with at least one late check of a live camera
  double last_sweep_seconds = 0;         // first start to last finish of the last completed sweep
};

}  // namespace camtrack::monitor
