// Media (ver10) and Media2 (ver20): profiles, stream and snapshot URIs, encoder configurations.
#include <gtest/gtest.h>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

class CamsimMedia : public ::testing::Test {
 protected:
  Simulator sim{test_options()};
  bool started_ = (sim.start(), true);  // before the members below read ports
  const CameraInfo cam = sim.camera(0);
  const std::string media = "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/media_service";
  const std::string media2 = "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/media2_service";
  const std::string rtsp = "rtsp://127.0.0.1:" + std::to_string(cam.rtsp_port) + "/Streaming/Channels/";
};

TEST_F(CamsimMedia, ListsTwoH264Profiles) {
  const auto r = post_soap(media, op("GetProfiles", kTrt));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_count(r.body, "Profiles"), 2U);
  EXPECT_NE(r.body.find("token=\"Profile_1\""), std::string::npos);
  EXPECT_NE(r.body.find("token=\"Profile_2\""), std::string::npos);
  EXPECT_EQ(xml_texts(r.body, "Encoding"), (std::vector<std::string>{"H264", "H264"}));
  EXPECT_EQ(xml_texts(r.body, "Width"), (std::vector<std::string>{"1920", "640"}));
  EXPECT_EQ(xml_texts(r.body, "Height"), (std::vector<std::string>{"1080", "360"}));
}

TEST_F(CamsimMedia, GivesStreamUriPerProfile) {
  const std::string setup =
      "<StreamSetup><Stream xmlns=\"http://www.onvif.org/ver10/schema\">RTP-Unicast</Stream>"
      "<Transport xmlns=\"http://www.onvif.org/ver10/schema\"><Protocol>RTSP</Protocol></Transport></StreamSetup>";
  auto r = post_soap(media, op("GetStreamUri", kTrt, setup + "<ProfileToken>Profile_1</ProfileToken>"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_text(r.body, "Uri"), rtsp + "101");
  r = post_soap(media, op("GetStreamUri", kTrt, setup + "<ProfileToken>Profile_2</ProfileToken>"));
  EXPECT_EQ(xml_text(r.body, "Uri"), rtsp + "102");
  EXPECT_EQ(cam.stream_url, rtsp + "101");
}

TEST_F(CamsimMedia, FaultsOnUnknownProfileToken) {
  const auto r = post_soap(media, op("GetSnapshotUri", kTrt, "<ProfileToken>nope</ProfileToken>"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(xml_texts(r.body, "Value").back(), "ter:InvalidArgVal") << r.body;
}

TEST_F(CamsimMedia, GivesSnapshotUriThatServesAJpeg) {
  const auto r = post_soap(media, op("GetSnapshotUri", kTrt, "<ProfileToken>Profile_1</ProfileToken>"));
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string uri = xml_text(r.body, "Uri");
  EXPECT_EQ(uri, cam.snapshot_url);
  const auto jpeg = http_get(uri);
  EXPECT_EQ(jpeg.status, 200);
  EXPECT_EQ(jpeg.content_type, "image/jpeg");
  ASSERT_GT(jpeg.body.size(), 100U);
  EXPECT_EQ(static_cast<unsigned char>(jpeg.body[0]), 0xFF);
  EXPECT_EQ(static_cast<unsigned char>(jpeg.body[1]), 0xD8);
}

TEST_F(CamsimMedia, ListsVideoEncoderConfigurations) {
  const auto r = post_soap(media, op("GetVideoEncoderConfigurations", kTrt));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_count(r.body, "Configurations"), 2U);
  EXPECT_EQ(xml_texts(r.body, "BitrateLimit"), (std::vector<std::string>{"4096", "512"}));
}

TEST_F(CamsimMedia, ListsMedia2ProfilesWithEncoders) {
  const auto r = post_soap(media2, op("GetProfiles", kTr2, "<Type>All</Type>"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_count(r.body, "Profiles"), 2U);
  EXPECT_EQ(xml_count(r.body, "VideoEncoder"), 2U);
  EXPECT_EQ(xml_texts(r.body, "Encoding"), (std::vector<std::string>{"H264", "H264"}));
}

TEST_F(CamsimMedia, GivesMedia2StreamAndSnapshotUris) {
  auto r = post_soap(media2, op("GetStreamUri", kTr2, "<Protocol>RtspUnicast</Protocol><ProfileToken>Profile_2</ProfileToken>"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_text(r.body, "Uri"), rtsp + "102");
  r = post_soap(media2, op("GetSnapshotUri", kTr2, "<ProfileToken>Profile_1</ProfileToken>"));
  EXPECT_EQ(xml_text(r.body, "Uri"), cam.snapshot_url);
  r = post_soap(media2, op("GetVideoEncoderConfigurations", kTr2));
  EXPECT_EQ(xml_count(r.body, "Configurations"), 2U) << r.body;
}

TEST_F(CamsimMedia, DescribesStreamWithVideoTrack) {
  const auto r = rtsp_describe(cam.stream_url);
  ASSERT_EQ(r.curl_code, 0);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("m=video"), std::string::npos) << r.body;
  EXPECT_EQ(rtsp_describe(rtsp + "999").status, 404);
}

}  // namespace
}  // namespace camtrack::camsim::test
