// Debounce of one check of one object (pure): a fault is confirmed after K consecutive failed checks
// or after failing for T seconds, and cleared after M consecutive good checks. `now` is a parameter.
#pragma once

#include <chrono>
#include <optional>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

// Defaults keep false alarms rare: one lost packet or a busy camera never opens an incident, and a
// failing object is re-checked after `retry_after` so that K checks still fit in about one interval.
struct DebouncePolicy {
  int fail_checks = 3;                          // K
  std::chrono::seconds fail_after{180};         // T: failing continuously this long also confirms
  int good_checks = 2;                          // M
};

enum class Health { unknown, good, failing, faulty, recovering };

enum class HealthChange { none, confirmed, cleared };

class HealthTracker {
 public:
  HealthTracker() = default;
  // Starts as a confirmed fault (resumed after a restart: an incident is open for it).
  static HealthTracker resumed_faulty(Instant since);

  // Records one check; returns `confirmed` when the fault becomes confirmed, `cleared` when a
  // confirmed fault has had M good checks in a row.
  HealthChange record(const CheckOutcome& outcome, Instant now, const DebouncePolicy& policy);

  Health health() const { return health_; }
  bool faulty() const { return health_ == Health::faulty || health_ == Health::recovering; }
  bool last_failed() const { return health_ == Health::failing || health_ == Health::faulty; }
  FaultReason reason() const { return reason_; }
  std::optional<Instant> first_failure() const { return first_failure_; }
  int consecutive_failures() const { return failures_; }

 private:
  Health health_ = Health::unknown;
  FaultReason reason_ = FaultReason::none;
  std::optional<Instant> first_failure_;
  int failures_ = 0;
  int goods_ = 0;
};

}  // namespace camtrack::monitor
