#include "incidents/repository_rules.hpp"

#include <algorithm>

#include "incidents/permissions.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::incidents {

std::optional<Refusal> check_filter(const IncidentFilter& f) {
  if (f.limit < 1 || f.limit > 1000) return refuse(RefusalCode::invalid_input, "limit: must be between 1 and 1000");
  if (f.offset < 0) return refuse(RefusalCode::invalid_input, "offset: must not be negative");
  if (f.detected_from && f.detected_to && *f.detected_to < *f.detected_from) {
    return refuse(RefusalCode::invalid_input, "date range: 'to' is before 'from'");
  }
  return std::nullopt;
}

IncidentSummary summarize(const Incident& i, Instant now) {
  return IncidentSummary{i.id,          i.kind,         i.state, i.cameras, i.detected_at, i.deadline.deadline_at,
                         i.deadline.deadline_date, is_overdue(i, now)};
}

bool matches(const IncidentFilter& f, const Incident& i, Instant now) {
  if (f.kind && *f.kind != i.kind) return false;
  if (f.state && *f.state != i.state) return false;
  if (f.overdue && *f.overdue != is_overdue(i, now)) return false;
  if (f.detected_from && i.detected_at < *f.detected_from) return false;
  if (f.detected_to && i.detected_at >= *f.detected_to) return false;
  if (f.camera && std::find(i.cameras.begin(), i.cameras.end(), *f.camera) == i.cameras.end()) return false;
  return true;
}

IncidentDetail make_detail(const Incident& i, std::vector<IncidentEvent> timeline, const ClockRules& clocks,
                           Instant now) {
  IncidentDetail d;
  d.incident = i;
  d.overdue = is_overdue(i, now);
  d.explanation_due = missed_deadline(i, now) && i.explanations.empty();
  // A restored incident's clock stopped at restoration.
  d.clock = clocks.status(i.deadline, i.restored_at ? *i.restored_at : now);
  d.timeline = std::move(timeline);
  return d;
}

Outcome<Observation> resolve_request(const OpenRequest& request, const CameraLookup& lookup) {
  Observation obs;
  obs.kind = request.kind;
  obs.fault_key = request.fault_key;
  obs.detected_at = request.detected_at;
  obs.occurred_at = request.occurred_at;
  for (const auto& code : request.cameras) {
    const auto cam = lookup(code);
    if (!cam) return refuse(RefusalCode::not_found, "cameras: no camera with code '" + code + "'");
    obs.cameras.push_back({cam->code, cam->location});
  }
  return obs;
}

Outcome<OpenPlan> plan_open(const Actor& actor, const Observation& obs, const std::optional<Incident>& latest,
                            const ClockRules& clocks, const LifecyclePolicy& policy, Instant now) {
  const OpenDecision decision = decide_open(latest, obs.detected_at, policy);
  if (decision == OpenDecision::create) {
    auto t = open_incident(obs, actor, clocks, policy, now);
    if (!t) return t.refusal();
    return OpenPlan{std::move(t).value(), decision};
  }
  Transition combined{*latest, {}};
  if (decision == OpenDecision::reopen) {
    auto t = reopen_incident(*latest, actor, obs.detected_at, policy, now);
    if (!t) return t.refusal();
    combined = std::move(t).value();
  }
  auto merged = add_cameras(combined.incident, obs, actor, now);
  if (!merged) return merged.refusal();
  combined.incident = merged->incident;
  for (const auto& e : merged->events) combined.events.push_back(e);
  return OpenPlan{std::move(combined), decision};
}

Outcome<VehicleEntry> prepare_vehicle_entry(const Actor& actor, const VehicleEntryInput& input,
                                            const std::optional<Camera>& gate,
                                            const std::optional<Incident>& incident, Instant now) {
  if (auto denied = check_permission(actor, Command::log_vehicle)) return *denied;
  auto checked = check_vehicle_entry(input, now);
  if (!checked.entry) return invalid_fields(checked.errors);
  if (!gate) return refuse(RefusalCode::not_found, "gate_camera: no camera with code '" + input.gate_camera + "'");
  if (gate->location != LocationClass::gate) {
    return refuse(RefusalCode::invalid_input, "gate_camera: '" + gate->code + "' is a " +
                                                  std::string(location_class_name(gate->location)) +
                                                  " camera, not a gate camera");
  }
  if (!incident) {
    return refuse(RefusalCode::invalid_transition, "no open incident affects gate camera '" + gate->code +
                                                       "'; the vehicle log is kept only while a gate camera is down");
  }
  VehicleEntry entry = *checked.entry;
  entry.incident_id = incident->id;
  entry.guard = std::string(actor.username);
  entry.recorded_at = now;
  return entry;
}

Refusal incident_not_found(std::int64_t id) {
  return refuse(RefusalCode::not_found, "no incident with id " + std::to_string(id));
}

Refusal invalid_fields(const std::vector<FieldError>& errors) {
  return refuse(RefusalCode::invalid_input, describe(errors));
}

}  // namespace camtrack::incidents
