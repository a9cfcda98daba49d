// The events check on the poller's thread: when a round is due, what its result does to the object's
// PullPoint subscription and event states, and the events tracker. The round itself runs on the worker
// pool (event_round.hpp); the states are applied here (event_states.hpp).
#include "monitor_log.hpp"
#include "poller_impl.hpp"

namespace camtrack::monitor {

namespace {

constexpr auto kEvents = static_cast<std::size_t>(CheckKind::events);

}  // namespace

bool Poller::Impl::events_due(const ObjectState& o, Clock::time_point now) const {
  return config_.events_interval.count() > 0 && now >= o.deep_due[kEvents];
}

void Poller::Impl::on_events(std::size_t i, const EventRound& round, Clock::time_point now) {
  ObjectState& o = objects_[i];
  // Deep rounds start after a reachability answer: due a little early so that an events interval equal
  // to the reachability interval is not stretched to two of them.
  const auto every = config_.events_interval - config_.events_interval / 10;
  switch (round.status) {
    case EventRound::Status::unsupported:
      if (!o.events_unsupported) {
        log()->info("{}={} offers no ONVIF events; asked again in {} s", o.recorder ? "recorder" : "camera", o.code,
                    std::chrono::duration_cast<std::chrono::seconds>(config_.events_unsupported_retry).count());
      }
      o.events_unsupported = true;
      o.subscription.reset();
      o.events.clear();
      // Never a fault: forget any state (also a fault resumed after a restart) and judge the others.
      o.trackers[kEvents] = HealthTracker{};
      aggregate(i);
      o.deep_due[kEvents] = now + config_.events_unsupported_retry;
      return;
    case EventRound::Status::failed:
      // Not a fault by itself (reachability judges dead devices): subscribe again next round.
      o.subscription.reset();
      o.deep_due[kEvents] = now + every;
      return;
    case EventRound::Status::pulled:
      break;
  }
  o.events_unsupported = false;
  o.subscription = round.subscription;
  if (round.fresh) o.events.clear();  // a new subscription restates every property ("Initialized")
  o.events.apply(round.events);
  record(i, CheckKind::events, o.events.outcome());
  const Health h = o.trackers[kEvents].health();
  const bool settling = h == Health::failing || h == Health::recovering;
  o.deep_due[kEvents] = now + (settling ? std::min<Clock::duration>(every, config_.retry_after) : every);
}

}  // namespace camtrack::monitor
