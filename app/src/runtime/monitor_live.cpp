// MonitorRuntime: the live state for the dashboard (web::SiteHealth) and the /metrics collector.
#include <string>

#include "runtime/monitor_runtime.hpp"

namespace camtrack::app {
namespace {

web::Health health_of(const monitor::ObjectHealth& h) {
  if (h.faulty) return web::Health::down;
  if (h.up) return web::Health::up;
  return h.checked ? web::Health::down : web::Health::unknown;
}

std::string problem_of(const monitor::ObjectHealth& h) {
  if (h.problem == monitor::FaultReason::none) return {};
  std::string text(monitor::fault_reason_name(h.problem));
  return h.faulty ? text : text + " (unconfirmed)";
}

std::vector<std::uint64_t> cumulative(const monitor::LatencyHistogram& h) {
  return {h.buckets.begin(), h.buckets.end()};
}

// Counters fed from totals kept by the poller: add what is new since the last render.
void counter_to(web::Counter& counter, const web::Labels& labels, std::uint64_t total) {
  const double now = static_cast<double>(total);
  const double before = counter.value(labels);
  if (now > before) counter.inc(labels, now - before);
}

}  // namespace

web::SiteHealth MonitorRuntime::site_health() const {
  web::SiteHealth out;
  std::shared_lock lock(live_mutex_);
  if (!running_) return out;
  // Between two pollers (an inventory reload) the last known view is shown.
  const monitor::HealthView view = poller_ ? carry_.merge(poller_->health()) : carry_.last_health();
  out.monitoring = true;
  out.cameras.reserve(view.cameras.size());
  for (const auto& c : view.cameras) {
    web::CameraHealth h;
    h.code = c.code;
    h.health = health_of(c);
    h.problem = problem_of(c);
    h.last_checked = c.last_checked;
    h.last_good = c.last_good;
    h.has_snapshot = c.has_snapshot;
    out.cameras.push_back(std::move(h));
  }
  for (const auto& u : view.uplinks) out.uplinks.push_back({u.code, health_of(u), problem_of(u)});
  out.coverage_gaps = view.coverage.gaps;
  return out;
}

monitor::Stats MonitorRuntime::stats() const {
  std::shared_lock lock(live_mutex_);
  if (!running_) return {};
  return poller_ ? carry_.add_totals(poller_->stats()) : carry_.last_stats();
}

std::optional<std::string> MonitorRuntime::last_snapshot(const std::string& camera_code) const {
  std::shared_lock lock(live_mutex_);
  if (!running_) return std::nullopt;
  auto jpeg = poller_ ? poller_->last_snapshot(camera_code) : std::nullopt;
  return jpeg ? jpeg : carry_.snapshot(camera_code);
}

void MonitorRuntime::add_metrics(web::MetricsRegistry& registry) {
  std::weak_ptr<Link> link = link_;
  registry.add_collector([link, &registry] {
    const auto l = link.lock();
    if (!l) return;
    std::shared_lock lock(l->mutex);
    if (l->self != nullptr) l->self->collect(registry);
  });
}

void MonitorRuntime::collect(web::MetricsRegistry& r) {
  const monitor::Stats s = stats();
  const auto unknown = s.cameras_total - std::min(s.cameras_total, s.cameras_up + s.cameras_down);
  auto& cameras = r.gauge("camtrack_monitor_cameras", "Cameras by state as the monitor judges them now");
  cameras.set({{"state", "up"}}, static_cast<double>(s.cameras_up));
  cameras.set({{"state", "down"}}, static_cast<double>(s.cameras_down));
  cameras.set({{"state", "unknown"}}, static_cast<double>(unknown));
  r.gauge("camtrack_monitor_recorders_down", "Recorders with a confirmed fault or retention shortfall")
      .set(static_cast<double>(s.recorders_down));
  r.gauge("camtrack_monitor_uplinks_down", "Uplinks to customs with a confirmed fault")
      .set(static_cast<double>(s.uplinks_down));
  r.gauge("camtrack_monitor_coverage_gaps", "Required location classes without a healthy camera")
      .set(static_cast<double>(s.coverage_gaps));
  r.gauge("camtrack_monitor_clock_drift_warnings", "Cameras whose clock drifts above the threshold")
      .set(static_cast<double>(s.clock_drift_warnings));
  r.gauge("camtrack_monitor_open_faults", "Faults reported by the monitor and not yet restored")
      .set(static_cast<double>(s.open_faults));
  r.gauge("camtrack_monitor_checks_in_flight", "Reachability checks running now").set(static_cast<double>(s.in_flight));
  r.gauge("camtrack_monitor_last_sweep_seconds", "First start to last finish of the last complete sweep")
      .set(s.last_sweep_seconds);
  counter_to(r.counter("camtrack_monitor_checks_total", "Reachability checks by result"), {{"result", "ok"}},
             s.checks_started >= s.checks_failed ? s.checks_started - s.checks_failed : 0);
  counter_to(r.counter("camtrack_monitor_checks_total", "Reachability checks by result"), {{"result", "failed"}},
             s.checks_failed);
  counter_to(r.counter("camtrack_monitor_deep_checks_total", "Authenticated check rounds (ONVIF, RTSP, snapshot)"),
             {}, s.deep_checks);
  counter_to(r.counter("camtrack_monitor_deep_checks_skipped_total", "Deep checks skipped: worker queue full"), {},
             s.deep_checks_skipped);
  counter_to(r.counter("camtrack_monitor_late_checks_total", "Checks started later than due plus the allowance"),
             {}, s.late_checks);
  counter_to(r.counter("camtrack_monitor_sweeps_total", "Complete sweeps of every camera and recorder"), {},
             s.sweeps_completed);
  counter_to(r.counter("camtrack_monitor_inventory_reloads_total", "Poller restarts after an inventory change"), {},
             reloads_.load(std::memory_order_relaxed));
  counter_to(r.counter("camtrack_monitor_overruns_total", "Sweeps with a late check of a live object"), {},
             s.overruns);
  const std::vector<double> bounds(monitor::LatencyHistogram::bounds.begin(), monitor::LatencyHistogram::bounds.end());
  r.histogram("camtrack_monitor_check_latency_seconds", "Latency of reachability checks", bounds)
      .set_totals({}, cumulative(s.check_latency), s.check_latency.count, s.check_latency.sum_seconds);
  r.histogram("camtrack_monitor_deep_check_latency_seconds", "Latency of authenticated check rounds", bounds)
      .set_totals({}, cumulative(s.deep_latency), s.deep_latency.count, s.deep_latency.sum_seconds);
  auto& open = r.gauge("camtrack_incidents_open", "Incidents not yet restored, by kind");
  std::vector<std::pair<std::string, std::int64_t>> counts;
  {
    std::lock_guard lock(counts_mutex_);
    counts = open_counts_;
  }
  for (const char* kind : {"equipment", "link"}) {
    double n = 0;
    for (const auto& [k, v] : counts) {
      if (k == kind) n = static_cast<double>(v);
    }
    open.set({{"kind", kind}}, n);
  }
}

}  // namespace camtrack::app
