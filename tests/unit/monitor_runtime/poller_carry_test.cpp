// PollerCarry: what a swapped poller hands on to the next one.
#include <gtest/gtest.h>

#include "runtime/poller_carry.hpp"

namespace camtrack::app {
namespace {

monitor::ObjectHealth object(const std::string& code, bool checked, bool up) {
  monitor::ObjectHealth h;
  h.code = code;
  h.checked = checked;
  h.up = up;
  if (checked) h.last_checked = monitor::Instant(std::chrono::seconds(1000));
  if (up) h.last_good = monitor::Instant(std::chrono::seconds(1000));
  return h;
}

TEST(PollerCarry, CountersAddUpAcrossPollersAndGaugesAreTheNewOnes) {
  PollerCarry carry;
  monitor::Stats old;
  old.checks_started = 100;
  old.sweeps_completed = 7;
  old.cameras_up = 9;
  old.check_latency.observe(0.01);
  carry.retire({}, old, {});
  monitor::Stats fresh;
  fresh.checks_started = 3;
  fresh.cameras_up = 2;
  fresh.check_latency.observe(0.2);
  const auto s = carry.add_totals(fresh);
  EXPECT_EQ(s.checks_started, 103u);
  EXPECT_EQ(s.sweeps_completed, 7u);
  EXPECT_EQ(s.cameras_up, 2u);
  EXPECT_EQ(s.check_latency.count, 2u);
  EXPECT_DOUBLE_EQ(s.check_latency.sum_seconds, 0.21);
}

TEST(PollerCarry, UncheckedObjectsShowAsLastKnownAndRemovedOnesAreGone) {
  PollerCarry carry;
  monitor::HealthView before;
  before.cameras = {object("CAM-1", true, true), object("CAM-GONE", true, false)};
  before.cameras[1].faulty = true;
  before.coverage.gaps = {incidents::LocationClass::yard};
  carry.retire(before, {}, {{"CAM-1", "jpeg-1"}});
  monitor::HealthView fresh;
  fresh.cameras = {object("CAM-1", false, false), object("CAM-NEW", false, false)};
  fresh.coverage.gaps = {incidents::LocationClass::gate, incidents::LocationClass::yard};
  const auto merged = carry.merge(fresh);
  ASSERT_EQ(merged.cameras.size(), 2u);
  EXPECT_TRUE(merged.cameras[0].up);
  EXPECT_TRUE(merged.cameras[0].last_good.has_value());
  EXPECT_FALSE(merged.cameras[1].checked);
  EXPECT_EQ(merged.coverage.gaps, before.coverage.gaps);  // not every camera checked yet
  EXPECT_EQ(carry.snapshot("CAM-1"), "jpeg-1");
  EXPECT_FALSE(carry.snapshot("CAM-NEW"));
}

TEST(PollerCarry, CheckedObjectsAreTheNewPollersButKeepTheLastGoodTime) {
  PollerCarry carry;
  monitor::HealthView before;
  before.cameras = {object("CAM-1", true, true)};
  carry.retire(before, {}, {});
  monitor::HealthView fresh;
  fresh.cameras = {object("CAM-1", true, false)};
  fresh.cameras[0].faulty = true;
  fresh.coverage.gaps = {incidents::LocationClass::gate};
  const auto merged = carry.merge(fresh);
  EXPECT_TRUE(merged.cameras[0].faulty);
  EXPECT_FALSE(merged.cameras[0].up);
  EXPECT_EQ(merged.cameras[0].last_good, before.cameras[0].last_good);
  EXPECT_EQ(merged.coverage.gaps, fresh.coverage.gaps);
}

}  // namespace
}  // namespace camtrack::app
