// Transport and media faults as a client sees them: refused, hanging, dead stream, RTSP Digest,
// black and frozen snapshots.
#include <gtest/gtest.h>
#include <turbojpeg.h>

#include <curl/curl.h>

#include <chrono>
#include <vector>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

// Mean luminance of a JPEG decoded to grey; -1 when it does not decode.
double mean_luma(const std::string& jpeg) {
  tjhandle h = tjInitDecompress();
  int w = 0, ht = 0, sub = 0, cs = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(jpeg.data());
  if (tjDecompressHeader3(h, data, static_cast<unsigned long>(jpeg.size()), &w, &ht, &sub, &cs) != 0) {
    tjDestroy(h);
    return -1;
  }
  std::vector<unsigned char> grey(static_cast<std::size_t>(w * ht));
  const int rc = tjDecompress2(h, data, static_cast<unsigned long>(jpeg.size()), grey.data(), w, 0, ht, TJPF_GRAY, 0);
  tjDestroy(h);
  if (rc != 0) return -1;
  double sum = 0;
  for (const unsigned char v : grey) sum += v;
  return sum / static_cast<double>(grey.size());
}

class CamsimFaults : public ::testing::Test {
 protected:
  Simulator sim{test_options()};
  bool started_ = (sim.start(), true);  // before the members below read ports
  const CameraInfo cam = sim.camera(0);
};

TEST_F(CamsimFaults, RefusesConnectionsWhileDown) {
  sim.patch_faults(0, {.down = true});
  auto r = post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false});
  EXPECT_EQ(r.curl_code, CURLE_COULDNT_CONNECT);
  EXPECT_EQ(rtsp_describe(cam.stream_url).curl_code, CURLE_COULDNT_CONNECT);
  sim.patch_faults(0, {.down = false});
  r = post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false});
  EXPECT_EQ(r.status, 200) << "same port again after coming back up";
}

TEST_F(CamsimFaults, AcceptsButNeverAnswersWhileHanging) {
  sim.patch_faults(0, {.hang = true});
  const auto start = std::chrono::steady_clock::now();
  const auto r = post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false}, 700);
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.curl_code, CURLE_OPERATION_TIMEDOUT);
  EXPECT_EQ(r.status, 0);
  EXPECT_LT(took, std::chrono::seconds(3));
  EXPECT_EQ(rtsp_describe(cam.stream_url, {}, {}, 500).curl_code, CURLE_OPERATION_TIMEDOUT);
  EXPECT_EQ(http_get(cam.snapshot_url, 500).curl_code, CURLE_OPERATION_TIMEDOUT);
  sim.patch_faults(0, {.hang = false});
  EXPECT_EQ(post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false}).status, 200);
}

TEST_F(CamsimFaults, AnswersDescribeWith404WhenStreamIsDead) {
  EXPECT_EQ(rtsp_describe(cam.stream_url).status, 200);
  sim.patch_faults(0, {.dead_stream = true});
  const auto r = rtsp_describe(cam.stream_url);
  EXPECT_EQ(r.curl_code, 0);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body.find("m=video"), std::string::npos);
}

TEST_F(CamsimFaults, ServesDistinctSnapshotsNormally) {
  const auto a = http_get(cam.snapshot_url);
  const auto b = http_get(cam.snapshot_url);
  EXPECT_NE(a.body, b.body);
  EXPECT_GT(mean_luma(a.body), 40.0);
}

TEST_F(CamsimFaults, ServesBlackSnapshot) {
  sim.patch_faults(0, {.black_snapshot = true});
  const auto a = http_get(cam.snapshot_url);
  EXPECT_EQ(a.content_type, "image/jpeg");
  const double luma = mean_luma(a.body);
  EXPECT_GE(luma, 0.0) << "not a decodable JPEG";
  EXPECT_LT(luma, 2.0);
}

TEST_F(CamsimFaults, ServesSameBytesWhenFrozen) {
  sim.patch_faults(0, {.frozen_snapshot = true});
  const auto a = http_get(cam.snapshot_url);
  const auto b = http_get(cam.snapshot_url);
  const auto c = http_get(cam.snapshot_url);
  EXPECT_EQ(a.body, b.body);
  EXPECT_EQ(b.body, c.body);
  EXPECT_GT(mean_luma(a.body), 40.0) << "frozen, not black";
  sim.patch_faults(0, {.frozen_snapshot = false});
  EXPECT_NE(http_get(cam.snapshot_url).body, a.body);
}

TEST(CamsimRtspDigest, DemandsDigestAndRejectsWrongPasswordFault) {
  auto options = test_options();
  options.rtsp_digest = true;
  Simulator sim(options);
  sim.start();
  const auto cam = sim.camera(0);
  EXPECT_EQ(rtsp_describe(cam.stream_url).status, 401);
  EXPECT_EQ(rtsp_describe(cam.stream_url, "admin", "guess").status, 401);
  const auto ok = rtsp_describe(cam.stream_url, "admin", "secret");
  EXPECT_EQ(ok.status, 200);
  EXPECT_NE(ok.body.find("m=video"), std::string::npos);
  sim.patch_faults(0, {.wrong_password = true});
  EXPECT_EQ(rtsp_describe(cam.stream_url, "admin", "secret").status, 401);
}

}  // namespace
}  // namespace camtrack::camsim::test
