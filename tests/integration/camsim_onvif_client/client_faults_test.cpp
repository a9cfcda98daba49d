// camsim's injected faults as DeviceClient reports them: the codes the monitor classifies.
#include <gtest/gtest.h>

#include "camsim/simulator.hpp"
#include "onvif/device_client.hpp"
#include "onvif/media_check.hpp"
#include "onvif/result.hpp"

namespace camtrack::camsim {
namespace {

class CamsimFaultsWithClient : public ::testing::Test {
 protected:
  static SimulatorOptions options() {
    SimulatorOptions o;
    o.user = "customs";
    o.password = "s3cret";
    o.rtsp_digest = true;
    return o;
  }
  onvif::DeviceClient client(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) const {
    onvif::ClientOptions o;
    o.connect_timeout = timeout;
    o.receive_timeout = timeout;
    o.total_timeout = timeout;
    return onvif::DeviceClient(cam.device_url, {"customs", "s3cret"}, o);
  }
  Simulator sim{options()};
  bool started_ = (sim.start(), true);
  const CameraInfo cam = sim.camera(0);
};

TEST_F(CamsimFaultsWithClient, ReportsRefusedWhenDown) {
  sim.patch_faults(0, {.down = true});
  const auto r = client().get_system_date_and_time();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.code, onvif::code::refused);
}

TEST_F(CamsimFaultsWithClient, ReportsTimeoutWithinClientLimitWhenHanging) {
  sim.patch_faults(0, {.hang = true});
  const auto start = std::chrono::steady_clock::now();
  const auto r = client(std::chrono::milliseconds(800)).get_system_date_and_time();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.code, onvif::code::timeout);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4));
}

TEST_F(CamsimFaultsWithClient, ReportsNotAuthorizedWithWrongPasswordFault) {
  sim.patch_faults(0, {.wrong_password = true});
  auto c = client();
  ASSERT_TRUE(c.get_system_date_and_time().ok);
  const auto r = c.get_device_information();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.code, "ter:NotAuthorized");
  const auto stream = onvif::check_stream(cam.stream_url, "customs", "s3cret");
  EXPECT_FALSE(stream.ok);
  EXPECT_EQ(stream.error.code, "auth_failed");
}

TEST_F(CamsimFaultsWithClient, MeasuresClockSkewAndStillAuthenticates) {
  sim.patch_faults(0, {.clock_skew_seconds = -7200});
  auto c = client();
  const auto clock = c.get_system_date_and_time();
  ASSERT_TRUE(clock.ok);
  EXPECT_NEAR(clock.value.offset_seconds, -7200.0, 3.0);
  const auto info = c.get_device_information();
  EXPECT_TRUE(info.ok) << "digest with corrected Created: " << info.error.code << " " << info.error.message;
}

TEST_F(CamsimFaultsWithClient, RejectsUncorrectedTimestampOnSkewedDevice) {
  sim.patch_faults(0, {.clock_skew_seconds = 7200});
  auto c = client();
  c.set_clock_offset_seconds(0);  // a client that trusts its own clock
  const auto r = c.get_device_information();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.code, "ter:NotAuthorized");
}

TEST_F(CamsimFaultsWithClient, ReportsDeadStream) {
  sim.patch_faults(0, {.dead_stream = true});
  const auto r = onvif::check_stream(cam.stream_url, "customs", "s3cret");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.code, "rtsp_404");
}

TEST_F(CamsimFaultsWithClient, ReportsShortRetention) {
  sim.patch_faults(0, {.short_retention = true});
  auto c = client();
  ASSERT_TRUE(c.get_services().ok);
  const auto summary = c.get_recording_summary();
  ASSERT_TRUE(summary.ok) << summary.error.code;
  const auto covered = std::chrono::floor<std::chrono::days>(*summary.value.latest - *summary.value.earliest);
  EXPECT_EQ(covered.count(), 30);
}

TEST_F(CamsimFaultsWithClient, ServesFrozenAndBlackSnapshots) {
  sim.patch_faults(0, {.frozen_snapshot = true});
  const auto a = onvif::fetch_snapshot(cam.snapshot_url, "customs", "s3cret");
  const auto b = onvif::fetch_snapshot(cam.snapshot_url, "customs", "s3cret");
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.value.jpeg, b.value.jpeg);
  sim.patch_faults(0, {.black_snapshot = true, .frozen_snapshot = false});
  const auto black = onvif::fetch_snapshot(cam.snapshot_url, "customs", "s3cret");
  ASSERT_TRUE(black.ok);
  EXPECT_TRUE(onvif::looks_like_jpeg(black.value.jpeg));
  EXPECT_NE(black.value.jpeg, a.value.jpeg);
}

}  // namespace
}  // namespace camtrack::camsim
