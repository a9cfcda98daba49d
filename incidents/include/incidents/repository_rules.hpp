// Rules every implementation of the incident and inventory interfaces shares, so the in-memory
// repository and the SQLite store behave the same (the contract tests run against both).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "incidents/clock_rules.hpp"
#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory.hpp"

namespace camtrack::incidents {

IncidentSummary summarize(const Incident& incident, Instant now);
bool matches(const IncidentFilter& filter, const Incident& incident, Instant now);
IncidentDetail make_detail(const Incident& incident, std::vector<IncidentEvent> timeline,
                           const ClockRules& clocks, Instant now);

// Looks up each camera code; not_found naming the first unknown code.
using CameraLookup = std::function<std::optional<Camera>(const std::string& code)>;
Outcome<Observation> resolve_request(const OpenRequest& request, const CameraLookup& lookup);

// What opening an observation does, given the latest incident with the same fault key: a new incident
// (transition.incident.id == 0), cameras merged into an active one, or a reopened one.
struct OpenPlan {
  Transition transition;
  OpenDecision decision = OpenDecision::create;
};
Outcome<OpenPlan> plan_open(const Actor& actor, const Observation& obs, const std::optional<Incident>& latest,
                            const ClockRules& clocks, const LifecyclePolicy& policy, Instant now);

// A validated vehicle-log entry for the gate camera's active incident, or why not. `gate` is the
// camera named in the input (nullopt: unknown), `incident` the active incident covering it, if any.
Outcome<VehicleEntry> prepare_vehicle_entry(const Actor& actor, const VehicleEntryInput& input,
                                            const std::optional<Camera>& gate,
                                            const std::optional<Incident>& incident, Instant now);

Refusal incident_not_found(std::int64_t id);
Refusal invalid_fields(const std::vector<FieldError>& errors);

}  // namespace camtrack::incidents
