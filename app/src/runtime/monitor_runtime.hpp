// The monitor running inside camtrack: the poller (monitor::Poller) over the site inventory of the
// database, and ONE owner thread with its own database connection that turns the poller's observations
// into incidents (open → open_incident, restore → mark_restored, internal tickets and warnings → audit
// log), acting as "system". The poller's sink only queues. Applying an observation is idempotent: fault
// keys merge in open_incident, and a restore with no active incident is a no-op, so kill -9 at any
// instant neither loses nor duplicates an incident (a lost observation is seen again after restart).
//
// The inventory is followed without a restart (monitor_reload.cpp): inventory_changed() hints (the web's
// saves) and a periodic fingerprint check of the database (changes by other processes) make the owner
// thread re-read the inventory; when what the poller would poll differs, it stops the poller, applies
// what it queued, and starts a new one over the new inventory resuming the still-active incidents'
// faults, exactly as a restart would (no clock moves, no duplicate incident).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "incidents/clock_rules.hpp"
#include "monitor/poller.hpp"
#include "runtime/inventory_reload.hpp"
#include "runtime/poller_carry.hpp"
#include "runtime/secret_key.hpp"
#include "web/metrics.hpp"
#include "web/services.hpp"

namespace camtrack::store {
class CredentialCipher;
class Database;
class IncidentStore;
}  // namespace camtrack::store

namespace camtrack::app {

struct MonitorRuntimeOptions {
  std::filesystem::path database;
  SecretKey key{};
  monitor::PollerConfig poller;
  incidents::ClockRules clocks;           // must stay valid while the runtime runs
  incidents::LifecyclePolicy policy;
  ReloadTiming reload;                    // debounce of inventory hints, safety-net check period
};

class MonitorRuntime {
 public:
  struct StartResult {
    std::unique_ptr<MonitorRuntime> runtime;  // null when start failed
    std::string error;                        // one line for people
  };
  // Reads the inventory and the active incidents, then starts the owner thread and the poller.
  static StartResult start(MonitorRuntimeOptions options);
  ~MonitorRuntime();
  MonitorRuntime(const MonitorRuntime&) = delete;
  MonitorRuntime& operator=(const MonitorRuntime&) = delete;

  // The inventory changed (a camera, recorder or uplink saved, a CSV imported): reload it once the
  // changes pause (ReloadTiming::debounce). Safe from any thread; cheap.
  void inventory_changed();

  // Called on the owner thread after each incident opened, joined or restored (keep it short).
  void set_on_change(std::function<void(std::int64_t incident_id)> on_change);

  // The live state for the dashboard; safe from any thread.
  web::SiteHealth site_health() const;
  monitor::Stats stats() const;
  // The camera's last good snapshot (JPEG) when kept (64 MB for all cameras, oldest dropped first).
  std::optional<std::string> last_snapshot(const std::string& camera_code) const;
  // Registers the camtrack_monitor_* and camtrack_incidents_open collectors (the registry may outlive us).
  void add_metrics(web::MetricsRegistry& registry);

  // Stops the poller, applies what is queued, stops the owner thread. Idempotent.
  void stop();

 private:
  MonitorRuntime() = default;
  void enqueue(const monitor::Observation& observation);
  void run();
  void apply(const monitor::Observation& observation);
  void apply_once(const monitor::Observation& observation);
  void refresh_open_counts();
  void collect(web::MetricsRegistry& registry);
  // monitor_reload.cpp, on the owner thread
  void start_poller(monitor::SiteInventory site, std::vector<monitor::ActiveFault> open);
  void maybe_reload();
  void swap_poller(monitor::SiteInventory site);
  void apply_queued();
  std::vector<monitor::ActiveFault> active_faults_or(std::vector<monitor::ActiveFault> fallback);

  monitor::PollerConfig poller_config_;

  std::unique_ptr<store::CredentialCipher> cipher_;
  std::unique_ptr<store::Database> db_;           // the owner thread's connection
  std::unique_ptr<store::IncidentStore> incidents_;
  std::unique_ptr<monitor::Poller> poller_;

  std::mutex queue_mutex_;
  std::condition_variable queue_changed_;
  std::deque<monitor::Observation> queue_;
  bool stopping_ = false;
  std::function<void(std::int64_t)> on_change_;  // under queue_mutex_
  bool hinted_ = false;                          // under queue_mutex_: inventory_changed() since last wake
  std::optional<ReloadSchedule> schedule_;       // under queue_mutex_
  std::thread owner_;

  std::mutex swap_mutex_;                        // held while poller_ is replaced or stopped for good
  bool stop_requested_ = false;                  // under swap_mutex_
  std::uint64_t fingerprint_ = 0;                // owner thread: the inventory the poller polls
  std::atomic<std::uint64_t> reloads_{0};

  mutable std::shared_mutex live_mutex_;         // readers: dashboard and metrics; writers: stop(), swaps
  bool running_ = false;
  PollerCarry carry_;                            // under live_mutex_; poller_ is null between two pollers
  mutable std::mutex counts_mutex_;
  std::vector<std::pair<std::string, std::int64_t>> open_counts_;  // incidents active by kind
  struct Link {                                  // the metrics collector's way back to us
    std::shared_mutex mutex;
    MonitorRuntime* self = nullptr;
  };
  std::shared_ptr<Link> link_ = std::make_shared<Link>();
};

}  // namespace camtrack::app
