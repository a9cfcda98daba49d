// The HTTP JSON control endpoint: listing, fault switching, events, recording range, clear errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

using nlohmann::json;

class CamsimControl : public ::testing::Test {
 protected:
  void SetUp() override {
    sim.start();
    ASSERT_TRUE(sim.control_port().has_value());
    base = "http://127.0.0.1:" + std::to_string(*sim.control_port());
  }
  Simulator sim{test_options(3)};
  std::string base;
};

TEST_F(CamsimControl, ListsCamerasWithAddresses) {
  const auto r = http_get(base + "/cameras");
  ASSERT_EQ(r.status, 200);
  const json list = json::parse(r.body);
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[2]["index"], 2);
  EXPECT_EQ(list[2]["device_url"], sim.camera(2).device_url);
  EXPECT_EQ(list[1]["faults"]["hang"], false);
  EXPECT_EQ(http_get(base + "/healthz").status, 200);
}

TEST_F(CamsimControl, SwitchesFaultsThatClientsThenSee) {
  const auto r = http_post(base + "/cameras/1/faults", R"({"hang": true, "clock_skew_seconds": 120})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["faults"]["hang"], true);
  EXPECT_TRUE(sim.faults(1).hang);
  EXPECT_EQ(sim.faults(1).clock_skew_seconds, 120);
  EXPECT_FALSE(sim.faults(0).hang);
  const auto probe = post_soap(sim.camera(1).device_url, op("GetSystemDateAndTime", kTds), {.send = false}, 500);
  EXPECT_NE(probe.curl_code, 0) << "camera 1 answered although hanging";
  EXPECT_EQ(json::parse(http_get(base + "/cameras/1").body)["faults"]["clock_skew_seconds"], 120);
  http_post(base + "/cameras/1/faults", R"({"down": true})");
  EXPECT_EQ(post_soap(sim.camera(1).device_url, op("GetSystemDateAndTime", kTds), {.send = false}).status, 0);
}

TEST_F(CamsimControl, QueuesEventsForSubscribers) {
  const auto cam = sim.camera(0);
  const auto sub = post_soap(cam.device_url.substr(0, cam.device_url.rfind('/')) + "/event_service",
                             op("CreatePullPointSubscription", kTev));
  const std::string address = xml_text(sub.body, "Address");
  post_soap(address, op("PullMessages", kTev, "<Timeout>PT1S</Timeout><MessageLimit>10</MessageLimit>"));
  const auto r = http_post(base + "/cameras/0/events", R"({"kind": "tampering", "state": true})");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto pulled = post_soap(address, op("PullMessages", kTev, "<Timeout>PT1S</Timeout><MessageLimit>10</MessageLimit>"));
  EXPECT_EQ(xml_text(pulled.body, "Topic"), "tns1:VideoSource/GlobalSceneChange/ImagingService");
}

TEST_F(CamsimControl, SetsRecordingRange) {
  const auto r = http_post(base + "/cameras/2/recording",
                           R"({"earliest": "2025-06-01T00:00:00Z", "latest": "2026-11-01T12:00:00Z"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["recording"]["earliest"], "2025-06-01T00:00:00Z");
}

TEST_F(CamsimControl, NamesTheBadFieldOnError) {
  auto r = http_post(base + "/cameras/0/faults", R"({"hang": "yes"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json::parse(r.body)["error"].get<std::string>().find("hang"), std::string::npos);
  r = http_post(base + "/cameras/0/faults", R"({"explode": true})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("explode"), std::string::npos);
  r = http_post(base + "/cameras/0/faults", "not json");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(http_get(base + "/cameras/7").status, 404);
  EXPECT_EQ(http_post(base + "/cameras/0/events", R"({"kind": "fire", "state": true})").status, 400);
  EXPECT_FALSE(sim.faults(0).hang);
}

}  // namespace
}  // namespace camtrack::camsim::test
