// monitor: the poller. It checks every camera, recorder and uplink of a site on its own interval and
// turns confirmed faults into observations for incidents/ (classifier.hpp); the incident store keeps
// what must survive a restart. May depend on: incidents (values), onvif (DeviceClient), libcurl (RTSP
// DESCRIBE, snapshots), Boost.Asio, libturbojpeg, spdlog.
//
// Concurrency: one poller thread owns all state and runs a Boost.Asio io_context. The reachability and
// liveness check of every object (async TCP connect + an HTTP POST of GetSystemDateAndTime, with a
// deadline and a size cap) is asynchronous, so a hanging camera costs a socket and a timer, not a
// thread. Start times are jittered over the interval; at most max_in_flight checks run at once. Only
// objects that answered get the heavier authenticated checks (GetDeviceInformation with the customs
// account, RTSP DESCRIBE, snapshot, Profile G), each on its own interval, on a small worker pool whose
// results are posted back to the poller thread.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "monitor/coverage.hpp"
#include "monitor/health_view.hpp"
#include "monitor/observation.hpp"
#include "monitor/poller_config.hpp"
#include "monitor/site_model.hpp"
#include "monitor/stats.hpp"

namespace camtrack::monitor {

class Poller {
 public:
  // Called on the poller thread, in order; keep it short (hand the observation to the store's owner).
  using Sink = std::function<void(const Observation&)>;

  // already_open: the faults of the incidents still active in the store (their fault keys and
  // cameras). They are not reported again; they are restored once their objects pass M good checks.
  Poller(PollerConfig config, SiteInventory site, Sink sink, std::vector<ActiveFault> already_open = {});
  ~Poller();  // stops
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  void start();
  // Stops the thread and the workers; waits at most for the deep checks running now. Idempotent.
  void stop();

  // Snapshots, safe from any thread but the sink's (they are computed on the poller thread).
  Stats stats() const;
  CoverageReport coverage() const;
  HealthView health() const;
  // The last good snapshot (JPEG) of a camera, if one is kept (see PollerConfig::snapshot_cache_bytes).
  std::optional<std::string> last_snapshot(const std::string& camera_code) const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace camtrack::monitor
