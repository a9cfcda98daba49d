// Faults of the site as a whole: a switch failure (one equipment observation listing every camera
// behind it), an uplink outage (one link observation and nothing else), a recorder's short retention,
// cameras of class `other`, and a restart with incidents still open (nothing re-opened).
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <optional>
#include <thread>

#include "poller_fixture.hpp"

namespace camtrack::monitor::testing {
namespace {

using incidents::IncidentKind;
using incidents::LocationClass;

std::size_t count_action(const std::vector<Observation>& list, ObservationAction a) {
  return static_cast<std::size_t>(
      std::count_if(list.begin(), list.end(), [&](const Observation& o) { return o.action == a; }));
}

TEST(PollerSite, SwitchFailureIsOneEquipmentObservationWithAllItsCameras) {
  camsim::Simulator sim(sim_options(6));
  sim.start();
  SiteInventory site;
  for (int i = 0; i < 4; ++i) {
    site.cameras.push_back(camera_for(sim, i, "SW1-CAM-" + std::to_string(i), LocationClass::yard, "SW-1"));
  }
  site.cameras.push_back(camera_for(sim, 4, "SW2-CAM-4", LocationClass::gate, "SW-2"));
  site.cameras.push_back(camera_for(sim, 5, "SW2-CAM-5", LocationClass::gate, "SW-2"));
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().cameras_up == 6; }));
  for (int i = 0; i < 4; ++i) sim.patch_faults(i, {.down = true});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().cameras_down == 4; }));
  ASSERT_TRUE(seen.wait_for([&](const auto& l) { return count_action(l, ObservationAction::open) >= 1; }));
  std::this_thread::sleep_for(std::chrono::seconds(4));  // longer than the group window: nothing else comes
  const auto all = seen.all();
  ASSERT_EQ(count_action(all, ObservationAction::open), 1u);
  const auto opened = seen.with(ObservationAction::open, "switch:SW-1");
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0].kind, IncidentKind::equipment);
  auto cams = opened[0].cameras;
  std::sort(cams.begin(), cams.end());
  EXPECT_EQ(cams, (std::vector<std::string>{"SW1-CAM-0", "SW1-CAM-1", "SW1-CAM-2", "SW1-CAM-3"}));

  for (int i = 0; i < 4; ++i) sim.patch_faults(i, {.down = false});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "switch:SW-1").empty(); }));
  EXPECT_EQ(seen.with(ObservationAction::restore, "switch:SW-1").front().cameras.size(), 4u);
}

// A TCP listener on 127.0.0.1 standing in for the customs-side endpoint; closed = uplink outage.
class FakeEndpoint {
 public:
  FakeEndpoint() { open(0); }
  ~FakeEndpoint() { close(); }
  void open(unsigned short port) {
    acceptor_.emplace(io_);
    boost::asio::ip::tcp::endpoint ep(boost::asio::ip::make_address("127.0.0.1"), port);
    acceptor_->open(ep.protocol());
    acceptor_->set_option(boost::asio::socket_base::reuse_address(true));
    acceptor_->bind(ep);
    acceptor_->listen();
    port_ = acceptor_->local_endpoint().port();
  }
  void close() { acceptor_.reset(); }
  unsigned short port() const { return port_; }

 private:
  boost::asio::io_context io_;
  std::optional<boost::asio::ip::tcp::acceptor> acceptor_;
  unsigned short port_ = 0;
};

TEST(PollerSite, UplinkOutageIsOneLinkObservationOnly) {
  camsim::Simulator sim(sim_options(3));
  sim.start();
  FakeEndpoint customs;
  SiteInventory site;
  for (int i = 0; i < 3; ++i) site.cameras.push_back(camera_for(sim, i, "CAM-" + std::to_string(i), LocationClass::gate, "SW-1"));
  incidents::Uplink wan;
  wan.code = "WAN-1";
  wan.check_targets = {"localhost:" + std::to_string(customs.port()),
                       "https://127.0.0.1:" + std::to_string(customs.port()) + "/customs"};
  site.uplinks = {wan};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().cameras_up == 3; }));
  customs.close();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "uplink:WAN-1").empty(); }));
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const auto all = seen.all();
  ASSERT_EQ(count_action(all, ObservationAction::open), 1u);
  EXPECT_EQ(all.front().kind, IncidentKind::link);
  EXPECT_TRUE(all.front().cameras.empty());
  EXPECT_EQ(poller.stats().uplinks_down, 1u);
  EXPECT_EQ(poller.stats().cameras_down, 0u);  // the cameras are judged locally: still fine

  customs.open(customs.port());
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "uplink:WAN-1").empty(); }));
  EXPECT_EQ(seen.with(ObservationAction::restore, "uplink:WAN-1").front().kind, IncidentKind::link);
}

TEST(PollerSite, ShortRetentionOnAMatureSiteIsEquipmentForTheRecordersCameras) {
  camsim::Simulator sim(sim_options(2));
  sim.start();
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate, "", 1)};
  site.recorders = {recorder_for(sim, 1, 1, "NVR-1")};
  site.site_started = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) -
                      std::chrono::days(800);
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().deep_checks >= 6; }));
  EXPECT_TRUE(seen.all().empty());
  sim.patch_faults(1, {.short_retention = true});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "retention:NVR-1").empty(); }));
  const auto opened = seen.with(ObservationAction::open, "retention:NVR-1").front();
  EXPECT_EQ(opened.kind, IncidentKind::equipment);
  EXPECT_EQ(opened.cameras, std::vector<std::string>{"GATE-1"});
  sim.patch_faults(1, {.short_retention = false});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "retention:NVR-1").empty(); }));
  EXPECT_TRUE(seen.with(ObservationAction::open, "recorder:NVR-1").empty());
}

TEST(PollerSite, RecorderDownIsEquipmentListingItsCameras) {
  camsim::Simulator sim(sim_options(2));
  sim.start();
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate, "", 1)};
  site.recorders = {recorder_for(sim, 1, 1, "NVR-1")};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().checks_started >= 6; }));
  sim.patch_faults(1, {.down = true});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "recorder:NVR-1").empty(); }));
  EXPECT_EQ(seen.with(ObservationAction::open, "recorder:NVR-1").front().cameras, std::vector<std::string>{"GATE-1"});
  EXPECT_EQ(poller.stats().recorders_down, 1u);
}

TEST(PollerSite, OtherClassCameraOnlyGetsAnInternalTicket) {
  camsim::Simulator sim(sim_options(1));
  sim.start();
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "OFFICE-1", LocationClass::other)};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); });
  poller.start();
  sim.patch_faults(0, {.down = true});
  ASSERT_TRUE(seen.wait_for([&](const auto& l) { return count_action(l, ObservationAction::internal_open) == 1; }));
  EXPECT_EQ(count_action(seen.all(), ObservationAction::open), 0u);
}

TEST(PollerSite, RestartWithAnOpenFaultNeitherReopensItNorMovesItAndRestoresWhenHealthy) {
  camsim::Simulator sim(sim_options(2));
  sim.start();
  sim.patch_faults(0, {.down = true});
  SiteInventory site;
  site.cameras = {camera_for(sim, 0, "GATE-1", LocationClass::gate), camera_for(sim, 1, "GATE-2", LocationClass::gate)};
  const Instant detected = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) -
                           std::chrono::hours(30);
  const std::vector<ActiveFault> open = {
      {"camera:GATE-1", IncidentKind::equipment, {"GATE-1"}, detected},
      {"camera:GATE-2", IncidentKind::equipment, {"GATE-2"}, detected}};
  Recorder seen;
  Poller poller(fast_config(), site, [&](const Observation& o) { seen.add(o); }, open);
  poller.start();
  // GATE-2 is healthy: restored after M good rounds of every check. GATE-1 is still down: nothing new.
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "camera:GATE-2").empty(); }));
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return poller.stats().checks_started >= 20; }));
  EXPECT_EQ(count_action(seen.all(), ObservationAction::open), 0u);
  EXPECT_TRUE(seen.with(ObservationAction::restore, "camera:GATE-1").empty());
  EXPECT_EQ(poller.stats().cameras_down, 1u);
  sim.patch_faults(0, {.down = false});
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "camera:GATE-1").empty(); }));
  EXPECT_EQ(count_action(seen.all(), ObservationAction::open), 0u);
}

}  // namespace
}  // namespace camtrack::monitor::testing
