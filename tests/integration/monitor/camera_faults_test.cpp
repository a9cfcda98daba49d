// Each fault injected into one camsim camera becomes one `equipment` observation naming the camera and
// the reason after K checks, and one restore observation once the fault is cleared.
#include <gtest/gtest.h>

#include "poller_fixture.hpp"

namespace camtrack::monitor::testing {
namespace {

using incidents::IncidentKind;
using incidents::LocationClass;

struct FaultCase {
  const char* name;
  camsim::FaultPatch on;
  camsim::FaultPatch off;
  const char* reason;
};

class CameraFault : public ::testing::TestWithParam<FaultCase> {};

TEST_P(CameraFault, OpensEquipmentAfterKChecksAndRestoresWhenCleared) {
  const FaultCase& fc = GetParam();
  camsim::Simulator sim(sim_options(2));
  sim.start();
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate),
                  camera_for(sim, 1, "YARD-1", LocationClass::yard)};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  // Healthy first: both answer and the deep checks pass.
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().deep_checks >= 6; }, std::chrono::seconds(30)));
  EXPECT_TRUE(seen.all().empty()) << seen.all().front().fault_key;

  sim.patch_faults(0, fc.on);
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "camera:GATE-1").empty(); }))
      << fc.name;
  const auto opened = seen.with(ObservationAction::open, "camera:GATE-1");
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0].kind, IncidentKind::equipment);
  EXPECT_EQ(opened[0].cameras, std::vector<std::string>{"GATE-1"});
  EXPECT_TRUE(has_detail(opened[0], fc.reason)) << fc.name << ": " << opened[0].details.front();
  EXPECT_LE(opened[0].occurred_at, opened[0].at);
  EXPECT_EQ(poller.stats().cameras_down, 1u);

  sim.patch_faults(0, fc.off);
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "camera:GATE-1").empty(); }))
      << fc.name;
  poller.stop();
  EXPECT_EQ(seen.with(ObservationAction::open, "camera:GATE-1").size(), 1u);
  EXPECT_EQ(seen.with(ObservationAction::restore, "camera:GATE-1").size(), 1u);
  EXPECT_TRUE(seen.with(ObservationAction::open, "camera:YARD-1").empty());  // the healthy one stays quiet
  EXPECT_EQ(poller.stats().cameras_down, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, CameraFault,
    ::testing::Values(FaultCase{"down", {.down = true}, {.down = false}, "unreachable"},
                      FaultCase{"hang", {.hang = true}, {.hang = false}, "no_response"},
                      FaultCase{"wrong_password", {.wrong_password = true}, {.wrong_password = false}, "auth_failed"},
                      FaultCase{"dead_stream", {.dead_stream = true}, {.dead_stream = false}, "stream_dead"},
                      FaultCase{"black", {.black_snapshot = true}, {.black_snapshot = false}, "black_image"},
                      FaultCase{"frozen", {.frozen_snapshot = true}, {.frozen_snapshot = false}, "frozen_image"},
                      FaultCase{"video_loss", {.video_loss = true}, {.video_loss = false}, "video_loss"},
                      FaultCase{"tampering", {.tampering = true}, {.tampering = false}, "tampering"}),
    [](const ::testing::TestParamInfo<FaultCase>& param_info) { return std::string(param_info.param.name); });

TEST(PollerClock, SkewedCameraClockGivesOneWarningAndNoIncident) {
  camsim::Simulator sim(sim_options(1));
  sim.start();
  sim.patch_faults(0, {.clock_skew_seconds = 120});
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate)};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::warning, "clock:GATE-1").empty(); }));
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().checks_started >= 10; }));
  poller.stop();
  EXPECT_EQ(seen.with(ObservationAction::warning, "clock:GATE-1").size(), 1u);
  EXPECT_TRUE(has_detail(seen.all().front(), "clock offset 1"));
  EXPECT_TRUE(seen.with(ObservationAction::open, "camera:GATE-1").empty());
  EXPECT_EQ(poller.stats().clock_drift_warnings, 1u);
}

}  // namespace
}  // namespace camtrack::monitor::testing
