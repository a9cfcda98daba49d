// Login throttling, pure: counts failed logins per key ("user:alice", "addr:192.0.2.7") and, after
// `free_failures` of them, makes the key wait base_delay, then twice that after each further failure,
// up to max_delay. A key is forgotten after `forget_after` without failures, or on a successful login.
// `now` is always a parameter; the caller owns the object (and its locking).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::web {

struct ThrottlePolicy {
  int free_failures = 5;
  std::chrono::seconds base_delay{1};
  std::chrono::seconds max_delay{15 * 60};
  std::chrono::seconds forget_after{60 * 60};
  std::size_t max_keys = 100000;  // bounded memory under a spray of usernames/addresses
};

class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottlePolicy policy = {}) : policy_(policy) {}

  // How long the key must still wait before another attempt; zero when it may try now.
  std::chrono::seconds retry_after(const std::string& key, incidents::Instant now) const;
  void record_failure(const std::string& key, incidents::Instant now);
  void record_success(const std::string& key);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    int failures = 0;
    incidents::Instant last_failure{};
  };
  std::chrono::seconds delay_after(int failures) const;
  void prune(incidents::Instant now);
  ThrottlePolicy policy_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace camtrack::web
