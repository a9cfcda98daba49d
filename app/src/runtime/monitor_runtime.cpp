// MonitorRuntime: start, stop, the owner thread and the application of observations.
#include "runtime/monitor_runtime.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "incidents/time_text.hpp"
#include "runtime/monitor_setup.hpp"
#include "store/audit_log.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"

namespace camtrack::app {
namespace {

const incidents::Actor system_actor{"system", incidents::Role::admin};

std::shared_ptr<spdlog::logger> log() {
  auto l = spdlog::get("monitor");
  return l ? l : spdlog::default_logger();
}

incidents::Instant wall_now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

MonitorRuntime::StartResult MonitorRuntime::start(MonitorRuntimeOptions options) {
  StartResult result;
  auto rt = std::unique_ptr<MonitorRuntime>(new MonitorRuntime());
  std::vector<monitor::ActiveFault> open;
  monitor::SiteInventory site;
  try {
    rt->cipher_ = std::make_unique<store::CredentialCipher>(options.key);
    rt->db_ = std::make_unique<store::Database>(store::Database::open(options.database));
    rt->incidents_ = std::make_unique<store::IncidentStore>(*rt->db_, options.clocks, options.policy);
    auto load = load_site(*rt->db_, *rt->cipher_);
    if (!load.error.empty()) {
      result.error = load.error;
      return result;
    }
    for (const auto& w : load.warnings) log()->warn("monitor: {}", w);
    site = std::move(load.site);
    open = to_monitor_faults(rt->incidents_->active_faults());
    rt->refresh_open_counts();
  } catch (const std::exception& e) {
    result.error = std::string("monitor: ") + e.what();
    return result;
  }
  log()->info("monitor: {} cameras, {} recorders, {} uplinks, {} incidents active; every {} s", site.cameras.size(),
              site.recorders.size(), site.uplinks.size(), open.size(),
              std::chrono::duration_cast<std::chrono::seconds>(options.poller.interval).count());
  MonitorRuntime* self = rt.get();
  rt->poller_config_ = options.poller;
  rt->fingerprint_ = inventory_fingerprint(site);
  rt->schedule_.emplace(options.reload, std::chrono::steady_clock::now());
  {
    std::unique_lock lock(rt->live_mutex_);
    rt->running_ = true;
  }
  rt->owner_ = std::thread([self] { self->run(); });
  rt->start_poller(std::move(site), std::move(open));
  rt->link_->self = self;
  result.runtime = std::move(rt);
  return result;
}

MonitorRuntime::~MonitorRuntime() { stop(); }

void MonitorRuntime::stop() {
  {
    std::unique_lock lock(link_->mutex);
    link_->self = nullptr;
  }
  {
    std::unique_lock lock(live_mutex_);
    running_ = false;
  }
  {
    std::lock_guard swap(swap_mutex_);  // waits for a swap under way; none starts after this
    stop_requested_ = true;
    if (poller_) poller_->stop();  // no observation arrives after this
  }
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_changed_.notify_all();
  if (owner_.joinable()) owner_.join();
}

void MonitorRuntime::set_on_change(std::function<void(std::int64_t)> on_change) {
  std::lock_guard lock(queue_mutex_);
  on_change_ = std::move(on_change);
}

void MonitorRuntime::inventory_changed() {
  {
    std::lock_guard lock(queue_mutex_);
    if (schedule_) schedule_->hint(std::chrono::steady_clock::now());
    hinted_ = true;
  }
  queue_changed_.notify_one();
}

void MonitorRuntime::enqueue(const monitor::Observation& observation) {
  {
    std::lock_guard lock(queue_mutex_);
    queue_.push_back(observation);
  }
  queue_changed_.notify_one();
}

// The owner thread: applies observations in order; refreshes the open-incident counts now and then
// (people restore and close incidents through the web too); reloads the inventory when due.
void MonitorRuntime::run() {
  for (;;) {
    std::deque<monitor::Observation> batch;
    bool stopping = false;
    {
      std::unique_lock lock(queue_mutex_);
      const auto wake = std::min(std::chrono::steady_clock::now() + std::chrono::seconds(5), schedule_->next_wake());
      queue_changed_.wait_until(lock, wake, [&] { return stopping_ || hinted_ || !queue_.empty(); });
      hinted_ = false;
      batch.swap(queue_);
      stopping = stopping_;
    }
    for (const auto& o : batch) apply(o);
    try {
      refresh_open_counts();
    } catch (const std::exception& e) {
      log()->warn("monitor: cannot count open incidents: {}", e.what());
    }
    if (stopping) {
      std::lock_guard lock(queue_mutex_);
      if (queue_.empty()) return;
      continue;
    }
    maybe_reload();
  }
}

// A busy or failing database is retried a few times; the observation is then logged as lost (the
// poller sees the fault again after a restart, because only the store's state is resumed).
void MonitorRuntime::apply(const monitor::Observation& o) {
  for (int attempt = 1;; ++attempt) {
    try {
      apply_once(o);
      return;
    } catch (const std::exception& e) {
      if (attempt >= 5) {
        log()->error("monitor: {} {} not recorded: {}", monitor::observation_action_name(o.action), o.fault_key,
                     e.what());
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200 * attempt));
    }
  }
}

void MonitorRuntime::apply_once(const monitor::Observation& o) {
  const auto now = wall_now();
  std::optional<std::int64_t> changed;
  switch (o.action) {
    case monitor::ObservationAction::open: {
      auto opened = incidents_->open_incident(system_actor, monitor::to_open_request(o), now);
      if (!opened) {
        log()->warn("monitor: incident for {} refused: {}", o.fault_key, opened.refusal().reason);
        return;
      }
      log()->warn("monitor: {} incident {} for {} ({} cameras)", incidents::incident_kind_name(o.kind),
                  opened->incident_id, o.fault_key, o.cameras.size());
      changed = opened->incident_id;
      break;
    }
    case monitor::ObservationAction::restore: {
      const auto id = incidents_->active_with_fault(o.fault_key);
      if (!id) return;  // already restored (or closed by a person): nothing to do
      auto restored = incidents_->mark_restored(system_actor, *id, o.at, now);
      if (!restored) {
        log()->warn("monitor: restore of incident {} refused: {}", *id, restored.refusal().reason);
        return;
      }
      log()->info("monitor: incident {} restored ({})", *id, o.fault_key);
      changed = *id;
      break;
    }
    default: {
      const std::string action = std::string("monitor.") + monitor::observation_action_name(o.action);
      const nlohmann::json details{{"cameras", o.cameras}, {"details", o.details}, {"at", incidents::format_instant(o.at)}};
      store::AuditLog(*db_).append({incidents::format_instant(now), "system", action, o.fault_key, details.dump()});
      log()->warn("monitor: {} {}: {}", monitor::observation_action_name(o.action), o.fault_key,
                  o.details.empty() ? std::string() : o.details.front());
      return;
    }
  }
  std::function<void(std::int64_t)> notify;
  {
    std::lock_guard lock(queue_mutex_);
    notify = on_change_;
  }
  if (notify && changed) notify(*changed);
}

void MonitorRuntime::refresh_open_counts() {
  auto counts = incidents_->active_counts_by_kind();
  std::lock_guard lock(counts_mutex_);
  open_counts_ = std::move(counts);
}

}  // namespace camtrack::app
