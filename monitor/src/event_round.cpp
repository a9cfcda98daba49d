#include "event_round.hpp"

namespace camtrack::monitor {

namespace {

// Pulls until a pull comes back short of the limit (or max_pulls); false when a pull fails.
bool pull_all(onvif::DeviceClient& client, const onvif::Subscription& sub, const EventRoundLimits& limits,
              std::vector<onvif::Event>& out) {
  for (int i = 0; i < limits.max_pulls; ++i) {
    auto pulled = client.pull_messages(sub, limits.wait, limits.message_limit);
    if (!pulled.ok) return false;
    const bool full = pulled.value.size() >= static_cast<std::size_t>(limits.message_limit);
    out.insert(out.end(), pulled.value.begin(), pulled.value.end());
    if (!full) break;
  }
  return true;
}

}  // namespace

EventRound run_event_round(onvif::DeviceClient& client, const std::optional<onvif::Subscription>& subscription,
                           const EventRoundLimits& limits) {
  EventRound round;
  if (subscription && pull_all(client, *subscription, limits, round.events)) {
    round.status = EventRound::Status::pulled;
    round.subscription = subscription;
    return round;
  }
  // No subscription yet, or it was lost (expired, device restarted): subscribe again.
  round.events.clear();
  auto created = client.create_pull_point_subscription({}, limits.termination);
  if (!created.ok) {
    round.status = onvif::is_not_supported(created.error) ? EventRound::Status::unsupported : EventRound::Status::failed;
    return round;
  }
  round.fresh = true;
  if (!pull_all(client, created.value, limits, round.events)) {
    round.events.clear();
    return round;  // failed
  }
  round.status = EventRound::Status::pulled;
  round.subscription = created.value;
  return round;
}

}  // namespace camtrack::monitor
