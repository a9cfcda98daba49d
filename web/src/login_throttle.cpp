#include "web/login_throttle.hpp"

#include <algorithm>

namespace camtrack::web {

std::chrono::seconds LoginThrottle::delay_after(int failures) const {
  if (failures < policy_.free_failures) return std::chrono::seconds{0};
  auto delay = policy_.base_delay;
  for (int i = policy_.free_failures; i < failures && delay < policy_.max_delay; ++i) delay *= 2;
  return std::min(delay, policy_.max_delay);
}

std::chrono::seconds LoginThrottle::retry_after(const std::string& key, incidents::Instant now) const {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return std::chrono::seconds{0};
  const auto& entry = it->second;
  if (now - entry.last_failure >= policy_.forget_after) return std::chrono::seconds{0};
  const auto allowed_at = entry.last_failure + delay_after(entry.failures);
  return allowed_at > now ? allowed_at - now : std::chrono::seconds{0};
}

void LoginThrottle::record_failure(const std::string& key, incidents::Instant now) {
  if (entries_.size() >= policy_.max_keys && !entries_.contains(key)) prune(now);
  auto& entry = entries_[key];
  if (entry.failures > 0 && now - entry.last_failure >= policy_.forget_after) entry.failures = 0;
  ++entry.failures;
  entry.last_failure = now;
}

void LoginThrottle::record_success(const std::string& key) { entries_.erase(key); }

void LoginThrottle::prune(incidents::Instant now) {
  std::erase_if(entries_, [&](const auto& item) { return now - item.second.last_failure >= policy_.forget_after; });
  while (entries_.size() >= policy_.max_keys) {
    const auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
      return a.second.last_failure < b.second.last_failure;
    });
    entries_.erase(oldest);
  }
}

}  // namespace camtrack::web
