#include <gtest/gtest.h>

#include "monitor/debounce.hpp"

namespace camtrack::monitor {
namespace {

const Instant t0{std::chrono::seconds(1'800'000'000)};
const CheckOutcome bad = CheckOutcome::bad(FaultReason::unreachable);
const CheckOutcome good = CheckOutcome::good();

TEST(HealthTracker, ConfirmsAfterKFailedChecks) {
  DebouncePolicy p;
  p.fail_checks = 3;
  HealthTracker t;
  EXPECT_EQ(t.record(bad, t0, p), HealthChange::none);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(10), p), HealthChange::none);
  EXPECT_EQ(t.health(), Health::failing);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(20), p), HealthChange::confirmed);
  EXPECT_TRUE(t.faulty());
  EXPECT_EQ(t.reason(), FaultReason::unreachable);
  EXPECT_EQ(t.first_failure(), t0);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(30), p), HealthChange::none);  // confirmed once
}

TEST(HealthTracker, GoodCheckBetweenFailuresRestartsTheCount) {
  DebouncePolicy p;
  p.fail_checks = 3;
  HealthTracker t;
  t.record(bad, t0, p);
  t.record(bad, t0 + std::chrono::seconds(1), p);
  t.record(good, t0 + std::chrono::seconds(2), p);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(3), p), HealthChange::none);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(4), p), HealthChange::none);
  EXPECT_FALSE(t.faulty());
}

TEST(HealthTracker, ConfirmsAfterFailingForTSecondsWithFewerChecks) {
  DebouncePolicy p;
  p.fail_checks = 10;
  p.fail_after = std::chrono::seconds(120);
  HealthTracker t;
  EXPECT_EQ(t.record(bad, t0, p), HealthChange::none);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(119), p), HealthChange::none);
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(120), p), HealthChange::confirmed);
}

TEST(HealthTracker, ClearsOnlyAfterMGoodChecks) {
  DebouncePolicy p;
  p.fail_checks = 1;
  p.good_checks = 2;
  HealthTracker t;
  EXPECT_EQ(t.record(bad, t0, p), HealthChange::confirmed);
  EXPECT_EQ(t.record(good, t0 + std::chrono::seconds(1), p), HealthChange::none);
  EXPECT_TRUE(t.faulty());
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(2), p), HealthChange::none);  // flapping: still faulty
  EXPECT_EQ(t.record(good, t0 + std::chrono::seconds(3), p), HealthChange::none);
  EXPECT_EQ(t.record(good, t0 + std::chrono::seconds(4), p), HealthChange::cleared);
  EXPECT_FALSE(t.faulty());
  EXPECT_EQ(t.health(), Health::good);
}

TEST(HealthTracker, ResumedFaultIsNotConfirmedAgainButClearsAfterGoodChecks) {
  DebouncePolicy p;
  HealthTracker t = HealthTracker::resumed_faulty(t0);
  EXPECT_TRUE(t.faulty());
  EXPECT_EQ(t.record(bad, t0 + std::chrono::seconds(5), p), HealthChange::none);
  EXPECT_EQ(t.record(good, t0 + std::chrono::seconds(6), p), HealthChange::none);
  EXPECT_EQ(t.record(good, t0 + std::chrono::seconds(7), p), HealthChange::cleared);
}

}  // namespace
}  // namespace camtrack::monitor
