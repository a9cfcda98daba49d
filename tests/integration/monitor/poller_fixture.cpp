#include "poller_fixture.hpp"

namespace camtrack::monitor::testing {

void Recorder::add(const Observation& o) {
  {
    std::lock_guard lock(mutex_);
    list_.push_back(o);
  }
  changed_.notify_all();
}

std::vector<Observation> Recorder::all() const {
  std::lock_guard lock(mutex_);
  return list_;
}

bool Recorder::wait_for(const std::function<bool(const std::vector<Observation>&)>& pred,
                        std::chrono::milliseconds timeout) const {
  // The predicate may ask the poller for stats, so it runs without the lock (the sink takes it).
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (pred(all())) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::milliseconds(50));
  }
}

std::vector<Observation> Recorder::with(ObservationAction action, const std::string& key) const {
  std::vector<Observation> out;
  for (const auto& o : all()) {
    if (o.action == action && o.fault_key == key) out.push_back(o);
  }
  return out;
}

PollerConfig fast_config() {
  using std::chrono::milliseconds;
  PollerConfig c;
  c.interval = milliseconds(200);
  c.retry_after = milliseconds(100);
  c.check_timeout = milliseconds(500);
  c.late_allowance = milliseconds(1000);
  c.auth_interval = c.stream_interval = c.snapshot_interval = milliseconds(200);
  c.recording_interval = milliseconds(200);
  c.events_interval = milliseconds(200);
  c.uplink_interval = milliseconds(200);
  c.deep_timeout = milliseconds(2000);
  c.workers = 2;
  c.debounce.fail_checks = 2;
  c.debounce.good_checks = 2;
  c.debounce.fail_after = std::chrono::seconds(60);
  // At least 3 s, as in production (monitor_setup.cpp): fault times are whole seconds, and under load four
  // cameras confirmed 0.2-0.9 s apart can straddle two of them.
  c.classifier.group_window = std::chrono::seconds(3);
  c.snapshot.frozen_checks = 2;
  c.seed = 7;
  return c;
}

camsim::SimulatorOptions sim_options(int cameras) {
  camsim::SimulatorOptions o;
  o.cameras = cameras;
  o.user = "customs";
  o.password = "secret-customs";
  o.hang_close_after = std::chrono::seconds(5);
  o.retention_days = 400;
  o.short_retention_days = 30;
  return o;
}

MonitoredCamera camera_for(const camsim::Simulator& sim, int index, std::string code,
                           incidents::LocationClass location, std::string switch_name,
                           std::optional<std::int64_t> recorder_id) {
  MonitoredCamera c;
  c.camera.id = index + 1;
  c.camera.code = std::move(code);
  c.camera.location = location;
  c.camera.onvif_address = sim.camera(index).device_url;
  c.camera.switch_name = std::move(switch_name);
  c.camera.recorder_id = recorder_id;
  c.customs_account = {sim.options().user, sim.options().password};
  return c;
}

MonitoredRecorder recorder_for(const camsim::Simulator& sim, int index, std::int64_t id, std::string code) {
  MonitoredRecorder r;
  r.recorder.id = id;
  r.recorder.code = std::move(code);
  r.recorder.address = sim.camera(index).device_url;
  r.customs_account = {sim.options().user, sim.options().password};
  return r;
}

bool has_detail(const Observation& o, const std::string& text) {
  for (const auto& d : o.details) {
    if (d.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace camtrack::monitor::testing
