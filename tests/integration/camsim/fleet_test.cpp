// Fleet mode: 200 cameras from one simulator, 10% hanging, every camera probed in parallel.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

TEST(CamsimFleet, Serves200CamerasWithTenPercentHanging) {
  auto options = test_options(200);
  options.hanging_percent = 10;
  Simulator sim(options);
  sim.start();
  const auto cams = sim.cameras();
  ASSERT_EQ(cams.size(), 200U);
  int hanging = 0;
  for (const auto& c : cams) hanging += c.faults.hang ? 1 : 0;
  EXPECT_EQ(hanging, 20);

  std::atomic<int> answered{0}, timed_out{0}, wrong{0};
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> workers;
  for (int w = 0; w < 16; ++w) {
    workers.emplace_back([&] {
      for (std::size_t i = next++; i < cams.size(); i = next++) {
        const auto r = post_soap(cams[i].device_url, op("GetDeviceInformation", kTds), {}, 3000);
        if (r.status == 200 && xml_text(r.body, "SerialNumber") == "CAMSIM-" + std::to_string(100000 + i)) {
          ++answered;
        } else if (r.curl_code == 28 && cams[i].faults.hang) {
          ++timed_out;
        } else {
          ++wrong;
        }
      }
    });
  }
  for (auto& t : workers) t.join();
  EXPECT_EQ(answered.load(), 180);
  EXPECT_EQ(timed_out.load(), 20);
  EXPECT_EQ(wrong.load(), 0);
  const auto stats = sim.stats();
  EXPECT_GE(stats.connections_accepted, 200U);
  EXPECT_EQ(stats.soap_requests, 180U);
}

TEST(CamsimFleet, UsesConsecutivePortsFromBasePort) {
  auto options = test_options(5);
  // A base port in a range the OS does not hand out for outgoing connections.
  options.base_port = 17310;
  Simulator sim(options);
  try {
    sim.start();
  } catch (const std::exception& e) {
    GTEST_SKIP() << "ports 17310-17319 busy on this machine: " << e.what();
  }
  EXPECT_EQ(sim.camera(0).http_port, 17310);
  EXPECT_EQ(sim.camera(4).http_port, 17314);
  EXPECT_EQ(sim.camera(0).rtsp_port, 17315);
  EXPECT_EQ(post_soap(sim.camera(3).device_url, op("GetSystemDateAndTime", kTds), {.send = false}).status, 200);
}

TEST(CamsimFleet, ServesEveryCameraOnOneSharedRtspPort) {
  auto options = test_options(3);
  options.shared_rtsp = true;
  Simulator sim(options);
  sim.start();
  const auto cams = sim.cameras();
  EXPECT_EQ(cams[0].rtsp_port, cams[2].rtsp_port);
  EXPECT_NE(cams[2].stream_url.find("/cam2/Streaming/Channels/101"), std::string::npos) << cams[2].stream_url;
  const auto ok = rtsp_describe(cams[2].stream_url);
  EXPECT_EQ(ok.status, 200);
  EXPECT_NE(ok.body.find("m=video"), std::string::npos);
  sim.patch_faults(1, {.hang = true});
  EXPECT_EQ(rtsp_describe(cams[1].stream_url, {}, {}, 500).curl_code, 28);
  sim.patch_faults(0, {.dead_stream = true});
  EXPECT_EQ(rtsp_describe(cams[0].stream_url).status, 404);
  EXPECT_EQ(rtsp_describe(cams[2].stream_url).status, 200) << "other cameras unaffected";
}

TEST(CamsimFleet, RefusesNonLoopbackBindAddress) {
  auto options = test_options();
  options.bind_address = "0.0.0.0";
  EXPECT_THROW(Simulator{options}, std::invalid_argument);
}

}  // namespace
}  // namespace camtrack::camsim::test
