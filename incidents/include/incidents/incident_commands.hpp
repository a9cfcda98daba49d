// Write side of incidents for web/, monitor/ and the CLI. Each command checks the actor's role, applies
// one lifecycle transition (lifecycle.hpp) and records the change and its history atomically.
// Refusals (role, state, bad input) are values with a reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incidents/incident.hpp"
#include "incidents/lifecycle.hpp"
#include "incidents/outcome.hpp"
#include "incidents/roles.hpp"
#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {

// An observation as monitor/ or a person reports it: cameras by code (their classes come from the
// inventory).
struct OpenRequest {
  IncidentKind kind = IncidentKind::equipment;
  std::string fault_key;                 // empty: derived from kind and the first camera
  std::vector<std::string> cameras;      // camera codes
  Instant detected_at{};
  std::optional<Instant> occurred_at;
};

struct OpenResult {
  std::int64_t incident_id = 0;
  OpenDecision decision = OpenDecision::create;  // created, merged into an active one, or reopened
};

class IncidentCommands {
 public:
  virtual ~IncidentCommands() = default;
  // Same fault key as an active incident: its cameras join it; as one restored within the reopen
  // window: it is reopened; otherwise a new incident.
  virtual Outcome<OpenResult> open_incident(const Actor& actor, const OpenRequest& request, Instant now) = 0;
  virtual Outcome<Done> mark_notified(const Actor& actor, std::int64_t id, const Notice& notice, Instant now) = 0;
  virtual Outcome<Done> assign(const Actor& actor, std::int64_t id, const std::string& technician, Instant now) = 0;
  virtual Outcome<Done> add_note(const Actor& actor, std::int64_t id, const std::string& text, Instant now) = 0;
  virtual Outcome<Done> mark_restored(const Actor& actor, std::int64_t id, Instant restored_at, Instant now) = 0;
  virtual Outcome<Done> require_final_snapshot(const Actor& actor, std::int64_t id, bool required, Instant now) = 0;
  virtual Outcome<Done> close(const Actor& actor, std::int64_t id, const RepairReport& report, Instant now) = 0;
  virtual Outcome<Done> reopen(const Actor& actor, std::int64_t id, Instant returned_at, Instant now) = 0;
  virtual Outcome<Done> explain_overdue(const Actor& actor, std::int64_t id, const std::string& reason,
                                        const std::optional<Date>& expected_completion, Instant now) = 0;
  // Refused unless an active incident covers the gate camera named in the entry.
  virtual Outcome<VehicleEntry> log_vehicle(const Actor& actor, const VehicleEntryInput& input, Instant now) = 0;
};

}  // namespace camtrack::incidents
