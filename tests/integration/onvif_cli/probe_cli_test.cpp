// `camtrack probe` and `camtrack discover` as scripts see them: exit codes and the JSON contract.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "fixture_replay.hpp"
#include "process.hpp"
#include "test_http_server.hpp"

namespace camtrack::testing {
namespace {

TEST(ProbeCli, UnreachableDeviceExitsTwo) {
  const std::string url = "http://127.0.0.1:" + std::to_string(closed_local_port()) + "/onvif/device_service";
  const auto r = run_camtrack({"probe", url, "--user", "admin", "--password", "x", "--json", "--timeout", "2"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_FALSE(j["reachable"].get<bool>());
  EXPECT_TRUE(j["device"].is_null());
  EXPECT_TRUE(j["clock_offset_seconds"].is_null());
  EXPECT_TRUE(j["profiles"].empty());
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["code"], "refused");
  EXPECT_EQ(j["errors"][0]["check"], "system_date_and_time");
}

TEST(ProbeCli, UsageErrorsExitSixtyFour) {
  EXPECT_EQ(run_camtrack({"probe"}).exit_code, 64);
  EXPECT_EQ(run_camtrack({"probe", "ftp://camera/x"}).exit_code, 64);
  EXPECT_EQ(run_camtrack({"probe", "http://127.0.0.1:1/", "--timeout", "-3"}).exit_code, 64);
  EXPECT_EQ(run_camtrack({"probe", "http://127.0.0.1:1/", "--bogus"}).exit_code, 64);
  const auto r = run_camtrack({"discover", "--wait", "0"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("--wait"), std::string::npos);
}

TEST(ProbeCli, ReplayedCameraGivesTheFullContract) {
  const auto folder = onvif_fixtures_dir() / "trendnet_TV-IP320PI";
  if (!std::filesystem::is_directory(folder)) GTEST_SKIP() << "fixtures absent: " << folder;
  FixtureReplay replay(folder);
  const auto r = run_camtrack({"probe", replay.device_url(), "--user", "admin", "--password", "x", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_TRUE(j["reachable"].get<bool>());
  EXPECT_EQ(j["device"]["manufacturer"], "TRENDnet");
  EXPECT_EQ(j["device"]["model"], "TV-IP320PI");
  EXPECT_EQ(j["device"]["firmware_version"], "V5.3.4 build 160830");
  EXPECT_EQ(j["device"]["serial_number"], "TV-IP320PI20161206AAWR863642784");
  EXPECT_EQ(j["device"]["hardware_id"], "88");
  EXPECT_LT(j["clock_offset_seconds"].get<double>(), -2.0e8);  // the capture is from 2018
  ASSERT_EQ(j["profiles"].size(), 2u);
  EXPECT_EQ(j["profiles"][1], (nlohmann::json{{"token", "Profile_2"}, {"name", "subStream"}, {"encoding", "JPEG"},
                                              {"width", 352}, {"height", 240}}));
  const std::string rtsp = "rtsp://127.0.0.1:" + std::to_string(replay.rtsp_port());
  EXPECT_EQ(j["stream_uri"], rtsp + "/Streaming/Channels/102?transportmode=unicast&profile=Profile_2");
  EXPECT_EQ(j["snapshot_uri"], "http://" + replay.authority() + "/onvif-http/snapshot?Profile_2");
  EXPECT_FALSE(j["stream"]["ok"].get<bool>());  // the rtsp port is closed on purpose
  EXPECT_EQ(j["stream"]["code"], "refused");
  EXPECT_TRUE(j["recording"].is_null());
  bool noted_recording = false;
  for (const auto& e : j["errors"]) noted_recording |= e["check"] == "recording";
  EXPECT_TRUE(noted_recording);
}

TEST(ProbeCli, TextOutputNamesTheDevice) {
  const auto folder = onvif_fixtures_dir() / "hikvision_DS-2CD2012-I";
  if (!std::filesystem::is_directory(folder)) GTEST_SKIP() << "fixtures absent: " << folder;
  FixtureReplay replay(folder);
  const auto r = run_camtrack({"probe", replay.device_url(), "--user", "admin", "--password", "x"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("HIKVISION DS-2CD2012-I"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Profile_1 (mainStream) H264 1280x720"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace camtrack::testing
