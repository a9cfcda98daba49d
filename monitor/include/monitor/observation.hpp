// What monitor/ tells the incidents domain: open (or join) an incident for a fault, restore it when the
// fault is gone, internal tickets for cameras outside Decision 247's scope, and warnings (clock drift).
// The app turns `open` into IncidentCommands::open_incident and `restore` into mark_restored.
#pragma once

#include <string>
#include <vector>

#include "incidents/incident.hpp"
#include "incidents/incident_commands.hpp"
#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

enum class ObservationAction {
  open,              // a legal incident: create, or join the active one with the same fault key
  restore,           // every object of the fault key is healthy again: mark the incident restored
  internal_open,     // cameras of class `other`: an internal ticket only, never a legal incident
  internal_restore,
  warning,           // not a fault: e.g. the device clock drifts (timestamps are evidence)
};

constexpr const char* observation_action_name(ObservationAction a) {
  switch (a) {
    case ObservationAction::open: return "open";
    case ObservationAction::restore: return "restore";
    case ObservationAction::internal_open: return "internal_open";
    case ObservationAction::internal_restore: return "internal_restore";
    case ObservationAction::warning: return "warning";
  }
  return "open";
}

struct Observation {
  ObservationAction action = ObservationAction::open;
  incidents::IncidentKind kind = incidents::IncidentKind::equipment;
  // "camera:<code>", "switch:<name>", "recorder:<code>", "retention:<code>", "uplink:<code>".
  std::string fault_key;
  std::vector<std::string> cameras;  // camera codes (for `open`: the cameras newly affected)
  std::vector<std::string> details;  // one line per object, e.g. "camera CAM-01: no_response"
  Instant at{};                      // detected_at (open) or restored_at (restore)
  Instant occurred_at{};             // first failed check (open)
};

// The request for IncidentCommands::open_incident.
incidents::OpenRequest to_open_request(const Observation& observation);

// A fault already open in the incident store when the poller starts: reported, never re-opened.
struct ActiveFault {
  std::string fault_key;
  incidents::IncidentKind kind = incidents::IncidentKind::equipment;
  std::vector<std::string> cameras;
  Instant detected_at{};
};

}  // namespace camtrack::monitor
