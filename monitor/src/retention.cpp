#include "monitor/retention.hpp"

namespace camtrack::monitor {

RetentionVerdict judge_retention(std::optional<Instant> earliest_footage, std::optional<Instant> site_started,
                                 Instant now, int required_days) {
  using days = std::chrono::days;
  RetentionVerdict v;
  v.required_days = required_days;
  // Unknown start: the site is taken as mature (the stricter reading).
  v.site_mature = !site_started || now - *site_started >= days(required_days);
  if (earliest_footage && *earliest_footage <= now) {
    v.days_covered = static_cast<int>(std::chrono::floor<days>(now - *earliest_footage).count());
  }
  const bool enough = earliest_footage && now - *earliest_footage >= days(required_days);
  v.shortfall = v.site_mature && !enough;
  return v;
}

}  // namespace camtrack::monitor
