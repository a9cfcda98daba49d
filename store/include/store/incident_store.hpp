// The SQLite implementation of the incident commands and queries (incidents/incident_commands.hpp,
// incident_queries.hpp). Each command is one transaction: it loads the incident, applies the pure
// lifecycle transition, writes the new state, the timeline and the audit-log records together, so a
// crash leaves the old state or the new one. A refused command writes nothing.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "incidents/clock_rules.hpp"
#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"

namespace camtrack::store {

class Database;

// An incident still active (not restored, not closed): what the poller must know after a restart.
struct ActiveFault {
  std::int64_t incident_id = 0;
  std::string fault_key;
  incidents::IncidentKind kind = incidents::IncidentKind::equipment;
  std::vector<std::string> cameras;
  incidents::Instant detected_at{};
};

class IncidentStore final : public incidents::IncidentCommands, public incidents::IncidentQueries {
 public:
  // `db` must outlive the store. The clocks come from the working-day calendar (see the app's wiring).
  IncidentStore(Database& db, incidents::ClockRules clocks, incidents::LifecyclePolicy policy = {});

  using Actor = incidents::Actor;
  using Instant = incidents::Instant;
  template <typename T>
  using Outcome = incidents::Outcome<T>;
  using Done = incidents::Done;

  Outcome<incidents::OpenResult> open_incident(const Actor& actor, const incidents::OpenRequest& request,
                                               Instant now) override;
  Outcome<Done> mark_notified(const Actor& actor, std::int64_t id, const incidents::Notice& notice,
                              Instant now) override;
  Outcome<Done> assign(const Actor& actor, std::int64_t id, const std::string& technician, Instant now) override;
  Outcome<Done> add_note(const Actor& actor, std::int64_t id, const std::string& text, Instant now) override;
  Outcome<Done> mark_restored(const Actor& actor, std::int64_t id, Instant restored_at, Instant now) override;
  Outcome<Done> require_final_snapshot(const Actor& actor, std::int64_t id, bool required, Instant now) override;
  Outcome<Done> close(const Actor& actor, std::int64_t id, const incidents::RepairReport& report,
                      Instant now) override;
  Outcome<Done> reopen(const Actor& actor, std::int64_t id, Instant returned_at, Instant now) override;
  Outcome<Done> explain_overdue(const Actor& actor, std::int64_t id, const std::string& reason,
                                const std::optional<incidents::Date>& expected_completion, Instant now) override;
  Outcome<incidents::VehicleEntry> log_vehicle(const Actor& actor, const incidents::VehicleEntryInput& input,
                                               Instant now) override;

  Outcome<incidents::IncidentPage> list_incidents(const Actor& actor, const incidents::IncidentFilter& filter,
                                                  Instant now) override;
  Outcome<incidents::IncidentDetail> incident_detail(const Actor& actor, std::int64_t id, Instant now) override;
  Outcome<std::vector<incidents::VehicleEntry>> vehicle_log(const Actor& actor,
                                                            const incidents::VehicleLogFilter& filter) override;

  // For the monitor (incident_store_faults.cpp): the active incidents with a fault key, oldest first;
  // the active incident with this fault key; active incidents counted by kind name.
  std::vector<ActiveFault> active_faults();
  std::optional<std::int64_t> active_with_fault(const std::string& fault_key);
  std::vector<std::pair<std::string, std::int64_t>> active_counts_by_kind();

 private:
  template <typename F>
  Outcome<Done> apply(std::int64_t id, F&& transition);

  // Totals of recent list filters, valid while the data version is unchanged: counting 100,000
  // incidents for X-Total-Count on every page was the list's largest cost.
  struct CachedTotal {
    std::string filter;
    std::pair<std::int64_t, std::int64_t> version;
    std::int64_t total = 0;
  };
  std::optional<std::int64_t> cached_total(const std::string& filter, std::pair<std::int64_t, std::int64_t> v);
  void remember_total(std::string filter, std::pair<std::int64_t, std::int64_t> v, std::int64_t total);

  Database& db_;
  incidents::ClockRules clocks_;
  incidents::LifecyclePolicy policy_;
  std::vector<CachedTotal> totals_;  // most recent last, at most 16
};

}  // namespace camtrack::store
