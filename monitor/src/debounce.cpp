#include "monitor/debounce.hpp"

namespace camtrack::monitor {

HealthTracker HealthTracker::resumed_faulty(Instant since) {
  HealthTracker t;
  t.health_ = Health::faulty;
  t.reason_ = FaultReason::resumed;
  t.first_failure_ = since;
  return t;
}

HealthChange HealthTracker::record(const CheckOutcome& outcome, Instant now, const DebouncePolicy& policy) {
  if (outcome.ok) {
    failures_ = 0;
    switch (health_) {
      case Health::faulty:
      case Health::recovering:
        ++goods_;
        if (goods_ >= policy.good_checks) {
          health_ = Health::good;
          reason_ = FaultReason::none;
          first_failure_.reset();
          goods_ = 0;
          return HealthChange::cleared;
        }
        health_ = Health::recovering;
        return HealthChange::none;
      default:
        health_ = Health::good;
        reason_ = FaultReason::none;
        first_failure_.reset();
        return HealthChange::none;
    }
  }
  goods_ = 0;
  ++failures_;
  reason_ = outcome.reason;
  if (health_ == Health::faulty || health_ == Health::recovering) {
    health_ = Health::faulty;
    return HealthChange::none;
  }
  if (!first_failure_) first_failure_ = now;
  const bool by_count = failures_ >= policy.fail_checks;
  const bool by_time = failures_ >= 2 && now - *first_failure_ >= policy.fail_after;
  if (by_count || by_time) {
    health_ = Health::faulty;
    return HealthChange::confirmed;
  }
  health_ = Health::failing;
  return HealthChange::none;
}

}  // namespace camtrack::monitor
