// The monitor inside `camtrack serve` follows inventory changes without a restart: a camera added
// through the JSON API is polled (a dead one opens its incident), a change does not duplicate an
// active incident nor move its clock, a camera disabled while its incident is active leaves the
// incident active, and a camera disabled by another process (the safety-net check) gets no incident.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <thread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http_client.hpp"
#include "site_fixture.hpp"
#include "store/database.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::testing {
namespace {

using namespace std::chrono_literals;
using json = nlohmann::json;

// A port on 127.0.0.1 where nothing listens (bound by the kernel's choice, then closed).
std::string dead_device_url() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), size), 0);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/onvif/device_service";
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

bool wait_log(const MonitoredSite& site, const std::string& what, std::size_t times, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (count_of(site.log(), what) < times) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(200ms);
  }
  return true;
}

bool active(const IncidentRow& row) { return row.state != "restored" && row.state != "closed"; }

json camera_body(const std::string& address, bool enabled) {
  return {{"name", "Dead camera"}, {"location_class", "yard"}, {"onvif_address", address},
          {"username", "customs"}, {"enabled", enabled}};
}

TEST(MonitorReload, CameraAddedThroughTheApiIsPolledAndDisablingKeepsItsIncidentActive) {
  MonitoredSite site({{"CAM-1", "gate", ""}, {"CAM-2", "yard", ""}});
  site.start_camtrack();
  const Officer officer = officer_of(site);
  const std::string dead = dead_device_url();
  const auto put = officer.put("/api/v1/cameras/CAM-DEAD", camera_body(dead, true));
  ASSERT_EQ(put.status, 200) << put.body;
  ASSERT_TRUE(wait_log(site, "monitor: inventory reloaded: 3 cameras, 0 recorders, 0 uplinks", 1, 20s)) << site.log();
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-DEAD").empty(); }, 40s))
      << site.log();
  const auto opened = with_key(site.incidents(), "camera:CAM-DEAD");
  ASSERT_EQ(opened.size(), 1u);

  // Another change: a new poller resumes the active fault; no second incident, the clock stays.
  ASSERT_EQ(officer.put("/api/v1/cameras/CAM-2", {{"name", "Yard (renamed)"}, {"location_class", "yard"},
                                                  {"onvif_address", site.sim().camera(1).device_url},
                                                  {"username", "customs"}})
                .status,
            200);
  ASSERT_TRUE(wait_log(site, "monitor: inventory reloaded:", 2, 20s)) << site.log();
  std::this_thread::sleep_for(12s);  // more than two intervals of failed checks of the dead camera
  auto rows = site.incidents();
  ASSERT_EQ(rows.size(), 1u) << site.log();
  EXPECT_EQ(rows[0].id, opened[0].id);
  EXPECT_EQ(rows[0].detected_at, opened[0].detected_at);
  EXPECT_EQ(rows[0].deadline_at, opened[0].deadline_at);
  EXPECT_TRUE(active(rows[0])) << rows[0].state;

  // Disabled while its incident is active: no longer polled, and not restored for being gone.
  ASSERT_EQ(officer.put("/api/v1/cameras/CAM-DEAD", camera_body(dead, false)).status, 200);
  ASSERT_TRUE(wait_log(site, "monitor: inventory reloaded: 2 cameras", 1, 20s)) << site.log();
  std::this_thread::sleep_for(12s);  // M = 2 good checks would have restored it by now
  rows = site.incidents();
  ASSERT_EQ(rows.size(), 1u) << site.log();
  EXPECT_EQ(rows[0].id, opened[0].id);
  EXPECT_TRUE(active(rows[0])) << rows[0].state;
  EXPECT_NE(http_get(site.port(), "/metrics").body.find("camtrack_monitor_inventory_reloads_total 3"),
            std::string::npos);
  site.stop_camtrack();
}

TEST(MonitorReload, CameraDisabledByAnotherProcessGetsNoIncident) {
  MonitoredSite site({{"CAM-1", "gate", ""}, {"CAM-2", "yard", ""}, {"CAM-3", "yard", ""}});
  site.start_camtrack();
  {  // as `camtrack cameras import` or another tool would: straight into the database
    auto db = store::Database::open(site.database());
    store::InventoryStore inventory(db, nullptr);
    const incidents::Actor admin{"test", incidents::Role::admin};
    auto camera = inventory.camera(admin, "CAM-2");
    ASSERT_TRUE(camera);
    auto disabled = camera.value();
    disabled.enabled = false;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    ASSERT_TRUE(inventory.save_camera(admin, disabled, now));
  }
  ASSERT_TRUE(wait_log(site, "monitor: inventory reloaded: 2 cameras, 0 recorders, 0 uplinks", 1, 20s))
      << site.log();
  site.sim().patch_faults(1, {.down = true});  // CAM-2
  site.sim().patch_faults(2, {.down = true});  // CAM-3, still polled: proves the checks ran meanwhile
  ASSERT_TRUE(site.wait_incidents([](const auto& rows) { return !with_key(rows, "camera:CAM-3").empty(); }, 40s))
      << site.log();
  std::this_thread::sleep_for(3s);
  const auto rows = site.incidents();
  EXPECT_TRUE(with_key(rows, "camera:CAM-2").empty()) << site.log();
  for (const auto& r : rows) EXPECT_EQ(std::find(r.cameras.begin(), r.cameras.end(), "CAM-2"), r.cameras.end());
}

}  // namespace
}  // namespace camtrack::testing
