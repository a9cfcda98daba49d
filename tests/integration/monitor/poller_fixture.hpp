// A camsim fleet on 127.0.0.1 plus a poller with short intervals, and a thread-safe record of the
// observations it reports, for the monitor integration tests.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "camsim/simulator.hpp"
#include "monitor/poller.hpp"

namespace camtrack::monitor::testing {

// Observations as the sink received them (the sink runs on the poller's thread).
class Recorder {
 public:
  void add(const Observation& o);
  std::vector<Observation> all() const;
  // Waits until pred holds for the list, up to timeout; returns the final check.
  bool wait_for(const std::function<bool(const std::vector<Observation>&)>& pred,
                std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
  // Observations with this action and key.
  std::vector<Observation> with(ObservationAction action, const std::string& key) const;

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::vector<Observation> list_;
};

// Intervals of 200 ms, K = 2, M = 2, a 1 s group window, frozen after 2 equal snapshots.
PollerConfig fast_config();

camsim::SimulatorOptions sim_options(int cameras);

// A camera of the inventory pointing at camsim camera `index`.
MonitoredCamera camera_for(const camsim::Simulator& sim, int index, std::string code,
                           incidents::LocationClass location, std::string switch_name = "",
                           std::optional<std::int64_t> recorder_id = {});
MonitoredRecorder recorder_for(const camsim::Simulator& sim, int index, std::int64_t id, std::string code);

bool has_detail(const Observation& o, const std::string& text);

}  // namespace camtrack::monitor::testing
