// The uplink checks on the poller thread: every target of an uplink is checked in one round (endpoints
// by TCP connect or TLS handshake, gateway and vpn conditions from the host's files), the round is judged
// by judge_uplink and debounced like any check; a confirmed fault is one `link` observation.
#include "incidents/uplink_check.hpp"
#include "monitor_log.hpp"
#include "poller_impl.hpp"
#include "tls_probe.hpp"

namespace camtrack::monitor {

using incidents::UplinkCheckKind;

void Poller::Impl::arm_uplink(std::size_t u, Clock::duration after) {
  UplinkState& s = uplinks_[u];
  s.timer.expires_after(after);
  s.timer.async_wait([this, u](const boost::system::error_code& ec) {
    if (!ec) check_uplink(u);
  });
}

void Poller::Impl::check_uplink(std::size_t u) {
  UplinkState& s = uplinks_[u];
  if (s.targets.empty()) return;
  s.pending = s.targets.size();
  s.results.assign(s.targets.size(), {});
  s.notes.resize(s.targets.size());
  for (std::size_t t = 0; t < s.targets.size(); ++t) check_uplink_target(u, t);
}

void Poller::Impl::check_uplink_target(std::size_t u, std::size_t t) {
  const incidents::UplinkCheck& c = uplinks_[u].targets[t];
  const ProbeLimits limits{config_.check_timeout, 0};
  const HttpTarget endpoint{c.host, c.port, c.path};
  // An endpoint fails with the probe's reason; a vpn peer with vpn_down.
  auto judged = [this, u, t](bool is_endpoint, std::optional<FaultReason> as) {
    return [this, u, t, is_endpoint, as](ProbeReply reply) {
      const auto outcome = reply.answered ? CheckOutcome::good() : CheckOutcome::bad(as.value_or(reply.failure));
      uplink_target_done(u, t, {is_endpoint, outcome}, std::move(reply.note));
    };
  };
  switch (c.kind) {
    case UplinkCheckKind::gateway:
      uplink_target_done(u, t, {false, check_gateway(config_.host_network, c.host)});
      return;
    case UplinkCheckKind::vpn:
      if (auto up = check_vpn_interface(config_.host_network, c.interface_name); !up.ok || c.port == 0) {
        uplink_target_done(u, t, {false, up});
        return;
      }
      async_tcp_connect(io_, endpoint, limits, judged(false, FaultReason::vpn_down));
      return;
    case UplinkCheckKind::https:
      async_tls_handshake(io_, tls_, endpoint, limits, judged(true, std::nullopt));
      return;
    case UplinkCheckKind::tcp:
    case UplinkCheckKind::http:
      async_tcp_connect(io_, endpoint, limits, judged(true, std::nullopt));
      return;
  }
}

void Poller::Impl::uplink_target_done(std::size_t u, std::size_t t, UplinkTargetResult result, std::string note) {
  UplinkState& s = uplinks_[u];
  s.results[t] = result;
  if (result.outcome.ok && note != s.notes[t]) {  // summarised: logged when it changes, not every round
    if (!note.empty()) {
      log()->warn("uplink={} target={} TLS certificate not trusted ({}); the handshake succeeded, so the link "
                  "counts as up", s.code, s.target_texts[t], note);
    }
    s.notes[t] = note;
  }
  if (--s.pending == 0) uplink_done(u);
}

void Poller::Impl::uplink_done(std::size_t u) {
  UplinkState& s = uplinks_[u];
  const Instant now = wall_now();
  const CheckOutcome outcome = judge_uplink(s.results);
  const HealthChange change = s.tracker.record(outcome, now, config_.debounce);
  s.last_checked = now;
  if (outcome.ok && !s.tracker.faulty()) s.last_good = now;
  if (change != HealthChange::none) {
    log()->warn("uplink={} {} reason={}", s.code, change == HealthChange::confirmed ? "down" : "up again",
                fault_reason_name(outcome.reason));
  }
  if (s.tracker.faulty() != s.reported_faulty) {
    s.reported_faulty = s.tracker.faulty();
    if (s.reported_faulty) {
      classifier_.uplink_failed(s.code, s.tracker.reason(), s.tracker.first_failure().value_or(now), now);
    } else {
      classifier_.uplink_cleared(s.code, now);
    }
  }
  flush();
  const bool settling = s.tracker.health() == Health::failing || s.tracker.health() == Health::recovering;
  arm_uplink(u, settling ? std::min(config_.uplink_interval, config_.retry_after) : config_.uplink_interval);
}

}  // namespace camtrack::monitor
