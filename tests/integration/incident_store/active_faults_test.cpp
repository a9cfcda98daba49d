// The reads the monitor makes of the incident store: active faults (resumed after a restart), the
// active incident of a fault key (what a restore applies to) and open incidents counted by kind.
#include <gtest/gtest.h>

#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {
namespace {

using namespace std::chrono_literals;

class StoreActiveFaults : public ::testing::Test {
 protected:
  void SetUp() override { add_gate_cameras(h_, {"GATE-1", "GATE-2", "YARD-1"}); }
  store::IncidentStore& store() { return dynamic_cast<store::IncidentStore&>(h_.commands()); }
  std::int64_t open(IncidentKind kind, const std::string& key, std::vector<std::string> cameras) {
    const auto r = h_.commands().open_incident(officer_actor, {kind, key, std::move(cameras), t0(), {}}, at(1min));
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->incident_id : 0;
  }
  SqliteHarness h_;
};

TEST_F(StoreActiveFaults, ListsOnlyActiveIncidentsWithTheirKeysCamerasAndDetectionTime) {
  const auto sw = open(IncidentKind::equipment, "switch:SW-1", {"GATE-1", "GATE-2"});
  const auto wan = open(IncidentKind::link, "uplink:WAN-1", {});
  const auto cam = open(IncidentKind::equipment, "camera:YARD-1", {"YARD-1"});
  ASSERT_TRUE(h_.commands().mark_restored(officer_actor, cam, at(2min), at(2min)).ok());
  const auto faults = store().active_faults();
  ASSERT_EQ(faults.size(), 2u);
  EXPECT_EQ(faults[0].incident_id, sw);
  EXPECT_EQ(faults[0].fault_key, "switch:SW-1");
  EXPECT_EQ(faults[0].kind, IncidentKind::equipment);
  EXPECT_EQ(faults[0].cameras, (std::vector<std::string>{"GATE-1", "GATE-2"}));
  EXPECT_EQ(faults[0].detected_at, t0());
  EXPECT_EQ(faults[1].incident_id, wan);
  EXPECT_EQ(faults[1].kind, IncidentKind::link);
  EXPECT_TRUE(faults[1].cameras.empty());
}

TEST_F(StoreActiveFaults, ActiveWithFaultIsEmptyOnceRestoredSoARepeatedRestoreIsANoOp) {
  const auto id = open(IncidentKind::equipment, "camera:GATE-1", {"GATE-1"});
  EXPECT_EQ(store().active_with_fault("camera:GATE-1"), id);
  EXPECT_EQ(store().active_with_fault("camera:GATE-2"), std::nullopt);
  ASSERT_TRUE(h_.commands().mark_restored(officer_actor, id, at(2min), at(2min)).ok());
  EXPECT_EQ(store().active_with_fault("camera:GATE-1"), std::nullopt);
}

TEST_F(StoreActiveFaults, CountsActiveIncidentsByKind) {
  open(IncidentKind::equipment, "camera:GATE-1", {"GATE-1"});
  open(IncidentKind::equipment, "camera:GATE-2", {"GATE-2"});
  open(IncidentKind::link, "uplink:WAN-1", {});
  const auto counts = store().active_counts_by_kind();
  EXPECT_EQ(counts, (std::vector<std::pair<std::string, std::int64_t>>{{"equipment", 2}, {"link", 1}}));
}

}  // namespace
}  // namespace camtrack::incidents::testing
