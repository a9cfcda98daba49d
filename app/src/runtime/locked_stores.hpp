// The incident and inventory interfaces made safe for the web server's threads: each call takes one
// mutex shared by everything on the web services' SQLite connection, then forwards to the store.
// (A single connection keeps each command's transaction private to it; the queries behind the pages
// take well under a millisecond with the indexes, so two server threads rarely wait for each other.)
#pragma once

#include <mutex>

#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory_repository.hpp"

namespace camtrack::app {

class LockedIncidents final : public incidents::IncidentCommands, public incidents::IncidentQueries {
 public:
  LockedIncidents(std::mutex& mutex, incidents::IncidentCommands& commands, incidents::IncidentQueries& queries)
      : mutex_(mutex), commands_(commands), queries_(queries) {}

  using Actor = incidents::Actor;
  using Instant = incidents::Instant;
  template <typename T>
  using Outcome = incidents::Outcome<T>;
  using Done = incidents::Done;

  Outcome<incidents::OpenResult> open_incident(const Actor& a, const incidents::OpenRequest& r, Instant now) override;
  Outcome<Done> mark_notified(const Actor& a, std::int64_t id, const incidents::Notice& n, Instant now) override;
  Outcome<Done> assign(const Actor& a, std::int64_t id, const std::string& technician, Instant now) override;
  Outcome<Done> add_note(const Actor& a, std::int64_t id, const std::string& text, Instant now) override;
  Outcome<Done> mark_restored(const Actor& a, std::int64_t id, Instant restored_at, Instant now) override;
  Outcome<Done> require_final_snapshot(const Actor& a, std::int64_t id, bool required, Instant now) override;
  Outcome<Done> close(const Actor& a, std::int64_t id, const incidents::RepairReport& r, Instant now) override;
  Outcome<Done> reopen(const Actor& a, std::int64_t id, Instant returned_at, Instant now) override;
  Outcome<Done> explain_overdue(const Actor& a, std::int64_t id, const std::string& reason,
                                const std::optional<incidents::Date>& expected, Instant now) override;
  Outcome<incidents::VehicleEntry> log_vehicle(const Actor& a, const incidents::VehicleEntryInput& in,
                                               Instant now) override;
  Outcome<incidents::IncidentPage> list_incidents(const Actor& a, const incidents::IncidentFilter& f,
                                                  Instant now) override;
  Outcome<incidents::IncidentDetail> incident_detail(const Actor& a, std::int64_t id, Instant now) override;
  Outcome<std::vector<incidents::VehicleEntry>> vehicle_log(const Actor& a,
                                                            const incidents::VehicleLogFilter& f) override;

 private:
  std::mutex& mutex_;
  incidents::IncidentCommands& commands_;
  incidents::IncidentQueries& queries_;
};

class LockedInventory final : public incidents::InventoryRepository {
 public:
  LockedInventory(std::mutex& mutex, incidents::InventoryRepository& inner) : mutex_(mutex), inner_(inner) {}

  using Actor = incidents::Actor;
  using Instant = incidents::Instant;
  template <typename T>
  using Outcome = incidents::Outcome<T>;

  Outcome<incidents::Site> site(const Actor& a) override;
  Outcome<incidents::Done> save_site(const Actor& a, const incidents::Site& s, Instant now) override;
  Outcome<incidents::Camera> save_camera(const Actor& a, const incidents::Camera& c, Instant now) override;
  Outcome<incidents::Camera> camera(const Actor& a, const std::string& code) override;
  Outcome<std::vector<incidents::Camera>> cameras(const Actor& a) override;
  Outcome<std::string> camera_password(const Actor& a, const std::string& code) override;
  Outcome<incidents::ImportSummary> import_cameras(const Actor& a, const std::vector<incidents::CameraCsvRow>& rows,
                                                   Instant now) override;
  Outcome<incidents::Recorder> save_recorder(const Actor& a, const incidents::Recorder& r, Instant now) override;
  Outcome<std::vector<incidents::Recorder>> recorders(const Actor& a) override;
  Outcome<incidents::Uplink> save_uplink(const Actor& a, const incidents::Uplink& u, Instant now) override;
  Outcome<std::vector<incidents::Uplink>> uplinks(const Actor& a) override;

 private:
  std::mutex& mutex_;
  incidents::InventoryRepository& inner_;
};

}  // namespace camtrack::app
