// Scheduling and the asynchronous reachability/liveness checks of cameras and recorders; sweeps.
#include <boost/asio/post.hpp>

#include "monitor/clock_drift.hpp"
#include "poller_impl.hpp"

namespace camtrack::monitor {

namespace asio = boost::asio;

void Poller::Impl::schedule_all() {
  // Jittered start times spread evenly over the first interval: no burst at start or later.
  const auto span = std::max<std::int64_t>(1, config_.interval.count());
  std::uniform_int_distribution<std::int64_t> jitter(0, span - 1);
  for (std::size_t i = 0; i < objects_.size(); ++i) {
    ObjectState& o = objects_[i];
    o.cadence_due = started_ + std::chrono::milliseconds(jitter(rng_));
    o.due = o.cadence_due;
    // Deep checks: spread over their own intervals, first round soon after the first answer; objects
    // resumed faulty are re-checked at once so that a repaired fault restores quickly.
    auto spread = [&](std::chrono::milliseconds every) {
      return started_ + std::chrono::milliseconds(
                            std::uniform_int_distribution<std::int64_t>(0, std::max<std::int64_t>(1, every.count()))(rng_));
    };
    const bool resumed = o.reported_faulty || o.reported_retention;
    o.deep_due[static_cast<std::size_t>(CheckKind::auth)] = resumed ? started_ : spread(config_.auth_interval);
    o.deep_due[static_cast<std::size_t>(CheckKind::stream)] = resumed ? started_ : spread(config_.stream_interval);
    o.deep_due[static_cast<std::size_t>(CheckKind::snapshot)] = resumed ? started_ : spread(config_.snapshot_interval);
    o.deep_due[static_cast<std::size_t>(CheckKind::recording)] = started_;
    o.deep_due[static_cast<std::size_t>(CheckKind::events)] = resumed ? started_ : spread(config_.events_interval);
    arm(i);
  }
}

void Poller::Impl::arm(std::size_t i) {
  ObjectState& o = objects_[i];
  o.timer.expires_at(o.due);
  o.timer.async_wait([this, i](const boost::system::error_code& ec) {
    if (!ec) on_due(i);
  });
}

void Poller::Impl::on_due(std::size_t i) {
  ObjectState& o = objects_[i];
  if (o.in_flight || o.waiting) return;
  if (in_flight_ >= config_.max_in_flight) {
    o.waiting = true;
    waiting_.push_back(i);
    return;
  }
  launch(i);
}

void Poller::Impl::launch(std::size_t i) {
  ObjectState& o = objects_[i];
  const auto now = Clock::now();
  const bool cadence = o.due >= o.cadence_due;
  std::uint64_t sweep = 0;
  if (cadence) {
    sweep = o.next_sweep++;
    SweepRecord& rec = sweeps_[sweep];
    if (rec.finished == 0 && (rec.first_start == Clock::time_point{} || now < rec.first_start)) rec.first_start = now;
    o.cadence_due += config_.interval;
    while (o.cadence_due <= now) {  // a whole interval lost: the sweep of that interval is skipped
      o.cadence_due += config_.interval;
      ++o.next_sweep;
      ++stats_.overruns;
    }
  }
  if (now - o.due > config_.late_allowance) {
    ++stats_.late_checks;
    if (cadence && o.answered) sweeps_[sweep].late = true;
  }
  o.in_flight = true;
  ++in_flight_;
  ++stats_.checks_started;
  stats_.max_in_flight_seen = std::max<std::uint64_t>(stats_.max_in_flight_seen, in_flight_);
  auto done = [this, i, cadence, sweep](ProbeReply reply) { on_reply(i, reply, cadence, sweep); };
  if (!o.target) {
    asio::post(io_, [done] {
      ProbeReply r;
      r.failure = FaultReason::unreachable;
      done(r);
    });
    return;
  }
  async_http_post(io_, *o.target, get_system_date_and_time_request(),
                  ProbeLimits{config_.check_timeout, config_.max_response_bytes}, std::move(done));
}

void Poller::Impl::on_reply(std::size_t i, const ProbeReply& reply, bool cadence, std::uint64_t sweep) {
  ObjectState& o = objects_[i];
  const auto now = Clock::now();
  o.in_flight = false;
  --in_flight_;
  stats_.check_latency.observe(std::chrono::duration<double>(reply.latency).count());
  // Any HTTP answer proves the device alive (some refuse GetSystemDateAndTime without credentials).
  const bool alive = reply.answered && reply.status > 0;
  o.answered = alive;
  o.last_checked = wall_now();
  if (!alive) ++stats_.checks_failed;
  const HealthTracker before = o.trackers[static_cast<std::size_t>(CheckKind::reachability)];
  record(i, CheckKind::reachability,
         alive ? CheckOutcome::good()
               : CheckOutcome::bad(reply.failure == FaultReason::none ? FaultReason::unreachable : reply.failure));
  if (alive && reply.status == 200 && i < camera_count_) {
    if (const auto utc = parse_device_utc(reply.body)) {
      const double offset = clock_offset_seconds(*utc, reply.sent, reply.received);
      o.clock_offset = offset;
      const bool warn = drift_warning(offset, config_.clock_drift);
      if (warn && !o.drift_warned) {
        Observation w;
        w.action = ObservationAction::warning;
        w.fault_key = "clock:" + o.code;
        w.cameras = {o.code};
        w.details = {"camera " + o.code + ": clock offset " + std::to_string(static_cast<long long>(offset)) + " s"};
        w.at = wall_now();
        sink_(w);
      }
      o.drift_warned = warn;
    }
  }
  if (alive && !o.reported_faulty) o.last_good = o.last_checked;
  if (cadence) finish_sweep_check(sweep, now);
  // Next check: on the fixed cadence, sooner while a fault is being confirmed.
  const HealthTracker& t = o.trackers[static_cast<std::size_t>(CheckKind::reachability)];
  o.due = o.cadence_due;
  if (t.health() == Health::failing || t.health() == Health::recovering) {
    o.due = std::min(o.cadence_due, now + config_.retry_after);
  }
  if (t.health() == Health::failing && before.health() != Health::failing) expedite_siblings(i, now);
  arm(i);
  if (alive) maybe_deep(i, now);
  while (!waiting_.empty() && in_flight_ < config_.max_in_flight) {
    const std::size_t next = waiting_.front();
    waiting_.pop_front();
    objects_[next].waiting = false;
    launch(next);
  }
  flush();
}

// A camera starts failing: check the others behind the same switch or recorder soon, so that a switch
// failure is confirmed for all of them within one group window (one equipment observation).
void Poller::Impl::expedite_siblings(std::size_t i, Clock::time_point now) {
  const std::string group_key = "siblings:" + objects_[i].code;
  ObjectState& o = objects_[i];
  if (o.siblings.empty()) return;
  auto& last = expedited_[group_key];
  if (last != Clock::time_point{} && now - last < config_.retry_after) return;
  last = now;
  const auto span = std::max<std::int64_t>(1, config_.retry_after.count() / 4);
  std::uniform_int_distribution<std::int64_t> jitter(0, span);
  for (std::size_t s : o.siblings) {
    ObjectState& sib = objects_[s];
    if (sib.in_flight || sib.waiting) continue;
    const auto soon = now + std::chrono::milliseconds(jitter(rng_));
    if (sib.due > soon + config_.retry_after / 2) {
      sib.due = soon;
      arm(s);
    }
  }
}

void Poller::Impl::finish_sweep_check(std::uint64_t sweep, Clock::time_point now) {
  auto it = sweeps_.find(sweep);
  if (it == sweeps_.end()) return;
  SweepRecord& rec = it->second;
  rec.last_finish = std::max(rec.last_finish, now);
  if (++rec.finished < objects_.size()) return;
  ++stats_.sweeps_completed;
  stats_.last_sweep_seconds = std::chrono::duration<double>(rec.last_finish - rec.first_start).count();
  if (rec.late) ++stats_.overruns;
  sweeps_.erase(it);
  // A sweep some object skipped (a whole interval lost) never completes: drop it, counted as an overrun.
  while (sweeps_.size() > 3) {
    sweeps_.erase(sweeps_.begin());
    ++stats_.overruns;
  }
}

}  // namespace camtrack::monitor
