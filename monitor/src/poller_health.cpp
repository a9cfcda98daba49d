// Poller::Impl::health_now() (the per-object view for the dashboard) and the last-good-snapshot cache,
// both on the poller's thread.
#include <algorithm>

#include "poller_impl.hpp"

namespace camtrack::monitor {

namespace {

// The reason to show: a confirmed fault's (not "resumed" when a better one is known), else the
// reachability check's while it is failing.
FaultReason problem_of(const std::array<HealthTracker, check_kind_count>& trackers) {
  FaultReason best = FaultReason::none;
  for (const HealthTracker& t : trackers) {
    if (!t.faulty()) continue;
    if (best == FaultReason::none || best == FaultReason::resumed) best = t.reason();
  }
  if (best != FaultReason::none) return best;
  const HealthTracker& reach = trackers[static_cast<std::size_t>(CheckKind::reachability)];
  return reach.last_failed() ? reach.reason() : FaultReason::none;
}

}  // namespace

HealthView Poller::Impl::health_now() const {
  HealthView view;
  view.cameras.reserve(camera_count_);
  for (std::size_t i = 0; i < objects_.size(); ++i) {
    const ObjectState& o = objects_[i];
    ObjectHealth h;
    h.code = o.code;
    h.checked = o.last_checked.has_value();
    h.faulty = o.reported_faulty || o.reported_retention;
    h.up = o.answered && !h.faulty;
    h.problem = problem_of(o.trackers);
    h.last_checked = o.last_checked;
    h.last_good = o.last_good;
    h.has_snapshot = o.snapshot.has_value();
    (i < camera_count_ ? view.cameras : view.recorders).push_back(std::move(h));
  }
  for (const UplinkState& u : uplinks_) {
    ObjectHealth h;
    h.code = u.code;
    h.checked = u.last_checked.has_value();
    h.faulty = u.reported_faulty;
    h.up = h.checked && !u.tracker.last_failed() && !h.faulty;
    h.problem = (h.faulty || u.tracker.last_failed()) ? u.tracker.reason() : FaultReason::none;
    h.last_checked = u.last_checked;
    h.last_good = u.last_good;
    view.uplinks.push_back(std::move(h));
  }
  view.coverage = coverage_now();
  return view;
}

// Replaces the camera's kept snapshot; the oldest kept images go while the cache is over its budget.
void Poller::Impl::keep_snapshot(std::size_t i, std::string jpeg) {
  if (jpeg.size() > config_.snapshot_cache_bytes) return;
  ObjectState& o = objects_[i];
  if (o.snapshot) snapshot_bytes_ -= o.snapshot->size();
  snapshot_bytes_ += jpeg.size();
  o.snapshot = std::move(jpeg);
  o.snapshot_seq = ++snapshot_seq_;
  snapshot_order_.emplace_back(o.snapshot_seq, i);
  auto stale = [this](const std::pair<std::uint64_t, std::size_t>& e) {
    return !objects_[e.second].snapshot || objects_[e.second].snapshot_seq != e.first;
  };
  while (snapshot_bytes_ > config_.snapshot_cache_bytes && !snapshot_order_.empty()) {
    const auto oldest = snapshot_order_.front();
    snapshot_order_.pop_front();
    if (stale(oldest)) continue;
    snapshot_bytes_ -= objects_[oldest.second].snapshot->size();
    objects_[oldest.second].snapshot.reset();
  }
  // Entries of replaced images pile up: drop them now and then (at most one live entry per object).
  if (snapshot_order_.size() > 2 * objects_.size() + 16) {
    snapshot_order_.erase(std::remove_if(snapshot_order_.begin(), snapshot_order_.end(), stale), snapshot_order_.end());
  }
}

}  // namespace camtrack::monitor
