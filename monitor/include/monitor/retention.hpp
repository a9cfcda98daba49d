// Retention of footage (pure, REGULATION.md §2): footage is kept at least 12 months. Once the site is
// a year old the earliest footage must be older than 365 days; before that only the days covered are
// reported (the recorder cannot hold footage from before the site started).
#pragma once

#include <optional>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

struct RetentionVerdict {
  bool site_mature = false;       // the site started at least required_days ago
  int days_covered = 0;           // whole days from the earliest footage to now (0: no footage)
  int required_days = 365;
  bool shortfall = false;         // a fault: mature site with less than required_days of footage
};

RetentionVerdict judge_retention(std::optional<Instant> earliest_footage, std::optional<Instant> site_started,
                                 Instant now, int required_days = 365);

}  // namespace camtrack::monitor
