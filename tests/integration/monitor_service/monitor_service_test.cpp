// The monitor inside `camtrack serve` (5 s interval, K = 2, M = 2) against camsim: faults injected into
// the simulated cameras and uplink become incidents in the database and are restored when cleared.
#include <gtest/gtest.h>

#include <thread>

#include "http_client.hpp"
#include "site_fixture.hpp"

namespace camtrack::testing {
namespace {

using namespace std::chrono_literals;

std::vector<SiteCamera> cameras(int n, const std::string& switch_name = "") {
  std::vector<SiteCamera> out;
  for (int i = 0; i < n; ++i) out.push_back({"CAM-" + std::to_string(i + 1), "gate", switch_name});
  return out;
}

bool state_is(const std::vector<IncidentRow>& rows, const std::string& key, const std::string& state) {
  const auto mine = with_key(rows, key);
  return mine.size() == 1 && mine.front().state == state;
}

TEST(MonitorService, CameraFaultOpensEquipmentIncidentAndClearingRestoresIt) {
  MonitoredSite site(cameras(3));
  site.start_camtrack();
  std::this_thread::sleep_for(6s);  // a first sweep: every camera answers
  EXPECT_TRUE(site.incidents().empty()) << site.log();
  site.sim().patch_faults(1, {.down = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-2").empty(); }))
      << site.log();
  const auto opened = site.incidents();
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0].kind, "equipment");
  // Active: "open", or "notified" once the notices runtime has sent the Appendix II (sent at once).
  EXPECT_TRUE(opened[0].state == "open" || opened[0].state == "notified") << opened[0].state;
  EXPECT_EQ(opened[0].cameras, std::vector<std::string>{"CAM-2"});
  EXPECT_GT(opened[0].deadline_at, 0);
  site.sim().patch_faults(1, {.down = false});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return state_is(rows, "camera:CAM-2", "restored"); }))
      << site.log();
  EXPECT_EQ(site.incidents().size(), 1u);
  site.stop_camtrack();
}

TEST(MonitorService, VideoLossEventOpensEquipmentIncidentAndItsEndRestoresIt) {
  MonitoredSite site(cameras(2));
  site.start_camtrack();
  std::this_thread::sleep_for(6s);  // subscribed: every camera's states are known and false
  site.sim().patch_faults(0, {.video_loss = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-1").empty(); }))
      << site.log();
  EXPECT_EQ(site.incidents().size(), 1u);
  EXPECT_EQ(site.incidents()[0].kind, "equipment");
  site.sim().patch_faults(0, {.video_loss = false});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return state_is(rows, "camera:CAM-1", "restored"); }))
      << site.log();
  EXPECT_NE(site.log().find("reason=video_loss"), std::string::npos) << site.log();
  site.stop_camtrack();
}

TEST(MonitorService, UplinkOutageOpensExactlyOneLinkIncidentAndNoCameraIncident) {
  MonitoredSite site(cameras(3, "SW-1"));
  site.add_uplink("WAN-1");
  site.start_camtrack();
  std::this_thread::sleep_for(6s);
  site.customs_up(false);
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "uplink:WAN-1").empty(); }))
      << site.log();
  std::this_thread::sleep_for(8s);  // more checks of the cameras and the uplink while it is down
  const auto rows = site.incidents();
  ASSERT_EQ(rows.size(), 1u) << site.log();
  EXPECT_EQ(rows[0].kind, "link");
  EXPECT_TRUE(rows[0].cameras.empty());
  site.customs_up(true);
  ASSERT_TRUE(site.wait_incidents([](const auto& now) { return state_is(now, "uplink:WAN-1", "restored"); }))
      << site.log();
  EXPECT_EQ(site.incidents().size(), 1u);
}

TEST(MonitorService, SwitchFailureOpensOneEquipmentIncidentListingAllItsCameras) {
  auto list = cameras(4, "SW-1");
  list.push_back({"CAM-OTHER", "yard", "SW-2"});
  MonitoredSite site(list);
  site.start_camtrack();
  std::this_thread::sleep_for(6s);
  for (int i = 0; i < 4; ++i) site.sim().patch_faults(i, {.down = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) {
    const auto sw = with_key(rows, "switch:SW-1");
    return !sw.empty() && sw.front().cameras.size() == 4;
  })) << site.log();
  std::this_thread::sleep_for(6s);
  const auto rows = site.incidents();
  ASSERT_EQ(rows.size(), 1u) << site.log();
  EXPECT_EQ(rows[0].kind, "equipment");
  EXPECT_EQ(rows[0].cameras, (std::vector<std::string>{"CAM-1", "CAM-2", "CAM-3", "CAM-4"}));
  for (int i = 0; i < 4; ++i) site.sim().patch_faults(i, {.down = false});
  ASSERT_TRUE(site.wait_incidents([](const auto& now) { return state_is(now, "switch:SW-1", "restored"); }))
      << site.log();
}

TEST(MonitorService, KillAndRestartKeepTheIncidentItsDeadlineAndStillRestore) {
  MonitoredSite site(cameras(3));
  site.start_camtrack();
  std::this_thread::sleep_for(6s);
  site.sim().patch_faults(0, {.hang = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-1").empty(); }))
      << site.log();
  const auto before = site.incidents();
  site.kill_camtrack();
  site.start_camtrack();
  std::this_thread::sleep_for(15s);  // three intervals of checks of the still-hanging camera
  const auto after = site.incidents();
  ASSERT_EQ(after.size(), 1u) << site.log();
  EXPECT_EQ(after[0].id, before[0].id);
  EXPECT_EQ(after[0].deadline_at, before[0].deadline_at);
  EXPECT_TRUE(after[0].state == "open" || after[0].state == "notified") << after[0].state;  // still active
  site.sim().patch_faults(0, {.hang = false});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return state_is(rows, "camera:CAM-1", "restored"); }))
      << site.log();
  EXPECT_EQ(site.incidents().size(), 1u);
}

// The incident page of a dead camera links its last good snapshot (kept from before it died), and the
// link returns that JPEG.
TEST(MonitorService, TheIncidentPageOffersTheLastGoodSnapshotOfTheDeadCamera) {
  MonitoredSite site(cameras(2));
  site.start_camtrack();
  const auto officer = officer_of(site);
  bool kept = false;
  for (const auto deadline = std::chrono::steady_clock::now() + 40s; !kept && std::chrono::steady_clock::now() < deadline;) {
    const auto body = officer.get("/api/v1/dashboard").body;
    const auto dashboard = nlohmann::json::parse(body, nullptr, false);
    if (dashboard.is_object() && dashboard.contains("cameras")) {
      for (const auto& c : dashboard["cameras"]) kept = kept || (c.value("code", "") == "CAM-1" && c.value("has_snapshot", false));
    }
    if (!kept) std::this_thread::sleep_for(500ms);
  }
  ASSERT_TRUE(kept) << "the dashboard never said CAM-1 has a snapshot\n" << site.log();

  site.sim().patch_faults(0, {.down = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-1").empty(); }))
      << site.log();
  const auto id = with_key(site.incidents(), "camera:CAM-1").front().id;
  const auto page = officer.get("/incidents/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  const std::string link = "/incidents/" + std::to_string(id) + "/snapshot/CAM-1";
  EXPECT_NE(page.body.find(link), std::string::npos) << page.body;
  const auto jpeg = officer.get(link);
  EXPECT_EQ(jpeg.status, 200);
  EXPECT_EQ(jpeg.header("Content-Type"), "image/jpeg");
  ASSERT_GE(jpeg.body.size(), 4u);
  EXPECT_EQ(static_cast<unsigned char>(jpeg.body[0]), 0xFF);
  EXPECT_EQ(static_cast<unsigned char>(jpeg.body[1]), 0xD8);
}

TEST(MonitorService, MetricsShowTheMonitorFigures) {
  MonitoredSite site(cameras(3));
  site.start_camtrack();
  site.sim().patch_faults(2, {.down = true});
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-3").empty(); }))
      << site.log();
  std::string body;
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    body = http_get(site.port(), "/metrics").body;
    if (body.find("camtrack_incidents_open{kind=\"equipment\"} 1") != std::string::npos &&
        body.find("camtrack_monitor_cameras{state=\"up\"} 2") != std::string::npos) {
      break;  // the two live cameras have answered their first check too
    }
    std::this_thread::sleep_for(500ms);
  }
  EXPECT_NE(body.find("camtrack_incidents_open{kind=\"equipment\"} 1"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_incidents_open{kind=\"link\"} 0"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_cameras{state=\"up\"} 2"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_cameras{state=\"down\"} 1"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_coverage_gaps"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_check_latency_seconds_count"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_sweeps_total"), std::string::npos) << body;
  EXPECT_NE(body.find("camtrack_monitor_overruns_total"), std::string::npos) << body;
}

}  // namespace
}  // namespace camtrack::testing
