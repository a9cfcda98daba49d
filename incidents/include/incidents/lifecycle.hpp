// The incident lifecycle as pure functions (REGULATION.md §3):
//   open → notified → in_repair → restored → closed, and restored/closed → reopened when the same fault
//   returns within the reopen window; `overdue` is derived (is_overdue in incident.hpp).
// Every function checks the actor's role, then returns the new incident and the events to record, or a
// Refusal saying why not. No I/O, no clock reads: `now` is a parameter.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "incidents/clock_rules.hpp"
#include "incidents/incident.hpp"
#include "incidents/location_class.hpp"
#include "incidents/outcome.hpp"
#include "incidents/roles.hpp"

namespace camtrack::incidents {

struct Transition {
  Incident incident;
  std::vector<IncidentEvent> events;  // empty: nothing changed, nothing to store
};

struct AffectedCamera {
  std::string code;
  LocationClass location = LocationClass::other;
};

// What monitor/ (or a person) saw: a fault of one kind taking down some cameras.
struct Observation {
  IncidentKind kind = IncidentKind::equipment;
  std::string fault_key;                // what failed; empty: derived from kind and first camera
  std::vector<AffectedCamera> cameras;
  Instant detected_at{};
  std::optional<Instant> occurred_at;   // default: detected_at
};

// The observation's fault key, or the one derived from kind and first in-scope camera when empty.
std::string fault_key_of(const Observation& obs);

// A new incident (id 0) for the observation. Cameras of class `other` are left out of the legal
// incident; an equipment observation with only such cameras is refused (out_of_scope: internal ticket).
Outcome<Transition> open_incident(const Observation& obs, const Actor& actor, const ClockRules& clocks,
                                  const LifecyclePolicy& policy, Instant now);

// How an observation relates to the latest incident with the same fault key.
enum class OpenDecision { create, merge, reopen };
OpenDecision decide_open(const std::optional<Incident>& latest_same_fault, Instant detected_at,
                         const LifecyclePolicy& policy);

// Adds the observation's in-scope cameras to an active incident (grouping); no events if none is new.
Outcome<Transition> add_cameras(const Incident& incident, const Observation& obs, const Actor& actor,
                                Instant now);

Outcome<Transition> mark_notified(const Incident& incident, const Actor& actor, const Notice& notice,
                                  Instant now);
Outcome<Transition> assign_technician(const Incident& incident, const Actor& actor,
                                      const std::string& technician, Instant now);
Outcome<Transition> add_note(const Incident& incident, const Actor& actor, const std::string& text,
                             Instant now);
// The clock stops at `restored_at` (not later than now, not before detection).
Outcome<Transition> mark_restored(const Incident& incident, const Actor& actor, Instant restored_at,
                                  Instant now);
Outcome<Transition> require_final_snapshot(const Incident& incident, const Actor& actor, bool required,
                                           Instant now);
Outcome<Transition> close_incident(const Incident& incident, const Actor& actor, const RepairReport& report,
                                   Instant now);
// The fault came back at `returned_at`, within policy.reopen_window after restoration.
Outcome<Transition> reopen_incident(const Incident& incident, const Actor& actor, Instant returned_at,
                                    const LifecyclePolicy& policy, Instant now);
// Due when the deadline passed before restoration; the expected date must not be before today (UTC+7).
Outcome<Transition> explain_overdue(const Incident& incident, const Actor& actor, const std::string& reason,
                                    const std::optional<Date>& expected_completion, Instant now);

}  // namespace camtrack::incidents
