// Worker-pool checks, judging of results and classification.
#include <boost/asio/post.hpp>

#include "monitor_log.hpp"
#include "poller_impl.hpp"

namespace camtrack::monitor {

namespace asio = boost::asio;

namespace {

std::size_t idx(CheckKind k) { return static_cast<std::size_t>(k); }

}  // namespace

void Poller::Impl::maybe_deep(std::size_t i, Clock::time_point now) {
  ObjectState& o = objects_[i];
  if (o.deep_in_flight) return;
  DeepRequest req;
  if (o.recorder) {
    req.recording = now >= o.deep_due[idx(CheckKind::recording)];
    req.auth = req.recording;
  } else {
    req.auth = now >= o.deep_due[idx(CheckKind::auth)];
    req.stream = now >= o.deep_due[idx(CheckKind::stream)];
    req.snapshot = now >= o.deep_due[idx(CheckKind::snapshot)];
  }
  req.events = events_due(o, now);
  if (!req.auth && !req.stream && !req.snapshot && !req.recording && !req.events) return;
  if (deep_pending_ >= config_.max_deep_queue) {
    ++stats_.deep_checks_skipped;
    return;
  }
  req.device_url = o.device_url;
  req.credentials = o.credentials;
  req.clock_offset_seconds = o.clock_offset;
  req.services = o.services;
  req.stream_uri = o.stream_uri;
  req.snapshot_uri = o.snapshot_uri;
  req.subscription = o.subscription;
  req.timeout = config_.deep_timeout;
  o.deep_in_flight = true;
  ++deep_pending_;
  asio::post(*pool_, [this, i, req] {
    DeepResult result = run_deep_checks(req);
    asio::post(io_, [this, i, result = std::move(result)] { on_deep(i, result); });
  });
}

void Poller::Impl::on_deep(std::size_t i, const DeepResult& r) {
  ObjectState& o = objects_[i];
  const auto now = Clock::now();
  o.deep_in_flight = false;
  --deep_pending_;
  ++stats_.deep_checks;
  stats_.deep_latency.observe(std::chrono::duration<double>(r.latency).count());
  o.services = r.services;
  o.stream_uri = r.stream_uri;
  o.snapshot_uri = r.snapshot_uri;
  // A failing check is re-run after retry_after, a passing one after its interval.
  auto next = [&](CheckKind k, std::chrono::milliseconds every) {
    const HealthTracker& t = o.trackers[idx(k)];
    const bool settling = t.health() == Health::failing || t.health() == Health::recovering;
    o.deep_due[idx(k)] = now + (settling ? std::min(every, config_.retry_after) : every);
  };
  if (r.auth) {
    record(i, CheckKind::auth, *r.auth);
    next(CheckKind::auth, o.recorder ? config_.recording_interval : config_.auth_interval);
  }
  if (r.stream) {
    record(i, CheckKind::stream, *r.stream);
    next(CheckKind::stream, config_.stream_interval);
  }
  if (r.snapshot) {
    const CheckOutcome judged = judge_snapshot(*r.snapshot, o.frozen, config_.snapshot);
    record(i, CheckKind::snapshot, judged);
    if (judged.ok && !r.snapshot_jpeg.empty()) keep_snapshot(i, r.snapshot_jpeg);
    next(CheckKind::snapshot, config_.snapshot_interval);
  }
  if (r.recording) {
    record(i, CheckKind::recording, *r.recording);
    if (r.recording->ok) {
      std::optional<Instant> earliest;
      if (r.earliest_footage) earliest = *r.earliest_footage;
      o.retention = judge_retention(earliest, site_.site_started, wall_now(), config_.retention_days);
      record(i, CheckKind::retention,
             o.retention->shortfall ? CheckOutcome::bad(FaultReason::retention_short) : CheckOutcome::good());
    }
    next(CheckKind::recording, config_.recording_interval);
    const HealthTracker& rt = o.trackers[idx(CheckKind::retention)];
    if (rt.health() == Health::failing || rt.health() == Health::recovering) {
      o.deep_due[idx(CheckKind::recording)] = std::min(o.deep_due[idx(CheckKind::recording)], now + config_.retry_after);
    }
  }
  if (r.events) on_events(i, *r.events, now);
  flush();
}

void Poller::Impl::record(std::size_t i, CheckKind kind, const CheckOutcome& outcome) {
  ObjectState& o = objects_[i];
  const HealthChange change = o.trackers[idx(kind)].record(outcome, wall_now(), config_.debounce);
  if (change == HealthChange::none) return;
  log()->info("{}={} check={} {} reason={}", o.recorder ? "recorder" : "camera", o.code, check_kind_name(kind),
              change == HealthChange::confirmed ? "fault confirmed" : "fault cleared",
              fault_reason_name(change == HealthChange::confirmed ? outcome.reason : FaultReason::none));
  aggregate(i);
}

// The object's faults as the classifier must know them: any confirmed check = faulty.
void Poller::Impl::aggregate(std::size_t i) {
  ObjectState& o = objects_[i];
  const Instant now = wall_now();
  // The reason told is the first confirmed check's; "resumed" only when nothing better is known.
  const HealthTracker* worst = nullptr;
  for (int k = 0; k < check_kind_count; ++k) {
    const HealthTracker& t = o.trackers[static_cast<std::size_t>(k)];
    if (static_cast<CheckKind>(k) == CheckKind::retention || !t.faulty()) continue;
    if (worst == nullptr || (worst->reason() == FaultReason::resumed && t.reason() != FaultReason::resumed)) {
      worst = &t;
    }
  }
  const bool faulty = worst != nullptr;
  if (faulty != o.reported_faulty) {
    o.reported_faulty = faulty;
    const Instant occurred = faulty ? worst->first_failure().value_or(now) : now;
    if (o.recorder) {
      if (faulty) classifier_.recorder_failed(o.code, worst->reason(), occurred, now);
      else classifier_.recorder_cleared(o.code, false, now);
    } else {
      if (faulty) classifier_.camera_failed(o.code, worst->reason(), occurred, now);
      else classifier_.camera_cleared(o.code, now);
    }
  }
  if (o.recorder) {
    const HealthTracker& rt = o.trackers[idx(CheckKind::retention)];
    if (rt.faulty() != o.reported_retention) {
      o.reported_retention = rt.faulty();
      if (rt.faulty()) {
        classifier_.recorder_failed(o.code, FaultReason::retention_short, rt.first_failure().value_or(now), now);
      } else {
        classifier_.recorder_cleared(o.code, true, now);
      }
    }
  }
}

void Poller::Impl::flush() {
  for (const Observation& obs : classifier_.take(wall_now())) {
    log()->warn("observation {} {} key={} cameras={}", observation_action_name(obs.action),
                incidents::incident_kind_name(obs.kind), obs.fault_key, obs.cameras.size());
    if (sink_) sink_(obs);
  }
}

void Poller::Impl::tick() {
  flush();  // group windows end without any check finishing
  tick_timer_.expires_after(std::chrono::milliseconds(std::min<std::int64_t>(1000, config_.interval.count())));
  tick_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) tick();
  });
}

}  // namespace camtrack::monitor
