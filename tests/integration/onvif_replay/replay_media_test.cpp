// Media, Media2, Recording and Events against real cameras' answers, replayed on 127.0.0.1.
#include <gtest/gtest.h>

#include "replay_fixture.hpp"

namespace camtrack::testing {
namespace {

using onvif::MediaVersion;

std::string summary(const onvif::Profile& p) {
  if (!p.video_encoder) return p.token + "/" + p.name + ":-";
  const auto& v = *p.video_encoder;
  return p.token + "/" + p.name + ":" + v.encoding + ":" + std::to_string(v.width) + "x" + std::to_string(v.height);
}

std::vector<std::string> summaries(const std::vector<onvif::Profile>& profiles) {
  std::vector<std::string> out;
  for (const auto& p : profiles) out.push_back(summary(p));
  return out;
}

TEST(ReplayMedia, Media1ProfilesCarryTokensEncodingsAndResolutions) {
  const std::pair<const char*, std::vector<std::string>> expected[] = {
      {"hikvision-oem_ENP1A14-IR-25X",
       {"Profile_1/mainStream:H265:2560x1440", "Profile_2/subStream:H265:704x480", "Profile_3/thirdStream:-"}},
      {"trendnet_TV-IP320PI", {"Profile_1/mainStream:H264:1280x720", "Profile_2/subStream:JPEG:352x240"}},
      {"sunba_Performance-Series",
       {"media_profile1/media_profile1:H264:2592x1944", "media_profile2/media_profile2:H264:720x576",
        "media_profile3/media_profile3:H264:352x288"}},
      {"unknown-gsoap_IPD-H4K8M05-BS", {"MainStream/MainStream:H264:2592x1944", "SubStream/SubStream:H264:640x480"}},
      {"unknown_GX728MF-IR28",
       {"media_profile1/media_profile1:H264:3840x2160", "media_profile2/media_profile2:H264:720x576",
        "media_profile3/media_profile3:H264:352x288"}},
      {"generic-ipnc_IPG-8150PSS", {"PROFILE_000/PROFILE_000:H264:2560x1920", "PROFILE_001/PROFILE_001:H264:800x448"}},
  };
  for (const auto& [folder, profiles] : expected) {
    SCOPED_TRACE(folder);
    REPLAY_OR_SKIP(r, folder);
    const auto got = r.client->get_profiles(MediaVersion::media1);
    ASSERT_TRUE(got.ok) << got.error.code << ": " << got.error.message;
    EXPECT_EQ(summaries(got.value), profiles);
  }
}

TEST(ReplayMedia, Media2ProfilesAndEncoders) {
  REPLAY_OR_SKIP(r, "sunba_Performance-Series");
  const auto profiles = r.client->get_profiles(MediaVersion::media2);
  ASSERT_TRUE(profiles.ok) << profiles.error.code << ": " << profiles.error.message;
  EXPECT_EQ(summaries(profiles.value), (std::vector<std::string>{"media_profile1/media_profile1:-",
                                                                 "media_profile2/media_profile2:-",
                                                                 "media_profile3/media_profile3:-"}));
  const auto encoders = r.client->get_video_encoder_configurations(MediaVersion::media2);
  ASSERT_TRUE(encoders.ok) << encoders.error.code;
  ASSERT_EQ(encoders.value.size(), 3u);
  EXPECT_EQ(encoders.value[0].token, "video_encoder_config");
  EXPECT_EQ(encoders.value[0].encoding, "H264");
  EXPECT_EQ(encoders.value[0].width, 2592);
  EXPECT_EQ(encoders.value[0].height, 1944);
}

TEST(ReplayMedia, Media2EncodersMayBeH265) {
  REPLAY_OR_SKIP(r, "generic-ipnc_IPG-8150PSS");
  const auto encoders = r.client->get_video_encoder_configurations(MediaVersion::media2);
  ASSERT_TRUE(encoders.ok) << encoders.error.code;
  ASSERT_EQ(encoders.value.size(), 2u);
  EXPECT_EQ(encoders.value[1].token, "VEToken_2");
  EXPECT_EQ(encoders.value[1].encoding, "H265");
  EXPECT_EQ(encoders.value[1].width, 800);
  EXPECT_EQ(encoders.value[1].height, 448);
}

TEST(ReplayMedia, Media1EncodersIncludeJpeg) {
  REPLAY_OR_SKIP(r, "trendnet_TV-IP320PI");
  const auto encoders = r.client->get_video_encoder_configurations(MediaVersion::media1);
  ASSERT_TRUE(encoders.ok) << encoders.error.code;
  ASSERT_EQ(encoders.value.size(), 2u);
  EXPECT_EQ(encoders.value[1].token, "VideoEncoderToken_2");
  EXPECT_EQ(encoders.value[1].encoding, "JPEG");
  EXPECT_EQ(encoders.value[1].width, 352);
}

TEST(ReplayMedia, StreamAndSnapshotUrisAreUnescapedAndLocal) {
  REPLAY_OR_SKIP(r, "dahua_unknown-model");
  const auto stream = r.client->get_stream_uri(MediaVersion::media1, "MainStream");
  ASSERT_TRUE(stream.ok) << stream.error.code << ": " << stream.error.message;
  EXPECT_EQ(stream.value, "rtsp://" + r.rtsp_authority() + "/cam/realmonitor?channel=1&subtype=1&unicast=true&proto=Onvif");
  const auto snapshot = r.client->get_snapshot_uri(MediaVersion::media1, "MainStream");
  ASSERT_TRUE(snapshot.ok) << snapshot.error.code;
  EXPECT_EQ(snapshot.value, "http://" + r.server->authority() + "/onvifsnapshot/media_service/snapshot?channel=1&subtype=1");
}

TEST(ReplayMedia, Media2StreamUriWhereMedia1HasNone) {
  REPLAY_OR_SKIP(r, "sunba_Performance-Series");
  const auto stream = r.client->get_stream_uri(MediaVersion::media2, "media_profile1");
  ASSERT_TRUE(stream.ok) << stream.error.code << ": " << stream.error.message;
  EXPECT_EQ(stream.value, "rtsp://" + r.rtsp_authority() + "/media/video1");
  const auto media1 = r.client->get_stream_uri(MediaVersion::media1, "media_profile1");
  EXPECT_FALSE(media1.ok);
  EXPECT_EQ(media1.error.code, "ter:ActionNotSupported");
}

TEST(ReplayMedia, HikvisionOemStreamUrisBothVersions) {
  REPLAY_OR_SKIP(r, "hikvision-oem_ENP1A14-IR-25X");
  const auto v1 = r.client->get_stream_uri(MediaVersion::media1, "Profile_1");
  ASSERT_TRUE(v1.ok) << v1.error.code;
  EXPECT_EQ(v1.value, "rtsp://" + r.rtsp_authority() + "/Streaming/Channels/101?transportmode=mcast&profile=Profile_1");
  const auto v2 = r.client->get_stream_uri(MediaVersion::media2, "Profile_1");
  ASSERT_TRUE(v2.ok) << v2.error.code;
  EXPECT_EQ(v2.value, "rtsp://" + r.rtsp_authority() + "/Streaming/Channels/101?transportmode=unicast&profile=Profile_1");
  const auto snap = r.client->get_snapshot_uri(MediaVersion::media2, "Profile_1");
  ASSERT_TRUE(snap.ok) << snap.error.code;
  EXPECT_EQ(snap.value, "http://" + r.server->authority() + "/onvif-http/snapshot?Profile_1");
}

TEST(ReplayRecording, RecordingsListTokensAndRetention) {
  REPLAY_OR_SKIP(r, "axis_unknown-model");
  const auto recordings = r.client->get_recordings();
  ASSERT_TRUE(recordings.ok) << recordings.error.code << ": " << recordings.error.message;
  ASSERT_EQ(recordings.value.size(), 3u);
  EXPECT_EQ(recordings.value[0].token, "SD_DISK_20200422_123501_A2388AB3");
  EXPECT_EQ(recordings.value[0].source_name, "paolo");
  EXPECT_EQ(recordings.value[0].max_retention, "PT1H");
  ASSERT_TRUE(recordings.value[0].max_retention_seconds.has_value());
  EXPECT_EQ(recordings.value[0].max_retention_seconds->count(), 3600);
  EXPECT_EQ(recordings.value[0].video_tracks, 1);
}

TEST(ReplayRecording, HikvisionOemRecordingHasZeroRetention) {
  REPLAY_OR_SKIP(r, "hikvision-oem_ENP1A14-IR-25X");
  const auto recordings = r.client->get_recordings();
  ASSERT_TRUE(recordings.ok) << recordings.error.code;
  ASSERT_FALSE(recordings.value.empty());
  EXPECT_EQ(recordings.value[0].token, "OnvifRecordingToken_1");
  EXPECT_EQ(recordings.value[0].max_retention, "PT0S");
}

TEST(ReplayEvents, PullPointSubscriptionAndMessages) {
  REPLAY_OR_SKIP(r, "trendnet_TV-IP320PI");
  const auto sub = r.client->create_pull_point_subscription({}, std::chrono::seconds(60));
  ASSERT_TRUE(sub.ok) << sub.error.code << ": " << sub.error.message;
  EXPECT_EQ(sub.value.address, "http://" + r.server->authority() + "/onvif/Events/PullSubManager_2018-02-27T18:36:53Z_0");
  EXPECT_EQ(sub.value.termination_time, "2018-02-27T18:37:53Z");
  const auto events = r.client->pull_messages(sub.value, std::chrono::seconds(1), 10);
  ASSERT_TRUE(events.ok) << events.error.code << ": " << events.error.message;
  ASSERT_EQ(events.value.size(), 1u);
  EXPECT_EQ(events.value[0].topic, "tns1:Monitoring/ProcessorUsage");
  EXPECT_EQ(events.value[0].operation, "Changed");
  ASSERT_EQ(events.value[0].data.size(), 1u);
  EXPECT_EQ(events.value[0].data[0], (std::pair<std::string, std::string>{"Value", "75"}));
  const auto gone = r.client->unsubscribe(sub.value);  // no capture of Unsubscribe: a fault, as data
  EXPECT_FALSE(gone.ok);
  EXPECT_EQ(gone.error.code, "ter:ActionNotSupported");
}

TEST(ReplayEvents, TamperingIsClassified) {
  REPLAY_OR_SKIP(r, "hikvision_unknown-model");
  onvif::Subscription sub{r.server->device_url(), ""};
  const auto events = r.client->pull_messages(sub, std::chrono::seconds(1), 10);
  ASSERT_TRUE(events.ok) << events.error.code << ": " << events.error.message;
  const auto tamper = std::find_if(events.value.begin(), events.value.end(),
                                   [](const onvif::Event& e) { return e.kind == onvif::EventKind::tampering; });
  ASSERT_NE(tamper, events.value.end());
  EXPECT_EQ(tamper->topic, "tns1:RuleEngine/TamperDetector/Tamper");
}

}  // namespace
}  // namespace camtrack::testing
