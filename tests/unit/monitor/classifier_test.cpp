#include <gtest/gtest.h>

#include "monitor/classifier.hpp"

namespace camtrack::monitor {
namespace {

using incidents::IncidentKind;
using incidents::LocationClass;
using std::chrono::seconds;

const Instant t0{seconds(1'800'000'000)};

MonitoredCamera cam(std::string code, LocationClass loc, std::string sw, std::optional<std::int64_t> rec = {}) {
  MonitoredCamera c;
  c.camera.code = std::move(code);
  c.camera.location = loc;
  c.camera.switch_name = std::move(sw);
  c.camera.recorder_id = rec;
  return c;
}

SiteInventory site() {
  SiteInventory s;
  s.cameras = {cam("GATE-1", LocationClass::gate, "SW-A", 1), cam("GATE-2", LocationClass::gate, "SW-A", 1),
               cam("YARD-1", LocationClass::yard, "SW-A", 1), cam("YARD-2", LocationClass::yard, "SW-B", 1),
               cam("DOOR-1", LocationClass::warehouse_door, "", 2), cam("DOOR-2", LocationClass::warehouse_door, "", 2),
               cam("OFFICE-1", LocationClass::other, "SW-B")};
  MonitoredRecorder r1, r2;
  r1.recorder.id = 1;
  r1.recorder.code = "NVR-1";
  r2.recorder.id = 2;
  r2.recorder.code = "NVR-2";
  s.recorders = {r1, r2};
  incidents::Uplink u;
  u.code = "WAN-1";
  s.uplinks = {u};
  return s;
}

ClassifierPolicy policy() { return ClassifierPolicy{seconds(20), 2}; }

TEST(Classifier, SingleCameraFaultWaitsForTheGroupWindowThenOpensEquipment) {
  Classifier c(site(), policy());
  c.camera_failed("YARD-2", FaultReason::no_response, t0 - seconds(20), t0);
  EXPECT_TRUE(c.take(t0 + seconds(19)).empty());
  const auto out = c.take(t0 + seconds(20));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::open);
  EXPECT_EQ(out[0].kind, IncidentKind::equipment);
  EXPECT_EQ(out[0].fault_key, "camera:YARD-2");
  EXPECT_EQ(out[0].cameras, std::vector<std::string>{"YARD-2"});
  EXPECT_EQ(out[0].occurred_at, t0 - seconds(20));
  EXPECT_EQ(to_open_request(out[0]).detected_at, t0 + seconds(20));
}

TEST(Classifier, CamerasBehindOneSwitchWithinTheWindowAreOneEquipmentObservation) {
  Classifier c(site(), policy());
  c.camera_failed("GATE-1", FaultReason::unreachable, t0, t0);
  c.camera_failed("GATE-2", FaultReason::unreachable, t0, t0 + seconds(5));
  c.camera_failed("YARD-1", FaultReason::unreachable, t0, t0 + seconds(12));
  const auto out = c.take(t0 + seconds(40));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].fault_key, "switch:SW-A");
  EXPECT_EQ(out[0].cameras, (std::vector<std::string>{"GATE-1", "GATE-2", "YARD-1"}));
  EXPECT_EQ(out[0].details.size(), 3u);
}

TEST(Classifier, LateSiblingJoinsTheOpenSwitchFault) {
  Classifier c(site(), policy());
  c.camera_failed("GATE-1", FaultReason::unreachable, t0, t0);
  c.camera_failed("GATE-2", FaultReason::unreachable, t0, t0);
  ASSERT_EQ(c.take(t0 + seconds(20)).size(), 1u);
  c.camera_failed("YARD-1", FaultReason::unreachable, t0, t0 + seconds(60));
  const auto out = c.take(t0 + seconds(80));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].fault_key, "switch:SW-A");
  EXPECT_EQ(out[0].cameras, std::vector<std::string>{"YARD-1"});
}

TEST(Classifier, CamerasBehindOneRecorderWithoutASharedSwitchAreGroupedByRecorder) {
  Classifier c(site(), policy());
  c.camera_failed("DOOR-1", FaultReason::no_response, t0, t0);
  c.camera_failed("DOOR-2", FaultReason::no_response, t0, t0 + seconds(3));
  const auto out = c.take(t0 + seconds(30));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].fault_key, "recorder:NVR-2");
  EXPECT_EQ(out[0].cameras.size(), 2u);
}

TEST(Classifier, RestoreComesOnceWhenEveryCameraOfTheGroupIsHealthy) {
  Classifier c(site(), policy());
  c.camera_failed("GATE-1", FaultReason::unreachable, t0, t0);
  c.camera_failed("GATE-2", FaultReason::unreachable, t0, t0);
  ASSERT_EQ(c.take(t0 + seconds(20)).size(), 1u);
  c.camera_cleared("GATE-1", t0 + seconds(100));
  EXPECT_TRUE(c.take(t0 + seconds(100)).empty());
  c.camera_cleared("GATE-2", t0 + seconds(110));
  const auto out = c.take(t0 + seconds(110));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::restore);
  EXPECT_EQ(out[0].fault_key, "switch:SW-A");
  EXPECT_EQ(out[0].at, t0 + seconds(110));
  EXPECT_EQ(c.open_fault_count(), 0u);
}

TEST(Classifier, FaultClearedBeforeTheWindowEndsIsNeverReported) {
  Classifier c(site(), policy());
  c.camera_failed("YARD-2", FaultReason::unreachable, t0, t0);
  c.camera_cleared("YARD-2", t0 + seconds(5));
  EXPECT_TRUE(c.take(t0 + seconds(60)).empty());
}

TEST(Classifier, UplinkDownIsOneLinkObservationAndCameraFaultsStayEquipment) {
  Classifier c(site(), policy());
  c.uplink_failed("WAN-1", FaultReason::unreachable, t0, t0);
  c.uplink_failed("WAN-1", FaultReason::unreachable, t0, t0 + seconds(1));
  c.camera_failed("YARD-2", FaultReason::no_response, t0, t0 + seconds(1));
  auto out = c.take(t0 + seconds(30));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].kind, IncidentKind::link);
  EXPECT_EQ(out[0].fault_key, "uplink:WAN-1");
  EXPECT_TRUE(out[0].cameras.empty());
  EXPECT_EQ(out[1].kind, IncidentKind::equipment);
  EXPECT_EQ(out[1].fault_key, "camera:YARD-2");
  c.uplink_cleared("WAN-1", t0 + seconds(40));
  out = c.take(t0 + seconds(40));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::restore);
  EXPECT_EQ(out[0].kind, IncidentKind::link);
}

TEST(Classifier, OtherClassCameraGetsOnlyAnInternalTicket) {
  Classifier c(site(), policy());
  c.camera_failed("OFFICE-1", FaultReason::unreachable, t0, t0);
  auto out = c.take(t0 + seconds(20));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::internal_open);
  c.camera_cleared("OFFICE-1", t0 + seconds(30));
  out = c.take(t0 + seconds(30));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::internal_restore);
}

TEST(Classifier, OtherClassCameraIsNotCountedIntoASwitchGroup) {
  Classifier c(site(), policy());
  c.camera_failed("YARD-2", FaultReason::unreachable, t0, t0);
  c.camera_failed("OFFICE-1", FaultReason::unreachable, t0, t0);
  const auto out = c.take(t0 + seconds(20));
  ASSERT_EQ(out.size(), 2u);
  for (const auto& o : out) {
    if (o.action == ObservationAction::open) {
      EXPECT_EQ(o.fault_key, "camera:YARD-2");
    }
  }
}

TEST(Classifier, RecorderFailureAndRetentionShortfallAreSeparateEquipmentFaults) {
  Classifier c(site(), policy());
  c.recorder_failed("NVR-1", FaultReason::retention_short, t0, t0);
  c.recorder_failed("NVR-1", FaultReason::no_response, t0, t0);
  auto out = c.take(t0);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].fault_key, "retention:NVR-1");
  EXPECT_EQ(out[0].cameras, (std::vector<std::string>{"GATE-1", "GATE-2", "YARD-1", "YARD-2"}));
  EXPECT_EQ(out[1].fault_key, "recorder:NVR-1");
  c.recorder_cleared("NVR-1", true, t0 + seconds(5));
  out = c.take(t0 + seconds(5));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].fault_key, "retention:NVR-1");
  EXPECT_EQ(out[0].action, ObservationAction::restore);
}

TEST(Classifier, ResumedFaultIsNotReopenedAndIsRestoredWhenItsCamerasClear) {
  Classifier c(site(), policy());
  c.resume({ActiveFault{"switch:SW-A", IncidentKind::equipment, {"GATE-1", "GATE-2"}, t0}});
  EXPECT_TRUE(c.camera_faulty("GATE-1"));
  c.camera_failed("GATE-1", FaultReason::unreachable, t0, t0 + seconds(1));
  EXPECT_TRUE(c.take(t0 + seconds(60)).empty());
  c.camera_cleared("GATE-1", t0 + seconds(61));
  EXPECT_TRUE(c.take(t0 + seconds(61)).empty());
  c.camera_cleared("GATE-2", t0 + seconds(62));
  const auto out = c.take(t0 + seconds(62));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, ObservationAction::restore);
  EXPECT_EQ(out[0].fault_key, "switch:SW-A");
}

}  // namespace
}  // namespace camtrack::monitor
