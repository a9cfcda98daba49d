// Every change lands in the hash-chained audit log in the same transaction; history is never deleted.
#include <gtest/gtest.h>

#include "sqlite_harness.hpp"
#include "store/audit_log.hpp"

namespace camtrack::incidents::testing {
namespace {

using namespace std::chrono_literals;

class StoreHistory : public ::testing::Test {
 protected:
  void SetUp() override {
    Camera gate;
    gate.code = "GATE-1";
    gate.name = "Cổng";
    gate.location = LocationClass::gate;
    ASSERT_TRUE(h_.inventory().save_camera(admin_actor, gate, t0()).ok());
  }
  std::vector<store::AuditRow> audit() { return store::AuditLog(h_.db()).list(0, 1000); }
  std::int64_t count(const std::string& sql) {
    auto s = h_.db().prepare(sql);
    s.step();
    return s.int64(0);
  }
  SqliteHarness h_;
};

TEST_F(StoreHistory, EachStateChangeIsAnAuditRowWithWhoWhenBeforeAfter) {
  const auto id = h_.commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"GATE-1"}, t0(), {}}, at(1min));
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(h_.commands().assign(officer_actor, id->incident_id, "binh", at(2min)).ok());
  const auto rows = audit();
  ASSERT_EQ(rows.size(), 3u);  // camera.created, incident.opened, incident.assigned
  EXPECT_EQ(rows[0].record.action, "camera.created");
  EXPECT_EQ(rows[1].record.action, "incident.opened");
  EXPECT_EQ(rows[1].record.subject, "incident/" + std::to_string(id->incident_id));
  EXPECT_EQ(rows[1].record.actor, "lan");
  EXPECT_EQ(rows[1].record.at, "2026-03-02T09:01:00Z");
  EXPECT_NE(rows[1].record.details.find("\"before\":null"), std::string::npos);
  const auto& assigned = rows[2].record;
  EXPECT_EQ(assigned.action, "incident.assigned");
  EXPECT_NE(assigned.details.find("\"before\":{\"id\":1,\"kind\":\"equipment\",\"state\":\"open\""), std::string::npos)
      << assigned.details;
  EXPECT_NE(assigned.details.find("\"after\":{\"id\":1,\"kind\":\"equipment\",\"state\":\"in_repair\""),
            std::string::npos);
  EXPECT_NE(assigned.details.find("\"technician\":\"binh\""), std::string::npos);
  EXPECT_TRUE(store::AuditLog(h_.db()).verify().ok);
}

TEST_F(StoreHistory, RefusedCommandWritesNoHistory) {
  const auto id = h_.commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"GATE-1"}, t0(), {}}, at(1min));
  const auto before = audit().size();
  EXPECT_FALSE(h_.commands().close(tech_actor, id->incident_id, {"c", "a", "", 1, {}}, at(2min)).ok());
  EXPECT_FALSE(h_.commands().log_vehicle(guard_actor, {"GATE-1", "bad", "", "in", at(2min)}, at(2min)).ok());
  EXPECT_EQ(audit().size(), before);
  EXPECT_EQ(count("SELECT count(*) FROM incident_events"), 1);
}

TEST_F(StoreHistory, VehicleEntriesAreAuditedAndCannotBeEditedOrDeleted) {
  const auto id = h_.commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"GATE-1"}, t0(), {}}, at(1min));
  ASSERT_TRUE(h_.commands().log_vehicle(guard_actor, {"GATE-1", "51C-123.45", "", "in", at(2min)}, at(2min)).ok());
  const auto rows = audit();
  EXPECT_EQ(rows.back().record.action, "vehicle.logged");
  EXPECT_EQ(rows.back().record.actor, "tuan");
  EXPECT_NE(rows.back().record.details.find("\"plate\":\"51C-123.45\""), std::string::npos);
  EXPECT_THROW(h_.db().exec("DELETE FROM vehicle_log"), store::StoreError);
  EXPECT_THROW(h_.db().exec("UPDATE vehicle_log SET plate = 'x'"), store::StoreError);
  EXPECT_THROW(h_.db().exec("DELETE FROM incident_events"), store::StoreError);
  EXPECT_THROW(h_.db().exec("DELETE FROM incidents"), store::StoreError);
  EXPECT_EQ(count("SELECT count(*) FROM vehicle_log"), 1);
  (void)id;
}

TEST_F(StoreHistory, EveryTimelineEventPointsAtItsAuditRow) {
  const auto id = h_.commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"GATE-1"}, t0(), {}}, at(1min));
  ASSERT_TRUE(h_.commands().add_note(tech_actor, id->incident_id, "cable cut", at(3min)).ok());
  ASSERT_TRUE(h_.commands().mark_restored(tech_actor, id->incident_id, at(4min), at(4min)).ok());
  EXPECT_EQ(count("SELECT count(*) FROM incident_events e JOIN audit_log a ON a.id = e.audit_id "
                  "WHERE a.action = e.action AND a.subject = 'incident/' || e.incident_id"),
            3);
}

TEST_F(StoreHistory, ReopenedDatabaseShowsTheSameIncident) {
  const auto id = h_.commands().open_incident(officer_actor, {IncidentKind::link, "uplink:WAN", {}, t0(), {}}, at(1min));
  ASSERT_TRUE(h_.commands().mark_notified(officer_actor, id->incident_id, {"7/TB", at(5min)}, at(5min)).ok());
  auto db2 = store::Database::open(h_.file());
  store::IncidentStore other(db2, every_day_clock());
  const auto d = other.incident_detail(liaison_actor, id->incident_id, at(1h));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->incident.state, IncidentState::notified);
  EXPECT_EQ(d->incident.deadline.working_days, 3);
  EXPECT_EQ(d->incident.deadline.data_version, "test-every-day");
  EXPECT_EQ(d->timeline.size(), 2u);
}

}  // namespace
}  // namespace camtrack::incidents::testing
