// Opening incidents from observations, grouping cameras, and deciding merge / reopen / create.
#include <algorithm>

#include "incidents/lifecycle.hpp"
#include "incidents/permissions.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::incidents {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// In-scope camera codes of an observation, without duplicates, in order.
std::vector<std::string> legal_cameras(const Observation& obs, std::vector<std::string>& left_out) {
  std::vector<std::string> codes;
  for (const auto& cam : obs.cameras) {
    if (!in_legal_scope(cam.location)) {
      left_out.push_back(cam.code);
    } else if (std::find(codes.begin(), codes.end(), cam.code) == codes.end()) {
      codes.push_back(cam.code);
    }
  }
  return codes;
}

std::optional<Refusal> check_observation(const Observation& obs, Instant now) {
  for (const auto& cam : obs.cameras) {
    if (cam.code.empty()) return refuse(RefusalCode::invalid_input, "cameras: a camera code is empty");
  }
  if (obs.detected_at > now) {
    return refuse(RefusalCode::invalid_input, "detected_at: " + format_instant(obs.detected_at) +
                                                  " is in the future");
  }
  if (obs.occurred_at && *obs.occurred_at > obs.detected_at) {
    return refuse(RefusalCode::invalid_input, "occurred_at: must not be after detected_at");
  }
  return std::nullopt;
}

}  // namespace

std::string fault_key_of(const Observation& obs) {
  if (!obs.fault_key.empty()) return obs.fault_key;
  for (const auto& cam : obs.cameras) {
    if (in_legal_scope(cam.location)) return "camera:" + cam.code;
  }
  return std::string(incident_kind_name(obs.kind));
}

Outcome<Transition> open_incident(const Observation& obs, const Actor& actor, const ClockRules& clocks,
                                  const LifecyclePolicy& policy, Instant now) {
  if (auto denied = check_permission(actor, Command::open_incident)) return *denied;
  if (auto bad = check_observation(obs, now)) return *bad;
  std::vector<std::string> left_out;
  auto codes = legal_cameras(obs, left_out);
  if (obs.kind == IncidentKind::equipment && codes.empty()) {
    if (!left_out.empty()) {
      return refuse(RefusalCode::out_of_scope, "cameras of class 'other' (" + join(left_out) +
                                                   ") never open a legal incident; use an internal ticket");
    }
    return refuse(RefusalCode::invalid_input, "cameras: an equipment incident needs at least one camera");
  }
  Incident inc;
  inc.kind = obs.kind;
  inc.state = IncidentState::open;
  inc.fault_key = fault_key_of(obs);
  inc.cameras = codes;
  inc.detected_at = obs.detected_at;
  inc.occurred_at = obs.occurred_at.value_or(obs.detected_at);
  const Instant anchor = policy.anchor == ClockAnchor::occurred ? inc.occurred_at : inc.detected_at;
  inc.deadline = clocks.deadline(anchor, legal_working_days(obs.kind));
  std::string summary = std::string(incident_kind_name(obs.kind)) + " incident opened (" + inc.fault_key +
                        "), deadline " + format_date(inc.deadline.deadline_date);
  if (!codes.empty()) summary += "; cameras: " + join(codes);
  if (!left_out.empty()) summary += "; left out (class other): " + join(left_out);
  return Transition{inc, {{now, std::string(actor.username), "incident.opened", summary}}};
}

OpenDecision decide_open(const std::optional<Incident>& latest, Instant detected_at,
                         const LifecyclePolicy& policy) {
  if (!latest) return OpenDecision::create;
  if (is_active(latest->state)) return OpenDecision::merge;
  if (latest->restored_at && detected_at >= *latest->restored_at &&
      detected_at - *latest->restored_at <= policy.reopen_window) {
    return OpenDecision::reopen;
  }
  return OpenDecision::create;
}

Outcome<Transition> add_cameras(const Incident& incident, const Observation& obs, const Actor& actor,
                                Instant now) {
  if (auto denied = check_permission(actor, Command::open_incident)) return *denied;
  if (!is_active(incident.state)) {
    return refuse(RefusalCode::invalid_transition, "incident " + std::to_string(incident.id) + " is " +
                                                       std::string(incident_state_name(incident.state)) +
                                                       "; cameras can only join an active incident");
  }
  std::vector<std::string> left_out;
  Transition t{incident, {}};
  std::vector<std::string> added;
  for (const auto& code : legal_cameras(obs, left_out)) {
    if (std::find(t.incident.cameras.begin(), t.incident.cameras.end(), code) != t.incident.cameras.end()) continue;
    t.incident.cameras.push_back(code);
    added.push_back(code);
  }
  if (!added.empty()) {
    t.events.push_back({now, std::string(actor.username), "incident.cameras_added", "cameras added: " + join(added)});
  }
  return t;
}

}  // namespace camtrack::incidents
