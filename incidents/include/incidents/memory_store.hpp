// An in-memory implementation of the incident and inventory interfaces: the reference the SQLite store
// is tested against (same contract suite), and a fake for web/ and notices/ tests. Not persistent.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "incidents/clock_rules.hpp"
#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory_repository.hpp"

namespace camtrack::incidents {

class MemoryStore final : public IncidentCommands, public IncidentQueries, public InventoryRepository {
 public:
  explicit MemoryStore(ClockRules clocks, LifecyclePolicy policy = {});

  Outcome<OpenResult> open_incident(const Actor& actor, const OpenRequest& request, Instant now) override;
  Outcome<Done> mark_notified(const Actor& actor, std::int64_t id, const Notice& notice, Instant now) override;
  Outcome<Done> assign(const Actor& actor, std::int64_t id, const std::string& technician, Instant now) override;
  Outcome<Done> add_note(const Actor& actor, std::int64_t id, const std::string& text, Instant now) override;
  Outcome<Done> mark_restored(const Actor& actor, std::int64_t id, Instant restored_at, Instant now) override;
  Outcome<Done> require_final_snapshot(const Actor& actor, std::int64_t id, bool required, Instant now) override;
  Outcome<Done> close(const Actor& actor, std::int64_t id, const RepairReport& report, Instant now) override;
  Outcome<Done> reopen(const Actor& actor, std::int64_t id, Instant returned_at, Instant now) override;
  Outcome<Done> explain_overdue(const Actor& actor, std::int64_t id, const std::string& reason,
                                const std::optional<Date>& expected_completion, Instant now) override;
  Outcome<VehicleEntry> log_vehicle(const Actor& actor, const VehicleEntryInput& input, Instant now) override;

  Outcome<IncidentPage> list_incidents(const Actor& actor, const IncidentFilter& filter, Instant now) override;
  Outcome<IncidentDetail> incident_detail(const Actor& actor, std::int64_t id, Instant now) override;
  Outcome<std::vector<VehicleEntry>> vehicle_log(const Actor& actor, const VehicleLogFilter& filter) override;

  Outcome<Site> site(const Actor& actor) override;
  Outcome<Done> save_site(const Actor& actor, const Site& site, Instant now) override;
  Outcome<Camera> save_camera(const Actor& actor, const Camera& camera, Instant now) override;
  Outcome<Camera> camera(const Actor& actor, const std::string& code) override;
  Outcome<std::vector<Camera>> cameras(const Actor& actor) override;
  Outcome<std::string> camera_password(const Actor& actor, const std::string& code) override;
  Outcome<ImportSummary> import_cameras(const Actor& actor, const std::vector<CameraCsvRow>& rows,
                                        Instant now) override;
  Outcome<Recorder> save_recorder(const Actor& actor, const Recorder& recorder, Instant now) override;
  Outcome<std::vector<Recorder>> recorders(const Actor& actor) override;
  Outcome<std::string> recorder_password(const Actor& actor, const std::string& code) override;
  Outcome<Uplink> save_uplink(const Actor& actor, const Uplink& uplink, Instant now) override;
  Outcome<std::vector<Uplink>> uplinks(const Actor& actor) override;

 private:
  template <typename F>
  Outcome<Done> apply(std::int64_t id, F&& transition);
  void commit(const Transition& t);
  std::optional<Camera> find_camera(const std::string& code) const;
  std::optional<Incident> latest_with_fault(const std::string& fault_key) const;
  std::optional<Incident> active_covering(const std::string& camera_code) const;
  Camera stored_view(const Camera& camera) const;
  Recorder stored_view(const Recorder& recorder) const;

  ClockRules clocks_;
  LifecyclePolicy policy_;
  std::map<std::int64_t, Incident> incidents_;
  std::map<std::int64_t, std::vector<IncidentEvent>> timelines_;
  std::vector<VehicleEntry> vehicle_log_;
  std::optional<Site> site_;
  std::map<std::string, Camera> cameras_;          // by code, password kept in `password`
  std::map<std::string, Recorder> recorders_;      // by code, password kept in `password`
  std::map<std::string, Uplink> uplinks_;
  std::int64_t next_camera_id_ = 1, next_recorder_id_ = 1, next_uplink_id_ = 1;
};

}  // namespace camtrack::incidents
