// Every ONVIF operation camsim serves, read by DeviceClient over 127.0.0.1.
#include <gtest/gtest.h>

#include "camsim/simulator.hpp"
#include "onvif/device_client.hpp"
#include "onvif/media_check.hpp"

namespace camtrack::camsim {
namespace {

using onvif::MediaVersion;

SimulatorOptions options() {
  SimulatorOptions o;
  o.user = "customs";
  o.password = "s3cret";
  return o;
}

class CamsimWithClient : public ::testing::Test {
 protected:
  Simulator sim{options()};
  bool started_ = (sim.start(), true);
  const CameraInfo cam = sim.camera(0);
  onvif::DeviceClient client{cam.device_url, {"customs", "s3cret"}};
};

TEST_F(CamsimWithClient, ReadsClockAndDeviceInformation) {
  const auto clock = client.get_system_date_and_time();
  ASSERT_TRUE(clock.ok) << clock.error.code << ": " << clock.error.message;
  EXPECT_LT(std::abs(clock.value.offset_seconds), 3.0);
  const auto info = client.get_device_information();
  ASSERT_TRUE(info.ok) << info.error.code << ": " << info.error.message;
  EXPECT_EQ(info.value.manufacturer, "camtrack");
  EXPECT_EQ(info.value.model, "camsim");
  EXPECT_EQ(info.value.serial_number, "CAMSIM-100000");
}

TEST_F(CamsimWithClient, FindsEveryServiceOnItsPort) {
  const auto services = client.get_services();
  ASSERT_TRUE(services.ok) << services.error.code << ": " << services.error.message;
  const std::string base = "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/";
  EXPECT_EQ(services.value.media, base + "media_service");
  EXPECT_EQ(services.value.media2, base + "media2_service");
  EXPECT_EQ(services.value.recording, base + "recording_service");
  EXPECT_EQ(services.value.search, base + "search_service");
  EXPECT_EQ(services.value.events, base + "event_service");
  const auto caps = client.get_capabilities();
  ASSERT_TRUE(caps.ok) << caps.error.code;
  EXPECT_EQ(caps.value.media, base + "media_service");
  const auto scopes = client.get_scopes();
  ASSERT_TRUE(scopes.ok) << scopes.error.code;
  EXPECT_EQ(scopes.value.size(), 6U);
}

TEST_F(CamsimWithClient, ReadsProfilesAndUrisFromBothMediaVersions) {
  ASSERT_TRUE(client.get_services().ok);
  for (const auto version : {MediaVersion::media1, MediaVersion::media2}) {
    const auto profiles = client.get_profiles(version);
    ASSERT_TRUE(profiles.ok) << profiles.error.code << ": " << profiles.error.message;
    ASSERT_EQ(profiles.value.size(), 2U);
    EXPECT_EQ(profiles.value[0].token, "Profile_1");
    ASSERT_TRUE(profiles.value[0].video_encoder.has_value());
    EXPECT_EQ(profiles.value[0].video_encoder->encoding, "H264");
    EXPECT_EQ(profiles.value[0].video_encoder->width, 1920);
    EXPECT_EQ(profiles.value[1].video_encoder->height, 360);
    const auto stream = client.get_stream_uri(version, "Profile_1");
    ASSERT_TRUE(stream.ok) << stream.error.code;
    EXPECT_EQ(stream.value, cam.stream_url);
    const auto snapshot = client.get_snapshot_uri(version, "Profile_2");
    ASSERT_TRUE(snapshot.ok) << snapshot.error.code;
    EXPECT_EQ(snapshot.value, cam.snapshot_url);
    const auto encoders = client.get_video_encoder_configurations(version);
    ASSERT_TRUE(encoders.ok) << encoders.error.code;
    EXPECT_EQ(encoders.value.size(), 2U);
  }
}

TEST_F(CamsimWithClient, ReadsRecordingRange) {
  ASSERT_TRUE(client.get_services().ok);
  const auto recordings = client.get_recordings();
  ASSERT_TRUE(recordings.ok) << recordings.error.code << ": " << recordings.error.message;
  ASSERT_EQ(recordings.value.size(), 1U);
  EXPECT_EQ(recordings.value[0].video_tracks, 1);
  const auto summary = client.get_recording_summary();
  ASSERT_TRUE(summary.ok) << summary.error.code;
  ASSERT_TRUE(summary.value.earliest && summary.value.latest);
  const auto covered = std::chrono::floor<std::chrono::days>(*summary.value.latest - *summary.value.earliest);
  EXPECT_EQ(covered.count(), 400);
}

TEST_F(CamsimWithClient, PullsInjectedStorageFailure) {
  ASSERT_TRUE(client.get_services().ok);
  const auto sub = client.create_pull_point_subscription({}, std::chrono::seconds(60));
  ASSERT_TRUE(sub.ok) << sub.error.code << ": " << sub.error.message;
  const auto initial = client.pull_messages(sub.value, std::chrono::seconds(1), 10);
  ASSERT_TRUE(initial.ok) << initial.error.code << ": " << initial.error.message;
  EXPECT_EQ(initial.value.size(), 3U);
  sim.patch_faults(0, {.storage_failure = true});
  const auto events = client.pull_messages(sub.value, std::chrono::seconds(1), 10);
  ASSERT_TRUE(events.ok) << events.error.code;
  ASSERT_EQ(events.value.size(), 1U);
  EXPECT_EQ(events.value[0].kind, onvif::EventKind::storage_failure);
  EXPECT_EQ(events.value[0].operation, "Changed");
  EXPECT_TRUE(client.unsubscribe(sub.value).ok);
}

TEST_F(CamsimWithClient, PassesStreamAndSnapshotChecks) {
  const auto stream = onvif::check_stream(cam.stream_url, "customs", "s3cret");
  ASSERT_TRUE(stream.ok) << stream.error.code << ": " << stream.error.message;
  EXPECT_TRUE(stream.value.has_video);
  EXPECT_EQ(stream.value.video_codec, "H264");
  const auto snapshot = onvif::fetch_snapshot(cam.snapshot_url, "customs", "s3cret");
  ASSERT_TRUE(snapshot.ok) << snapshot.error.code;
  EXPECT_TRUE(onvif::looks_like_jpeg(snapshot.value.jpeg));
}

}  // namespace
}  // namespace camtrack::camsim
