// ReloadSchedule (debounce of inventory hints, safety-net check) and inventory_fingerprint.
#include <gtest/gtest.h>

#include "runtime/inventory_reload.hpp"

namespace camtrack::app {
namespace {

using namespace std::chrono_literals;
using Clock = ReloadSchedule::Clock;

const Clock::time_point t0{std::chrono::hours(1)};

ReloadSchedule schedule() { return ReloadSchedule({2000ms, 20000ms, 60000ms}, t0); }

TEST(ReloadSchedule, NothingDueWithoutHintBeforeTheCheck) {
  auto s = schedule();
  EXPECT_FALSE(s.reload_due(t0 + 59s));
  EXPECT_FALSE(s.check_due(t0 + 59s));
  EXPECT_TRUE(s.check_due(t0 + 60s));
  EXPECT_EQ(s.next_wake(), t0 + 60s);
}

TEST(ReloadSchedule, ReloadWaitsForTwoQuietSecondsAfterTheLastHint) {
  auto s = schedule();
  s.hint(t0 + 1s);
  s.hint(t0 + 2s);
  EXPECT_FALSE(s.reload_due(t0 + 3s));
  EXPECT_EQ(s.next_wake(), t0 + 4s);
  EXPECT_TRUE(s.reload_due(t0 + 4s));
}

TEST(ReloadSchedule, SteadyHintsStillReloadAfterTheMaximumDelay) {
  auto s = schedule();
  for (auto t = 0s; t <= 20s; t += 1s) s.hint(t0 + t);
  EXPECT_TRUE(s.reload_due(t0 + 20s));
}

TEST(ReloadSchedule, ServedClearsHintsAndMovesTheCheck) {
  auto s = schedule();
  s.hint(t0);
  s.served(t0 + 2s);
  EXPECT_FALSE(s.reload_due(t0 + 10s));
  EXPECT_FALSE(s.check_due(t0 + 61s));
  EXPECT_TRUE(s.check_due(t0 + 62s));
}

monitor::SiteInventory site() {
  monitor::SiteInventory s;
  monitor::MonitoredCamera c;
  c.camera.id = 1;
  c.camera.code = "CAM-1";
  c.camera.onvif_address = "http://127.0.0.1:1/onvif/device_service";
  c.customs_account = {"customs", "secret"};
  s.cameras.push_back(c);
  monitor::MonitoredRecorder r;
  r.recorder.id = 1;
  r.recorder.code = "NVR-1";
  s.recorders.push_back(r);
  incidents::Uplink u;
  u.code = "WAN-1";
  u.check_targets = {"127.0.0.1:2"};
  s.uplinks.push_back(u);
  return s;
}

TEST(InventoryFingerprint, SameInventorySameFingerprint) {
  EXPECT_EQ(inventory_fingerprint(site()), inventory_fingerprint(site()));
}

TEST(InventoryFingerprint, EveryChangeThePollerSeesChangesIt) {
  const auto before = inventory_fingerprint(site());
  std::vector<std::function<void(monitor::SiteInventory&)>> edits = {
      [](auto& s) { s.cameras[0].camera.enabled = false; },
      [](auto& s) { s.cameras[0].camera.onvif_address += "x"; },
      [](auto& s) { s.cameras[0].camera.switch_name = "SW-1"; },
      [](auto& s) { s.cameras[0].camera.location = incidents::LocationClass::yard; },
      [](auto& s) { s.cameras[0].camera.recorder_id = 1; },
      [](auto& s) { s.cameras[0].customs_account.password = "changed"; },
      [](auto& s) { s.cameras.push_back(s.cameras[0]); },
      [](auto& s) { s.recorders[0].recorder.enabled = false; },
      [](auto& s) { s.recorders[0].customs_account.username = "nvr"; },
      [](auto& s) { s.uplinks[0].check_targets.push_back("127.0.0.1:3"); },
      [](auto& s) { s.uplinks[0].kind = incidents::UplinkKind::private_channel; },
      [](auto& s) { s.uplinks.clear(); },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    auto s = site();
    edits[i](s);
    EXPECT_NE(inventory_fingerprint(s), before) << "edit " << i;
  }
}

TEST(InventoryFingerprint, ValuesDoNotRunIntoEachOther) {
  auto a = site();
  auto b = site();
  a.cameras[0].customs_account = {"ab", "c"};
  b.cameras[0].customs_account = {"a", "bc"};
  EXPECT_NE(inventory_fingerprint(a), inventory_fingerprint(b));
}

}  // namespace
}  // namespace camtrack::app
