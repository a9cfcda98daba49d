// Settings of the poller: intervals of each check, timeouts, concurrency, debounce and thresholds.
// Every default is the production value; tests shorten the intervals.
#pragma once

#include <chrono>
#include <cstddef>

#include "monitor/classifier.hpp"
#include "monitor/clock_drift.hpp"
#include "monitor/debounce.hpp"
#include "monitor/frame_analysis.hpp"
#include "monitor/uplink_checks.hpp"

namespace camtrack::monitor {

using std::chrono::milliseconds;

struct PollerConfig {
  // Reachability + liveness (async GetSystemDateAndTime) of every camera and recorder.
  milliseconds interval{60'000};
  milliseconds retry_after{10'000};       // a failing object is re-checked sooner, to confirm quickly
  milliseconds check_timeout{5'000};      // connect + request + answer; a hanging camera costs a timer
  std::size_t max_response_bytes = 64 * 1024;
  std::size_t max_in_flight = 512;        // concurrent reachability checks
  milliseconds late_allowance{2'000};     // a check starting later than this after its due time is late

  // Heavier checks of cameras that answered, on a small worker pool (blocking, each bounded).
  milliseconds auth_interval{300'000};    // GetDeviceInformation with the customs account
  milliseconds stream_interval{300'000};  // RTSP DESCRIBE of the main stream
  milliseconds snapshot_interval{300'000};
  milliseconds deep_timeout{5'000};       // per exchange
  int workers = 2;
  std::size_t max_deep_queue = 256;       // deep rounds waiting for a worker; beyond: skipped, counted

  // Recorders (Profile G) and uplinks.
  milliseconds recording_interval{3'600'000};
  // Cameras and recorders: video-loss / tampering / storage-failure states from the device's PullPoint
  // subscription (one PullMessages per round). 0: off. A device offering no Events is asked again
  // after events_unsupported_retry, and is never faulted for it.
  milliseconds events_interval{60'000};
  milliseconds events_unsupported_retry{3'600'000};
  milliseconds uplink_interval{30'000};
  HostNetworkFiles host_network;          // where gateway and vpn targets read the host's state
  int retention_days = 365;

  // The last good snapshot of each camera is kept for the dashboard, within this many bytes in all
  // (the oldest kept image goes first); 0 keeps none.
  std::size_t snapshot_cache_bytes = 64 * 1024 * 1024;

  DebouncePolicy debounce;
  ClassifierPolicy classifier;
  SnapshotPolicy snapshot;
  ClockDriftPolicy clock_drift;

  std::uint64_t seed = 0;                 // jitter of the start times; 0: from the clock
};

}  // namespace camtrack::monitor
