#include <gtest/gtest.h>

#include "web/login_throttle.hpp"

namespace camtrack::web {
namespace {

using namespace std::chrono_literals;
const incidents::Instant t0{std::chrono::seconds{1'800'000'000}};

TEST(LoginThrottle, AllowsFiveFailuresThenWaitsOneSecond) {
  LoginThrottle throttle;
  for (int i = 0; i < 4; ++i) throttle.record_failure("user:a", t0);
  EXPECT_EQ(throttle.retry_after("user:a", t0), 0s);
  throttle.record_failure("user:a", t0);
  EXPECT_EQ(throttle.retry_after("user:a", t0), 1s);
  EXPECT_EQ(throttle.retry_after("user:a", t0 + 1s), 0s);
  EXPECT_EQ(throttle.retry_after("user:b", t0), 0s);
}

TEST(LoginThrottle, DoublesTheWaitAfterEachFurtherFailure) {
  LoginThrottle throttle;
  for (int i = 0; i < 5; ++i) throttle.record_failure("k", t0);
  throttle.record_failure("k", t0 + 1s);
  EXPECT_EQ(throttle.retry_after("k", t0 + 1s), 2s);
  throttle.record_failure("k", t0 + 3s);
  EXPECT_EQ(throttle.retry_after("k", t0 + 3s), 4s);
}

TEST(LoginThrottle, CapsTheWait) {
  LoginThrottle throttle({5, 1s, 60s, 3600s, 100});
  for (int i = 0; i < 40; ++i) throttle.record_failure("k", t0);
  EXPECT_EQ(throttle.retry_after("k", t0), 60s);
}

TEST(LoginThrottle, ForgetsOnSuccessAndAfterQuietTime) {
  LoginThrottle throttle;
  for (int i = 0; i < 6; ++i) throttle.record_failure("k", t0);
  throttle.record_success("k");
  EXPECT_EQ(throttle.retry_after("k", t0), 0s);
  for (int i = 0; i < 6; ++i) throttle.record_failure("j", t0);
  EXPECT_EQ(throttle.retry_after("j", t0 + 3600s), 0s);
  throttle.record_failure("j", t0 + 3600s);
  EXPECT_EQ(throttle.retry_after("j", t0 + 3600s), 0s);  // counting starts again
}

TEST(LoginThrottle, KeepsMemoryBounded) {
  LoginThrottle throttle({5, 1s, 60s, 3600s, 10});
  for (int i = 0; i < 100; ++i) throttle.record_failure("addr:" + std::to_string(i), t0 + std::chrono::seconds{i});
  EXPECT_LE(throttle.size(), 10u);
}

}  // namespace
}  // namespace camtrack::web
