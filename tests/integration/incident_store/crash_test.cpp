// A child process runs incident commands in a loop and is killed (SIGKILL) in the middle; the database
// must then pass integrity_check and audit verification, and no command may be half applied.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <thread>

#include "sqlite_harness.hpp"
#include "store/audit_log.hpp"

namespace camtrack::incidents::testing {
namespace {

using namespace std::chrono_literals;

void add_camera(store::InventoryStore& inv, const std::string& code, LocationClass cls) {
  Camera c;
  c.code = code;
  c.name = "Camera " + code;
  c.location = cls;
  if (!inv.save_camera(admin_actor, c, t0()).ok()) throw std::runtime_error("setup failed");
}

void set_up(const std::filesystem::path& file) {
  auto db = store::Database::open(file);
  store::InventoryStore inv(db, nullptr);
  add_camera(inv, "GATE-1", LocationClass::gate);
  for (int k = 0; k < 20; ++k) add_camera(inv, "CAM-" + std::to_string(k), LocationClass::yard);
  store::IncidentStore incidents(db, every_day_clock());
  if (!incidents.open_incident(officer_actor, {IncidentKind::equipment, "gate", {"GATE-1"}, t0(), {}}, t0()).ok()) {
    throw std::runtime_error("setup failed");
  }
}

// Runs in the child until it is killed.
[[noreturn]] void workload(const std::filesystem::path& file) {
  auto db = store::Database::open(file);
  store::IncidentStore s(db, every_day_clock());
  for (int i = 0; i < 1000000; ++i) {
    const Instant now = at(std::chrono::minutes(i * 10));
    const auto r = s.open_incident(officer_actor, {IncidentKind::equipment, "f" + std::to_string(i),
                                                   {"CAM-" + std::to_string(i % 20)}, now, {}}, now);
    if (!r.ok()) _exit(3);
    const auto id = r->incident_id;
    bool ok = s.mark_notified(officer_actor, id, {std::to_string(i) + "/TB", now + 1min}, now + 1min).ok();
    ok = ok && s.assign(officer_actor, id, "binh", now + 2min).ok();
    ok = ok && s.add_note(tech_actor, id, "checking", now + 3min).ok();
    ok = ok && s.log_vehicle(guard_actor, {"GATE-1", "51C-123.45", "", "in", now + 3min}, now + 3min).ok();
    ok = ok && s.mark_restored(tech_actor, id, now + 4min, now + 4min).ok();
    ok = ok && s.close(tech_actor, id, {"cause", "action", "", 4, {}}, now + 5min).ok();
    if (!ok) _exit(4);
  }
  _exit(0);
}

std::int64_t scalar(store::Database& db, const std::string& sql) {
  auto s = db.prepare(sql);
  return s.step() ? s.int64(0) : -1;
}

void check_consistent(const std::filesystem::path& file) {
  auto db = store::Database::open(file);
  auto integrity = db.prepare("PRAGMA integrity_check");
  ASSERT_TRUE(integrity.step());
  EXPECT_EQ(integrity.text(0), "ok");
  const auto verification = store::AuditLog(db).verify();
  EXPECT_TRUE(verification.ok) << verification.problem;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM incident_events"),
            scalar(db, "SELECT count(*) FROM audit_log WHERE subject LIKE 'incident/%'"));
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM vehicle_log"),
            scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'vehicle.logged'"));
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incident_events e "
                       "WHERE e.incident_id = i.id AND e.action = 'incident.opened')"), 0);
  // The state of each incident is the one its last state-changing event gave it.
  const std::map<std::string, std::string> state_after = {
      {"incident.opened", "open"}, {"incident.notified", "notified"}, {"incident.assigned", "in_repair"},
      {"incident.restored", "restored"}, {"incident.closed", "closed"}};
  auto rows = db.prepare(
      "SELECT i.id, i.state, (SELECT e.action FROM incident_events e WHERE e.incident_id = i.id "
      "AND e.action <> 'incident.note' ORDER BY e.id DESC LIMIT 1), i.notice_number IS NOT NULL, "
      "i.closed_at IS NOT NULL, i.report_cause IS NOT NULL FROM incidents i");
  int incidents = 0;
  while (rows.step()) {
    ++incidents;
    const std::string state = rows.text(1);
    EXPECT_EQ(state_after.at(rows.text(2)), state) << "incident " << rows.int64(0);
    EXPECT_EQ(rows.int64(4) != 0, state == "closed");
    EXPECT_EQ(rows.int64(5) != 0, state == "closed");
    if (state != "open") {
      EXPECT_NE(rows.int64(3), 0) << "incident " << rows.int64(0) << " lost its notice";
    }
  }
  EXPECT_GT(incidents, 1);
}

TEST(IncidentStoreCrash, KillDuringCommandsLeavesOldOrNewStateNeverHalf) {
  for (int round = 0; round < 3; ++round) {
    camtrack::testing::TempDir dir;
    const auto file = dir / "crash.db";
    set_up(file);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) workload(file);
    {
      auto watcher = store::Database::open(file);
      const std::int64_t target = 40 + 60 * round;  // audit rows written before the kill
      // At most 20 s per round: a child stuck under a loaded machine is killed anyway, and the check
      // below holds for whatever it had committed (three rounds stay inside ctest's 120 s).
      const auto deadline = std::chrono::steady_clock::now() + 20s;
      while (scalar(watcher, "SELECT last_id FROM audit_head") < target && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2 + round * 3));
      }
    }
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the workload ended by itself with " << WEXITSTATUS(status);
    check_consistent(file);
  }
}

}  // namespace
}  // namespace camtrack::incidents::testing
