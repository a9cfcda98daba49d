// What outlives one poller when the monitor swaps it for a new one after an inventory change
// (MonitorRuntime, monitor_reload.cpp): the retired pollers' counter totals, so /metrics counters never
// go backwards, and the last known health and snapshots, shown for objects the new poller has not
// checked yet (and the last good snapshot of a camera that has not answered since). Plain values,
// owned by MonitorRuntime under its live mutex.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "monitor/health_view.hpp"
#include "monitor/stats.hpp"

namespace camtrack::app {

class PollerCarry {
 public:
  // What the retiring poller showed (already merged with the earlier carry): its health, its figures
  // (totals included) and the snapshots it kept.
  void retire(monitor::HealthView health, const monitor::Stats& stats, std::map<std::string, std::string> snapshots);

  // The new poller's figures plus the totals of the retired ones (gauges are the new poller's).
  monitor::Stats add_totals(monitor::Stats fresh) const;
  // The new poller's view; an object it has not checked yet shows as last known, a missing last-good
  // time or snapshot is taken from before. Objects no longer in the inventory are not shown.
  monitor::HealthView merge(monitor::HealthView fresh) const;
  std::optional<std::string> snapshot(const std::string& camera_code) const;

  // While no poller runs (between stop of the old and start of the new one).
  const monitor::HealthView& last_health() const { return health_; }
  const monitor::Stats& last_stats() const { return last_; }

 private:
  monitor::Stats base_;  // counters and histograms of the retired pollers
  monitor::Stats last_;
  monitor::HealthView health_;
  std::map<std::string, std::size_t> cameras_, recorders_, uplinks_;  // code -> index in health_
  std::map<std::string, std::string> snapshots_;
};

}  // namespace camtrack::app
