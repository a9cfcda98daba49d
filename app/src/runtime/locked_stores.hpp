// The incident and inventory interfaces made safe for the web server's threads. The web services own
// a few "lanes": a SQLite connection with its stores and a mutex. Each call runs on a lane no other
// thread is using (waiting for one only when all are busy), so each command's transaction stays
// private to its connection while the server's threads read in parallel (SQLite's WAL lets readers
// run beside the one writer; writers on different connections queue on SQLite's busy timeout).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory_repository.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::app {

struct StoreLane {
  StoreLane(store::Database database, const incidents::ClockRules& clocks, const incidents::LifecyclePolicy& policy,
            const store::CredentialCipher* cipher)
      : db(std::move(database)), incident_store(db, clocks, policy), inventory_store(db, cipher) {}
  std::mutex mutex;  // every use of db and the stores on it
  store::Database db;
  store::IncidentStore incident_store;
  store::InventoryStore inventory_store;
};

class StoreLanes {
 public:
  void add(std::unique_ptr<StoreLane> lane) { lanes_.push_back(std::move(lane)); }

  // Runs fn(lane) holding a lane's mutex: a free lane if there is one, else waits for one.
  template <typename F>
  auto with(F&& fn) {
    const std::size_t n = lanes_.size();
    const std::size_t start = next_.fetch_add(1, std::memory_order_relaxed) % n;
    for (std::size_t i = 0; i < n; ++i) {
      StoreLane& lane = *lanes_[(start + i) % n];
      std::unique_lock<std::mutex> lock(lane.mutex, std::try_to_lock);
      if (lock.owns_lock()) return fn(lane);
    }
    StoreLane& lane = *lanes_[start];
    const std::lock_guard<std::mutex> lock(lane.mutex);
    return fn(lane);
  }

 private:
  std::vector<std::unique_ptr<StoreLane>> lanes_;
  std::atomic<std::size_t> next_{0};
};

class LockedIncidents final : public incidents::IncidentCommands, public incidents::IncidentQueries {
 public:
  explicit LockedIncidents(StoreLanes& lanes) : lanes_(lanes) {}

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
  StoreLanes& lanes_;
};

// Every successful save of a camera, recorder or uplink and every import also calls the on_change hook
// (the monitor reloads its inventory), so no page or API route can forget to.
class LockedInventory final : public incidents::InventoryRepository {
 public:
  explicit LockedInventory(StoreLanes& lanes) : lanes_(lanes) {}
  // Set before the web server starts; called on the saving thread after the commit.
  void set_on_change(std::function<void()> hook) { on_change_ = std::move(hook); }

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
  Outcome<std::string> recorder_password(const Actor& a, const std::string& code) override;
  Outcome<incidents::Uplink> save_uplink(const Actor& a, const incidents::Uplink& u, Instant now) override;
  Outcome<std::vector<incidents::Uplink>> uplinks(const Actor& a) override;

 private:
  template <typename T>
  Outcome<T> changed(Outcome<T> outcome) {
    if (outcome && on_change_) on_change_();
    return outcome;
  }
  StoreLanes& lanes_;
  std::function<void()> on_change_;
};

}  // namespace camtrack::app
