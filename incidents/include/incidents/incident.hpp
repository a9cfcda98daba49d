// Incidents (REGULATION.md §3): kinds with their legal clocks, the lifecycle states, and the record
// kept for each incident. The transitions are in lifecycle.hpp; this header only holds values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

enum class IncidentKind { equipment, link };

// Working days to restore: 10 for equipment, 3 for the link to customs.
constexpr int legal_working_days(IncidentKind kind) { return kind == IncidentKind::equipment ? 10 : 3; }

constexpr std::string_view incident_kind_name(IncidentKind k) {
  return k == IncidentKind::equipment ? "equipment" : "link";
}

constexpr std::optional<IncidentKind> parse_incident_kind(std::string_view s) {
  if (s == "equipment") return IncidentKind::equipment;
  if (s == "link") return IncidentKind::link;
  return std::nullopt;
}

enum class IncidentState { open, notified, in_repair, restored, closed, reopened };

constexpr std::string_view incident_state_name(IncidentState s) {
  switch (s) {
    case IncidentState::open: return "open";
    case IncidentState::notified: return "notified";
    case IncidentState::in_repair: return "in_repair";
    case IncidentState::restored: return "restored";
    case IncidentState::closed: return "closed";
    case IncidentState::reopened: return "reopened";
  }
  return "open";
}

constexpr std::optional<IncidentState> parse_incident_state(std::string_view s) {
  for (auto st : {IncidentState::open, IncidentState::notified, IncidentState::in_repair,
                  IncidentState::restored, IncidentState::closed, IncidentState::reopened}) {
    if (incident_state_name(st) == s) return st;
  }
  return std::nullopt;
}

// Active = the fault is not fixed: the legal clock is running.
constexpr bool is_active(IncidentState s) { return s != IncidentState::restored && s != IncidentState::closed; }

struct Notice {
  std::string number;   // e.g. "12/TB-ABC"
  Instant sent_at{};
};

struct RepairReport {
  std::string cause;
  std::string action;
  std::string parts;                          // may be empty
  int minutes_spent = 0;
  std::optional<std::string> final_snapshot;  // reference to the proof image, when required
};

struct OverdueExplanation {
  std::string reason;
  Date expected_completion{};
  Instant written_at{};
  std::string author;
};

struct Incident {
  std::int64_t id = 0;
  IncidentKind kind = IncidentKind::equipment;
  IncidentState state = IncidentState::open;
  std::string fault_key;                 // what failed, e.g. "recorder:NVR-01"; the same key = the same fault
  std::vector<std::string> cameras;      // camera codes, in the order first reported
  Instant occurred_at{};
  Instant detected_at{};
  Deadline deadline;                     // from the anchor instant (detection by default)
  std::optional<Notice> notice;
  std::optional<std::string> technician;
  std::optional<Instant> restored_at;    // the clock stops here
  std::optional<Instant> closed_at;
  std::optional<RepairReport> report;
  bool final_snapshot_required = false;
  std::vector<OverdueExplanation> explanations;
  int reopen_count = 0;
};

// Derived: the deadline passed while the fault was not fixed.
inline bool is_overdue(const Incident& i, Instant now) {
  return !i.restored_at.has_value() && now >= i.deadline.deadline_at;
}
// Restored (or still not restored) after the deadline: an overdue explanation is due.
inline bool missed_deadline(const Incident& i, Instant now) {
  return (i.restored_at ? *i.restored_at : now) >= i.deadline.deadline_at;
}

// One entry of an incident's timeline (also written to the audit log with before/after).
struct IncidentEvent {
  Instant at{};
  std::string actor;
  std::string action;   // e.g. incident.opened, incident.notified, incident.note
  std::string summary;  // one line for people
};

}  // namespace camtrack::incidents
