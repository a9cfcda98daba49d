// PollerCarry (see poller_carry.hpp).
#include "runtime/poller_carry.hpp"

#include <algorithm>

namespace camtrack::app {
namespace {

void add_histogram(monitor::LatencyHistogram& to, const monitor::LatencyHistogram& from) {
  for (std::size_t i = 0; i < to.buckets.size(); ++i) to.buckets[i] += from.buckets[i];
  to.count += from.count;
  to.sum_seconds += from.sum_seconds;
}

// Only the cumulative figures; gauges describe the poller running now.
monitor::Stats totals_of(const monitor::Stats& s) {
  monitor::Stats t;
  t.checks_started = s.checks_started;
  t.checks_failed = s.checks_failed;
  t.deep_checks = s.deep_checks;
  t.deep_checks_skipped = s.deep_checks_skipped;
  t.late_checks = s.late_checks;
  t.max_in_flight_seen = s.max_in_flight_seen;
  t.check_latency = s.check_latency;
  t.deep_latency = s.deep_latency;
  t.sweeps_completed = s.sweeps_completed;
  t.overruns = s.overruns;
  return t;
}

std::map<std::string, std::size_t> index_of(const std::vector<monitor::ObjectHealth>& objects) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < objects.size(); ++i) index.emplace(objects[i].code, i);
  return index;
}

void merge_objects(std::vector<monitor::ObjectHealth>& fresh, const std::vector<monitor::ObjectHealth>& before,
                   const std::map<std::string, std::size_t>& index) {
  for (auto& now : fresh) {
    const auto it = index.find(now.code);
    if (it == index.end()) continue;
    const monitor::ObjectHealth& then = before[it->second];
    if (!now.checked) {
      now = then;
      continue;
    }
    if (!now.last_good) now.last_good = then.last_good;
    now.has_snapshot = now.has_snapshot || then.has_snapshot;
  }
}

}  // namespace

void PollerCarry::retire(monitor::HealthView health, const monitor::Stats& stats,
                         std::map<std::string, std::string> snapshots) {
  base_ = totals_of(stats);
  last_ = stats;
  health_ = std::move(health);
  cameras_ = index_of(health_.cameras);
  recorders_ = index_of(health_.recorders);
  uplinks_ = index_of(health_.uplinks);
  snapshots_ = std::move(snapshots);
}

monitor::Stats PollerCarry::add_totals(monitor::Stats s) const {
  s.checks_started += base_.checks_started;
  s.checks_failed += base_.checks_failed;
  s.deep_checks += base_.deep_checks;
  s.deep_checks_skipped += base_.deep_checks_skipped;
  s.late_checks += base_.late_checks;
  s.max_in_flight_seen = std::max(s.max_in_flight_seen, base_.max_in_flight_seen);
  add_histogram(s.check_latency, base_.check_latency);
  add_histogram(s.deep_latency, base_.deep_latency);
  s.sweeps_completed += base_.sweeps_completed;
  s.overruns += base_.overruns;
  return s;
}

monitor::HealthView PollerCarry::merge(monitor::HealthView fresh) const {
  if (health_.cameras.empty() && health_.recorders.empty() && health_.uplinks.empty()) return fresh;
  const bool all_checked =
      std::all_of(fresh.cameras.begin(), fresh.cameras.end(), [](const auto& c) { return c.checked; });
  merge_objects(fresh.cameras, health_.cameras, cameras_);
  merge_objects(fresh.recorders, health_.recorders, recorders_);
  merge_objects(fresh.uplinks, health_.uplinks, uplinks_);
  // Until every camera has answered or failed once, a class would look uncovered only for lack of checks.
  if (!all_checked) fresh.coverage = health_.coverage;
  return fresh;
}

std::optional<std::string> PollerCarry::snapshot(const std::string& camera_code) const {
  const auto it = snapshots_.find(camera_code);
  if (it == snapshots_.end()) return std::nullopt;
  return it->second;
}

}  // namespace camtrack::app
