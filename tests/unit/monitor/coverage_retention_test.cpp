#include <gtest/gtest.h>

#include <set>

#include "monitor/coverage.hpp"
#include "monitor/retention.hpp"

namespace camtrack::monitor {
namespace {

using incidents::LocationClass;
using std::chrono::days;

incidents::Camera camera(std::string code, LocationClass loc, bool enabled = true) {
  incidents::Camera c;
  c.code = std::move(code);
  c.location = loc;
  c.enabled = enabled;
  return c;
}

TEST(Coverage, EveryRequiredClassWithAHealthyCameraHasNoGap) {
  std::vector<incidents::Camera> cams;
  for (auto c : incidents::all_location_classes) {
    if (c != LocationClass::other) cams.push_back(camera(std::string(incidents::location_class_name(c)), c));
  }
  const auto r = coverage_report(cams, [](const std::string&) { return true; });
  EXPECT_EQ(r.classes.size(), 6u);
  EXPECT_EQ(r.gap_count(), 0);
}

TEST(Coverage, ClassWhoseOnlyCamerasAreDownIsAGapAndOtherIsNeverRequired) {
  std::vector<incidents::Camera> cams = {camera("G1", LocationClass::gate), camera("G2", LocationClass::gate),
                                         camera("Y1", LocationClass::yard), camera("O1", LocationClass::other)};
  const std::set<std::string> down = {"Y1", "G1"};
  const auto r = coverage_report(cams, [&](const std::string& code) { return down.count(code) == 0; });
  // gate has G2; yard has none healthy; four classes have no camera at all.
  EXPECT_EQ(r.gap_count(), 5);
  EXPECT_EQ(std::count(r.gaps.begin(), r.gaps.end(), LocationClass::gate), 0);
  EXPECT_EQ(std::count(r.gaps.begin(), r.gaps.end(), LocationClass::yard), 1);
  EXPECT_EQ(std::count(r.gaps.begin(), r.gaps.end(), LocationClass::other), 0);
  EXPECT_EQ(r.classes[0].cameras, 2);
  EXPECT_EQ(r.classes[0].healthy, 1);
}

TEST(Coverage, DisabledCameraDoesNotCover) {
  std::vector<incidents::Camera> cams = {camera("G1", LocationClass::gate, false)};
  const auto r = coverage_report(cams, [](const std::string&) { return true; });
  EXPECT_EQ(std::count(r.gaps.begin(), r.gaps.end(), LocationClass::gate), 1);
}

const Instant now{std::chrono::sys_days(std::chrono::year(2026) / 11 / 23)};

TEST(Retention, MatureSiteWithThirtyDaysOfFootageIsAShortfall) {
  const auto v = judge_retention(now - days(30), now - days(800), now);
  EXPECT_TRUE(v.site_mature);
  EXPECT_EQ(v.days_covered, 30);
  EXPECT_TRUE(v.shortfall);
}

TEST(Retention, MatureSiteWithMoreThanAYearIsFine) {
  const auto v = judge_retention(now - days(366), now - days(800), now);
  EXPECT_FALSE(v.shortfall);
  EXPECT_EQ(v.days_covered, 366);
}

TEST(Retention, YoungSiteOnlyReportsDaysCovered) {
  const auto v = judge_retention(now - days(100), now - days(120), now);
  EXPECT_FALSE(v.site_mature);
  EXPECT_FALSE(v.shortfall);
  EXPECT_EQ(v.days_covered, 100);
}

TEST(Retention, NoFootageAtAllOnAMatureSiteIsAShortfall) {
  const auto v = judge_retention(std::nullopt, std::nullopt, now);
  EXPECT_TRUE(v.site_mature);
  EXPECT_EQ(v.days_covered, 0);
  EXPECT_TRUE(v.shortfall);
}

}  // namespace
}  // namespace camtrack::monitor
