// Forwarding on a free lane (see locked_stores.hpp).
#include "runtime/locked_stores.hpp"

namespace camtrack::app {

using namespace camtrack::incidents;

// The body of every forwarding function: call the store on a free lane.
#define CAMTRACK_LOCKED(call) return lanes_.with([&](StoreLane& lane) { return lane.call; })
// The same for a save of the inventory the monitor polls: the hook runs after the lane is released.
#define CAMTRACK_LOCKED_CHANGE(call) return changed(lanes_.with([&](StoreLane& lane) { return lane.call; }))

Outcome<OpenResult> LockedIncidents::open_incident(const Actor& a, const OpenRequest& r, Instant now) {
  CAMTRACK_LOCKED(incident_store.open_incident(a, r, now));
}
Outcome<Done> LockedIncidents::mark_notified(const Actor& a, std::int64_t id, const Notice& n, Instant now) {
  CAMTRACK_LOCKED(incident_store.mark_notified(a, id, n, now));
}
Outcome<Done> LockedIncidents::assign(const Actor& a, std::int64_t id, const std::string& technician, Instant now) {
  CAMTRACK_LOCKED(incident_store.assign(a, id, technician, now));
}
Outcome<Done> LockedIncidents::add_note(const Actor& a, std::int64_t id, const std::string& text, Instant now) {
  CAMTRACK_LOCKED(incident_store.add_note(a, id, text, now));
}
Outcome<Done> LockedIncidents::mark_restored(const Actor& a, std::int64_t id, Instant restored_at, Instant now) {
  CAMTRACK_LOCKED(incident_store.mark_restored(a, id, restored_at, now));
}
Outcome<Done> LockedIncidents::require_final_snapshot(const Actor& a, std::int64_t id, bool required, Instant now) {
  CAMTRACK_LOCKED(incident_store.require_final_snapshot(a, id, required, now));
}
Outcome<Done> LockedIncidents::close(const Actor& a, std::int64_t id, const RepairReport& r, Instant now) {
  CAMTRACK_LOCKED(incident_store.close(a, id, r, now));
}
Outcome<Done> LockedIncidents::reopen(const Actor& a, std::int64_t id, Instant returned_at, Instant now) {
  CAMTRACK_LOCKED(incident_store.reopen(a, id, returned_at, now));
}
Outcome<Done> LockedIncidents::explain_overdue(const Actor& a, std::int64_t id, const std::string& reason,
                                               const std::optional<Date>& expected, Instant now) {
  CAMTRACK_LOCKED(incident_store.explain_overdue(a, id, reason, expected, now));
}
Outcome<VehicleEntry> LockedIncidents::log_vehicle(const Actor& a, const VehicleEntryInput& in, Instant now) {
  CAMTRACK_LOCKED(incident_store.log_vehicle(a, in, now));
}
Outcome<IncidentPage> LockedIncidents::list_incidents(const Actor& a, const IncidentFilter& f, Instant now) {
  CAMTRACK_LOCKED(incident_store.list_incidents(a, f, now));
}
Outcome<IncidentDetail> LockedIncidents::incident_detail(const Actor& a, std::int64_t id, Instant now) {
  CAMTRACK_LOCKED(incident_store.incident_detail(a, id, now));
}
Outcome<std::vector<VehicleEntry>> LockedIncidents::vehicle_log(const Actor& a, const VehicleLogFilter& f) {
  CAMTRACK_LOCKED(incident_store.vehicle_log(a, f));
}

Outcome<Site> LockedInventory::site(const Actor& a) { CAMTRACK_LOCKED(inventory_store.site(a)); }
Outcome<Done> LockedInventory::save_site(const Actor& a, const Site& s, Instant now) {
  CAMTRACK_LOCKED(inventory_store.save_site(a, s, now));
}
Outcome<Camera> LockedInventory::save_camera(const Actor& a, const Camera& c, Instant now) {
  CAMTRACK_LOCKED_CHANGE(inventory_store.save_camera(a, c, now));
}
Outcome<Camera> LockedInventory::camera(const Actor& a, const std::string& code) {
  CAMTRACK_LOCKED(inventory_store.camera(a, code));
}
Outcome<std::vector<Camera>> LockedInventory::cameras(const Actor& a) { CAMTRACK_LOCKED(inventory_store.cameras(a)); }
Outcome<std::string> LockedInventory::camera_password(const Actor& a, const std::string& code) {
  CAMTRACK_LOCKED(inventory_store.camera_password(a, code));
}
Outcome<ImportSummary> LockedInventory::import_cameras(const Actor& a, const std::vector<CameraCsvRow>& rows,
                                                       Instant now) {
  CAMTRACK_LOCKED_CHANGE(inventory_store.import_cameras(a, rows, now));
}
Outcome<Recorder> LockedInventory::save_recorder(const Actor& a, const Recorder& r, Instant now) {
  CAMTRACK_LOCKED_CHANGE(inventory_store.save_recorder(a, r, now));
}
Outcome<std::vector<Recorder>> LockedInventory::recorders(const Actor& a) { CAMTRACK_LOCKED(inventory_store.recorders(a)); }
Outcome<std::string> LockedInventory::recorder_password(const Actor& a, const std::string& code) {
  CAMTRACK_LOCKED(inventory_store.recorder_password(a, code));
}
Outcome<Uplink> LockedInventory::save_uplink(const Actor& a, const Uplink& u, Instant now) {
  CAMTRACK_LOCKED_CHANGE(inventory_store.save_uplink(a, u, now));
}
Outcome<std::vector<Uplink>> LockedInventory::uplinks(const Actor& a) { CAMTRACK_LOCKED(inventory_store.uplinks(a)); }

#undef CAMTRACK_LOCKED
#undef CAMTRACK_LOCKED_CHANGE

}  // namespace camtrack::app
