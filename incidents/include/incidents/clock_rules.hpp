// The legal-clock functions the incidents domain needs, injected so the domain does not depend on one
// calendar: the app wires them to the working-day calendar (compute_deadline / clock_status), tests to
// simple fakes.
#pragma once

#include <chrono>
#include <functional>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

// The deadline of a clock started at `from` with `working_days` to go.
using DeadlineRule = std::function<Deadline(Instant from, int working_days)>;
// Where a clock stands at `now`.
using ClockRule = std::function<ClockStatus(const Deadline&, Instant now)>;

struct ClockRules {
  DeadlineRule deadline;
  ClockRule status;
};

// Which instant starts the clock (REGULATION.md §4: a setting, default detection).
enum class ClockAnchor { detected, occurred };

struct LifecyclePolicy {
  ClockAnchor anchor = ClockAnchor::detected;
  // The same fault (same fault key) returning within this time after restoration reopens the incident
  // instead of opening a new one.
  std::chrono::seconds reopen_window = std::chrono::hours(72);
};

// The calendar date in Vietnam (UTC+7) at an instant.
inline Date vietnam_date(Instant at) {
  return Date{std::chrono::floor<std::chrono::days>(at + vietnam_utc_offset)};
}

}  // namespace camtrack::incidents
