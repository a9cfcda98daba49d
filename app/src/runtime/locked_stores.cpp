// Forwarding under the shared mutex (see locked_stores.hpp).
#include "runtime/locked_stores.hpp"

namespace camtrack::app {

using namespace camtrack::incidents;

#define CAMTRACK_LOCKED(call)                  \
  do {                                         \
    const std::lock_guard<std::mutex> lock(mutex_); \
    return call;                               \
  } while (false)

Outcome<OpenResult> LockedIncidents::open_incident(const Actor& a, const OpenRequest& r, Instant now) {
  CAMTRACK_LOCKED(commands_.open_incident(a, r, now));
}
Outcome<Done> LockedIncidents::mark_notified(const Actor& a, std::int64_t id, const Notice& n, Instant now) {
  CAMTRACK_LOCKED(commands_.mark_notified(a, id, n, now));
}
Outcome<Done> LockedIncidents::assign(const Actor& a, std::int64_t id, const std::string& technician, Instant now) {
  CAMTRACK_LOCKED(commands_.assign(a, id, technician, now));
}
Outcome<Done> LockedIncidents::add_note(const Actor& a, std::int64_t id, const std::string& text, Instant now) {
  CAMTRACK_LOCKED(commands_.add_note(a, id, text, now));
}
Outcome<Done> LockedIncidents::mark_restored(const Actor& a, std::int64_t id, Instant restored_at, Instant now) {
  CAMTRACK_LOCKED(commands_.mark_restored(a, id, restored_at, now));
}
Outcome<Done> LockedIncidents::require_final_snapshot(const Actor& a, std::int64_t id, bool required, Instant now) {
  CAMTRACK_LOCKED(commands_.require_final_snapshot(a, id, required, now));
}
Outcome<Done> LockedIncidents::close(const Actor& a, std::int64_t id, const RepairReport& r, Instant now) {
  CAMTRACK_LOCKED(commands_.close(a, id, r, now));
}
Outcome<Done> LockedIncidents::reopen(const Actor& a, std::int64_t id, Instant returned_at, Instant now) {
  CAMTRACK_LOCKED(commands_.reopen(a, id, returned_at, now));
}
Outcome<Done> LockedIncidents::explain_overdue(const Actor& a, std::int64_t id, const std::string& reason,
                                               const std::optional<Date>& expected, Instant now) {
  CAMTRACK_LOCKED(commands_.explain_overdue(a, id, reason, expected, now));
}
Outcome<VehicleEntry> LockedIncidents::log_vehicle(const Actor& a, const VehicleEntryInput& in, Instant now) {
  CAMTRACK_LOCKED(commands_.log_vehicle(a, in, now));
}
Outcome<IncidentPage> LockedIncidents::list_incidents(const Actor& a, const IncidentFilter& f, Instant now) {
  CAMTRACK_LOCKED(queries_.list_incidents(a, f, now));
}
Outcome<IncidentDetail> LockedIncidents::incident_detail(const Actor& a, std::int64_t id, Instant now) {
  CAMTRACK_LOCKED(queries_.incident_detail(a, id, now));
}
Outcome<std::vector<VehicleEntry>> LockedIncidents::vehicle_log(const Actor& a, const VehicleLogFilter& f) {
  CAMTRACK_LOCKED(queries_.vehicle_log(a, f));
}

Outcome<Site> LockedInventory::site(const Actor& a) { CAMTRACK_LOCKED(inner_.site(a)); }
Outcome<Done> LockedInventory::save_site(const Actor& a, const Site& s, Instant now) {
  CAMTRACK_LOCKED(inner_.save_site(a, s, now));
}
Outcome<Camera> LockedInventory::save_camera(const Actor& a, const Camera& c, Instant now) {
  CAMTRACK_LOCKED(inner_.save_camera(a, c, now));
}
Outcome<Camera> LockedInventory::camera(const Actor& a, const std::string& code) {
  CAMTRACK_LOCKED(inner_.camera(a, code));
}
Outcome<std::vector<Camera>> LockedInventory::cameras(const Actor& a) { CAMTRACK_LOCKED(inner_.cameras(a)); }
Outcome<std::string> LockedInventory::camera_password(const Actor& a, const std::string& code) {
  CAMTRACK_LOCKED(inner_.camera_password(a, code));
}
Outcome<ImportSummary> LockedInventory::import_cameras(const Actor& a, const std::vector<CameraCsvRow>& rows,
                                                       Instant now) {
  CAMTRACK_LOCKED(inner_.import_cameras(a, rows, now));
}
Outcome<Recorder> LockedInventory::save_recorder(const Actor& a, const Recorder& r, Instant now) {
  CAMTRACK_LOCKED(inner_.save_recorder(a, r, now));
}
Outcome<std::vector<Recorder>> LockedInventory::recorders(const Actor& a) { CAMTRACK_LOCKED(inner_.recorders(a)); }
Outcome<Uplink> LockedInventory::save_uplink(const Actor& a, const Uplink& u, Instant now) {
  CAMTRACK_LOCKED(inner_.save_uplink(a, u, now));
}
Outcome<std::vector<Uplink>> LockedInventory::uplinks(const Actor& a) { CAMTRACK_LOCKED(inner_.uplinks(a)); }

#undef CAMTRACK_LOCKED

}  // namespace camtrack::app
