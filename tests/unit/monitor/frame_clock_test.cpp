#include <gtest/gtest.h>
#include <turbojpeg.h>

#include <vector>

#include "monitor/clock_drift.hpp"
#include "monitor/frame_analysis.hpp"

namespace camtrack::monitor {
namespace {

std::string jpeg_of(unsigned char grey_level, int salt = 0) {
  const int w = 64, h = 48;
  std::vector<unsigned char> px(static_cast<std::size_t>(w * h), grey_level);
  px[static_cast<std::size_t>(salt % (w * h))] = static_cast<unsigned char>(255 - grey_level);
  tjhandle tj = tjInitCompress();
  unsigned char* out = nullptr;
  unsigned long size = 0;
  EXPECT_EQ(tjCompress2(tj, px.data(), w, 0, h, TJPF_GRAY, &out, &size, TJSAMP_GRAY, 90, 0), 0);
  std::string bytes(reinterpret_cast<char*>(out), size);
  tjFree(out);
  tjDestroy(tj);
  return bytes;
}

SnapshotFacts facts_of(const std::string& jpeg) {
  return SnapshotFacts{true, mean_luminance(jpeg), content_hash(jpeg)};
}

TEST(FrameAnalysis, BlackFrameHasVeryLowLuminanceAndGreyDoesNot) {
  const auto black = mean_luminance(jpeg_of(0));
  const auto grey = mean_luminance(jpeg_of(128));
  ASSERT_TRUE(black && grey);
  EXPECT_LT(*black, 5.0);
  EXPECT_GT(*grey, 100.0);
  EXPECT_FALSE(mean_luminance("not a jpeg").has_value());
}

TEST(FrameAnalysis, BlackSnapshotIsABlackImageFault) {
  SnapshotPolicy p;
  FrozenDetector frozen;
  EXPECT_EQ(judge_snapshot(facts_of(jpeg_of(0)), frozen, p).reason, FaultReason::black_image);
  EXPECT_TRUE(judge_snapshot(facts_of(jpeg_of(128)), frozen, p).ok);
  EXPECT_EQ(judge_snapshot(SnapshotFacts{}, frozen, p).reason, FaultReason::snapshot_failed);
}

TEST(FrameAnalysis, SameImageForNChecksIsFrozenAndANewImageClearsIt) {
  SnapshotPolicy p;
  p.frozen_checks = 3;
  FrozenDetector frozen;
  const auto same = facts_of(jpeg_of(120, 1));
  EXPECT_TRUE(judge_snapshot(same, frozen, p).ok);
  EXPECT_TRUE(judge_snapshot(same, frozen, p).ok);
  EXPECT_EQ(judge_snapshot(same, frozen, p).reason, FaultReason::frozen_image);
  EXPECT_TRUE(judge_snapshot(facts_of(jpeg_of(120, 2)), frozen, p).ok);
}

TEST(ClockDrift, ParsesTheUtcTimeOfAGetSystemDateAndTimeAnswer) {
  const std::string body =
      "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:LocalDateTime><tt:Time><tt:Hour>3</tt:Hour>"
      "</tt:Time></tt:LocalDateTime><tt:UTCDateTime><tt:Time><tt:Hour>10</tt:Hour><tt:Minute>20</tt:Minute>"
      "<tt:Second>30</tt:Second></tt:Time><tt:Date><tt:Year>2026</tt:Year><tt:Month>11</tt:Month>"
      "<tt:Day>23</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>";
  const auto utc = parse_device_utc(body);
  ASSERT_TRUE(utc.has_value());
  const Instant expected = std::chrono::sys_days(std::chrono::year(2026) / 11 / 23) + std::chrono::hours(10) +
                           std::chrono::minutes(20) + std::chrono::seconds(30);
  EXPECT_EQ(*utc, expected);
  EXPECT_FALSE(parse_device_utc("<x>no time</x>").has_value());
}

TEST(ClockDrift, OffsetIsMeasuredAgainstTheMidpointAndWarnsAboveTheThreshold) {
  const Instant device{std::chrono::seconds(1'000'100)};
  const std::chrono::system_clock::time_point sent{std::chrono::seconds(1'000'000)};
  const double off = clock_offset_seconds(device, sent, sent + std::chrono::seconds(2));
  EXPECT_DOUBLE_EQ(off, 99.0);
  ClockDriftPolicy p;
  EXPECT_TRUE(drift_warning(off, p));
  EXPECT_TRUE(drift_warning(-11, p));
  EXPECT_FALSE(drift_warning(3, p));
}

}  // namespace
}  // namespace camtrack::monitor
