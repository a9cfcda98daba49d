// The events check against camsim's PullPoint service: a recorder's storage failure is an equipment
// observation for the recorder and its cameras; an event raised on one camera opens its incident and
// clears it again, while a camera offering no Events is never faulted for it.
#include <gtest/gtest.h>

#include "poller_fixture.hpp"

namespace camtrack::monitor::testing {
namespace {

using incidents::IncidentKind;
using incidents::LocationClass;

TEST(PollerEvents, RecorderStorageFailureIsEquipmentListingItsCameras) {
  camsim::Simulator sim(sim_options(2));
  sim.start();
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate, "", 1)};
  site.recorders = {recorder_for(sim, 1, 1, "NVR-1")};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().deep_checks >= 6; }));
  EXPECT_TRUE(seen.all().empty());

  sim.patch_faults(1, {.storage_failure = true});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "recorder:NVR-1").empty(); }));
  const Observation opened = seen.with(ObservationAction::open, "recorder:NVR-1").front();
  EXPECT_EQ(opened.kind, IncidentKind::equipment);
  EXPECT_EQ(opened.cameras, std::vector<std::string>{"GATE-1"});
  EXPECT_TRUE(has_detail(opened, "recorder NVR-1: storage_failure")) << opened.details.front();
  EXPECT_EQ(poller.stats().recorders_down, 1u);

  sim.patch_faults(1, {.storage_failure = false});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "recorder:NVR-1").empty(); }));
  poller.stop();
  EXPECT_EQ(seen.with(ObservationAction::open, "recorder:NVR-1").size(), 1u);
  EXPECT_TRUE(seen.with(ObservationAction::open, "camera:GATE-1").empty());
  EXPECT_EQ(poller.stats().recorders_down, 0u);
}

TEST(PollerEvents, InjectedVideoLossOpensAndClearsWhileACameraWithoutEventsStaysQuiet) {
  camsim::Simulator sim(sim_options(2));
  sim.start();
  sim.patch_faults(1, {.video_loss = true, .no_events = true});  // its state is never told: no Events
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate),
                  camera_for(sim, 1, "YARD-1", LocationClass::yard)};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().deep_checks >= 10; }));
  EXPECT_TRUE(seen.all().empty()) << seen.all().front().fault_key;

  sim.inject_event(0, camsim::EventKind::video_loss, true);  // one Changed notification
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "camera:GATE-1").empty(); }));
  const Observation opened = seen.with(ObservationAction::open, "camera:GATE-1").front();
  EXPECT_EQ(opened.kind, IncidentKind::equipment);
  EXPECT_TRUE(has_detail(opened, "camera GATE-1: video_loss")) << opened.details.front();

  sim.inject_event(0, camsim::EventKind::video_loss, false);
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "camera:GATE-1").empty(); }));
  const auto checks_then = poller.stats().deep_checks;
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().deep_checks >= checks_then + 10; }));
  poller.stop();
  EXPECT_EQ(seen.with(ObservationAction::open, "camera:GATE-1").size(), 1u);
  EXPECT_TRUE(seen.with(ObservationAction::open, "camera:YARD-1").empty());
  EXPECT_EQ(poller.stats().cameras_down, 0u);
}

}  // namespace
}  // namespace camtrack::monitor::testing
