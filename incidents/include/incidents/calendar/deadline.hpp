// Legal-clock computations on a WorkingCalendar (Civil Code 2015 Art. 147/148): the deadline of N
// working days after an event, the clock's state at an instant, and recomputation when the calendar
// data changes (a new government notice), reported as a DeadlineChange, never silently.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"
#include "incidents/calendar/working_calendar.hpp"

namespace camtrack::incidents {

// Upper bound accepted for N (a legal clock is 3 or 10 working days; this only guards against nonsense).
inline constexpr int max_working_days = 5000;

// The event day (Vietnam date of `from`) is not counted; the deadline is 24:00 of the N-th working day
// after it. Throws std::invalid_argument when working_days is not in 1..max_working_days and
// std::out_of_range outside the calendar's years (1900-2100).
Deadline compute_deadline(const WorkingCalendar& calendar, Instant from, int working_days);

// Working days elapsed/remaining at `now`, time left and whether the deadline has passed.
ClockStatus clock_status(const WorkingCalendar& calendar, const Deadline& deadline, Instant now);

struct DeadlineChange {
  Deadline before;
  Deadline after;
  long days_moved = 0;                     // calendar days the deadline moved (negative: earlier)
  bool provisional_changed = false;
  std::vector<SkippedDay> newly_skipped;   // days off now that were not before
  std::vector<SkippedDay> no_longer_skipped;
  std::string summary;                     // one Vietnamese line for the incident history
};

// Recomputes `old` (same anchor, same N) on `updated`. nullopt when nothing a user would see changed
// (deadline, provisional flag and skipped days all equal); a new data_version alone is not a change.
// Throws std::invalid_argument when `updated` is not of old.calendar's kind.
std::optional<DeadlineChange> recompute_deadline(const WorkingCalendar& updated, const Deadline& old);

}  // namespace camtrack::incidents
