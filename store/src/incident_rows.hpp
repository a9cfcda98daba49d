// Reading and writing incident rows (incidents, incident_cameras, overdue_explanations, incident_events)
// and their audit-log records. Callers hold the transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "incidents/incident.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"

namespace camtrack::store::detail {

std::int64_t to_unix(incidents::Instant at);
incidents::Instant from_unix(std::int64_t seconds);

std::optional<incidents::Incident> load_incident(Database& db, std::int64_t id);
std::optional<incidents::Incident> latest_with_fault(Database& db, const std::string& fault_key);
std::optional<incidents::Incident> active_covering(Database& db, const std::string& camera_code);
std::vector<std::string> incident_cameras(Database& db, std::int64_t id);
// The cameras of several incidents in one query (a list page, the active faults), by incident id.
std::unordered_map<std::int64_t, std::vector<std::string>> cameras_of(Database& db,
                                                                      const std::vector<std::int64_t>& ids);

// Inserts a new incident (its id is ignored) and returns the id it got.
std::int64_t insert_incident(Database& db, const incidents::Incident& incident);
// Writes the changes from `before` to `after` (cameras and explanations only ever grow).
void update_incident(Database& db, const incidents::Incident& before, const incidents::Incident& after);
// Appends each event to the timeline and the audit log, with before (null for a new incident) and after.
void record_events(Database& db, const incidents::Incident* before, const incidents::Incident& after,
                   const std::vector<incidents::IncidentEvent>& events);
std::vector<incidents::IncidentEvent> load_timeline(Database& db, std::int64_t id);

// Runs fn in a deferred read transaction (one consistent snapshot) unless one is already open.
void read_snapshot(Database& db, const std::function<void()>& fn);

std::string incident_json(const incidents::Incident& incident);

}  // namespace camtrack::store::detail
