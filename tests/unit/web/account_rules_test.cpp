#include <gtest/gtest.h>

#include "incidents/accounts.hpp"

namespace camtrack::incidents {
namespace {

using namespace std::chrono_literals;

TEST(AccountRules, RefusesShortAndOverlongPasswords) {
  ASSERT_TRUE(password_problem("123456789"));
  EXPECT_NE(password_problem("123456789")->find("at least 10"), std::string::npos);
  EXPECT_FALSE(password_problem("1234567890"));
  EXPECT_TRUE(password_problem(std::string(2000, 'x')));
}

TEST(AccountRules, AcceptsOnlySimpleUsernames) {
  EXPECT_FALSE(username_problem("nguyen.van_a-1"));
  EXPECT_TRUE(username_problem("ab"));
  EXPECT_TRUE(username_problem("Alice"));
  EXPECT_TRUE(username_problem("a b c"));
  EXPECT_TRUE(username_problem("-abc"));
  EXPECT_TRUE(username_problem(std::string(65, 'a')));
}

TEST(SessionAlive, EndsAtIdleOrAbsoluteExpiry) {
  const Instant t0{std::chrono::seconds{1'800'000'000}};
  const SessionPolicy policy{30min, 12h};
  Session s;
  s.created_at = t0;
  s.last_seen_at = t0;
  EXPECT_TRUE(session_alive(s, policy, t0 + 29min));
  EXPECT_FALSE(session_alive(s, policy, t0 + 30min));
  s.last_seen_at = t0 + 12h - 1min;
  EXPECT_TRUE(session_alive(s, policy, t0 + 12h - 1s));
  EXPECT_FALSE(session_alive(s, policy, t0 + 12h));
}

}  // namespace
}  // namespace camtrack::incidents
