// Read side of incidents for web/, notices/ and the CLI: filtered, paged lists (the shape of
// GET /api/v1/incidents) and the detail of one incident with its timeline. Any role may read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incidents/incident.hpp"
#include "incidents/outcome.hpp"
#include "incidents/roles.hpp"
#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {

struct IncidentFilter {
  std::optional<IncidentKind> kind;
  std::optional<IncidentState> state;
  std::optional<bool> overdue;            // derived at `now`
  std::optional<Instant> detected_from;   // inclusive
  std::optional<Instant> detected_to;     // exclusive
  std::optional<std::string> camera;      // camera code
  int offset = 0;
  int limit = 50;                         // 1..1000
};

// One row of the list: {"id","kind","state","cameras","detected_at","deadline_at","deadline_date","overdue"}.
struct IncidentSummary {
  std::int64_t id = 0;
  IncidentKind kind = IncidentKind::equipment;
  IncidentState state = IncidentState::open;
  std::vector<std::string> cameras;       // codes
  Instant detected_at{};
  Instant deadline_at{};
  Date deadline_date{};
  bool overdue = false;
};

// Newest detection first (then highest id).
struct IncidentPage {
  std::vector<IncidentSummary> items;
  std::int64_t total = 0;                 // matching incidents, all pages
};

struct IncidentDetail {
  Incident incident;
  bool overdue = false;
  bool explanation_due = false;           // the deadline was missed and no explanation is written yet
  ClockStatus clock;                      // from the injected ClockRule
  std::vector<IncidentEvent> timeline;    // oldest first
};

struct VehicleLogFilter {
  std::optional<std::int64_t> incident_id;
  std::optional<Instant> from;            // inclusive
  std::optional<Instant> to;              // exclusive
};

class IncidentQueries {
 public:
  virtual ~IncidentQueries() = default;
  virtual Outcome<IncidentPage> list_incidents(const Actor& actor, const IncidentFilter& filter, Instant now) = 0;
  virtual Outcome<IncidentDetail> incident_detail(const Actor& actor, std::int64_t id, Instant now) = 0;
  // Oldest first.
  virtual Outcome<std::vector<VehicleEntry>> vehicle_log(const Actor& actor, const VehicleLogFilter& filter) = 0;
};

// Checks the paging and the range of a filter (shared by every implementation).
std::optional<Refusal> check_filter(const IncidentFilter& filter);

}  // namespace camtrack::incidents
