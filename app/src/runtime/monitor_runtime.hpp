// The monitor running inside camtrack: the poller (monitor::Poller) over the site inventory of the
// database, and ONE owner thread with its own database connection that turns the poller's observations
// into incidents (open → open_incident, restore → mark_restored, internal tickets and warnings → audit
// log), acting as "system". The poller's sink only queues. Applying an observation is idempotent: fault
// keys merge in open_incident, and a restore with no active incident is a no-op, so kill -9 at any
// instant neither loses nor duplicates an incident (a lost observation is seen again after restart).
#pragma once

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

  std::unique_ptr<store::CredentialCipher> cipher_;
  std::unique_ptr<store::Database> db_;           // the owner thread's connection
  std::unique_ptr<store::IncidentStore> incidents_;
  std::unique_ptr<monitor::Poller> poller_;

  std::mutex queue_mutex_;
  std::condition_variable queue_changed_;
  std::deque<monitor::Observation> queue_;
  bool stopping_ = false;
  std::function<void(std::int64_t)> on_change_;  // under queue_mutex_
  std::thread owner_;

  mutable std::shared_mutex live_mutex_;         // readers: dashboard and metrics; writer: stop()
  bool running_ = false;
  mutable std::mutex counts_mutex_;
  std::vector<std::pair<std::string, std::int64_t>> open_counts_;  // incidents active by kind
  struct Link {                                  // the metrics collector's way back to us
    std::shared_mutex mutex;
    MonitorRuntime* self = nullptr;
  };
  std::shared_ptr<Link> link_ = std::make_shared<Link>();
};

}  // namespace camtrack::app
