// MonitorRuntime: following the inventory without a restart. On the owner thread, when a hint has
// settled or the safety-net check is due, the inventory is read again; if its fingerprint differs from
// the one being polled, the poller is swapped: the old one stops, what it queued is applied, and a new
// one starts over the new inventory with the faults of the incidents still active (as a restart would:
// their clocks do not move, open_incident merges by fault key). An object removed or disabled while
// its incident is active is no longer checked, so the monitor never restores that incident: it stays
// active until a technician restores and closes it (docs in monitor/README.md).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <tuple>

#include "runtime/monitor_runtime.hpp"
#include "runtime/monitor_setup.hpp"
#include "store/incident_store.hpp"

namespace camtrack::app {
namespace {

std::shared_ptr<spdlog::logger> log() {
  auto l = spdlog::get("monitor");
  return l ? l : spdlog::default_logger();
}

template <class T, class F>
std::size_t enabled(const std::vector<T>& objects, F is_enabled) {
  return static_cast<std::size_t>(std::count_if(objects.begin(), objects.end(), is_enabled));
}

}  // namespace

void MonitorRuntime::start_poller(monitor::SiteInventory site, std::vector<monitor::ActiveFault> open) {
  std::lock_guard swap(swap_mutex_);
  if (stop_requested_) return;
  auto poller = std::make_unique<monitor::Poller>(
      poller_config_, std::move(site), [this](const monitor::Observation& o) { enqueue(o); }, std::move(open));
  poller->start();
  std::unique_lock lock(live_mutex_);
  poller_ = std::move(poller);
}

void MonitorRuntime::maybe_reload() {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(queue_mutex_);
    if (!schedule_->reload_due(now) && !schedule_->check_due(now)) return;
    schedule_->served(now);  // a change committed from now on brings its own hint or the next check
  }
  SiteLoad load;
  try {
    load = load_site(*db_, *cipher_);
  } catch (const std::exception& e) {
    load.error = e.what();
  }
  if (!load.error.empty()) {
    log()->warn("monitor: inventory not reloaded: {}", load.error);
    return;
  }
  if (inventory_fingerprint(load.site) == fingerprint_) return;  // nothing the poller sees has changed
  for (const auto& w : load.warnings) log()->warn("monitor: {}", w);
  swap_poller(std::move(load.site));
}

void MonitorRuntime::swap_poller(monitor::SiteInventory site) {
  std::lock_guard swap(swap_mutex_);
  if (stop_requested_ || !poller_) return;
  const auto fingerprint = inventory_fingerprint(site);
  const auto counts = std::make_tuple(enabled(site.cameras, [](const auto& c) { return c.camera.enabled; }),
                                      enabled(site.recorders, [](const auto& r) { return r.recorder.enabled; }),
                                      enabled(site.uplinks, [](const auto& u) { return u.enabled; }));
  // Read before the stop as a fallback: without the active faults the new poller would report them again.
  auto open = active_faults_or({});
  PollerCarry carry;
  {
    std::shared_lock lock(live_mutex_);
    auto health = carry_.merge(poller_->health());
    std::map<std::string, std::string> snapshots;
    for (const auto& camera : health.cameras) {
      auto jpeg = poller_->last_snapshot(camera.code);
      if (!jpeg) jpeg = carry_.snapshot(camera.code);
      if (jpeg) snapshots.emplace(camera.code, std::move(*jpeg));
    }
    carry.retire(std::move(health), carry_.add_totals(poller_->stats()), std::move(snapshots));
  }
  std::unique_ptr<monitor::Poller> old;
  {
    std::unique_lock lock(live_mutex_);
    old = std::move(poller_);
    carry_ = std::move(carry);
  }
  old->stop();
  old.reset();
  apply_queued();  // the old poller's last observations, so the store's active faults are complete
  open = active_faults_or(std::move(open));
  auto poller = std::make_unique<monitor::Poller>(
      poller_config_, std::move(site), [this](const monitor::Observation& o) { enqueue(o); }, std::move(open));
  poller->start();
  {
    std::unique_lock lock(live_mutex_);
    poller_ = std::move(poller);
  }
  fingerprint_ = fingerprint;
  reloads_.fetch_add(1, std::memory_order_relaxed);
  log()->info("monitor: inventory reloaded: {} cameras, {} recorders, {} uplinks", std::get<0>(counts),
              std::get<1>(counts), std::get<2>(counts));
}

void MonitorRuntime::apply_queued() {
  std::deque<monitor::Observation> batch;
  {
    std::lock_guard lock(queue_mutex_);
    batch.swap(queue_);
  }
  for (const auto& o : batch) apply(o);
}

std::vector<monitor::ActiveFault> MonitorRuntime::active_faults_or(std::vector<monitor::ActiveFault> fallback) {
  for (int attempt = 1; attempt <= 3; ++attempt) {
    try {
      return to_monitor_faults(incidents_->active_faults());
    } catch (const std::exception& e) {
      log()->warn("monitor: cannot read the active incidents (attempt {}): {}", attempt, e.what());
      std::this_thread::sleep_for(std::chrono::milliseconds(200 * attempt));
    }
  }
  return fallback;
}

}  // namespace camtrack::app
