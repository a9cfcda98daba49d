// The working-day calendar: for every date of 1900-2100, whether it is a working day and why, on the
// state (civil-service) or enterprise calendar. Built once from CalendarData (official schedules as
// data, rules for the other years, which are marked provisional) into immutable precomputed tables,
// so a copy is a shared pointer and a query is an array lookup. Pure: std only, no I/O.
#pragma once

#include <array>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/calendar_data.hpp"
#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

// A date explained, for the UI, notices and the CLI.
struct DayInfo {
  Date date{};
  DayKind kind = DayKind::working;
  std::string name;       // Vietnamese: "Tết Nguyên đán (mùng 1 Tết)", "Nghỉ hằng tuần", "Ngày làm việc"
  std::string source;     // document that fixed it, "rules" when computed, empty for ordinary days
  bool working = true;    // working or makeup_working
  bool provisional = false;  // its year has no official schedule
};

class WorkingCalendar {
 public:
  static constexpr int first_year = calendar_first_year;
  static constexpr int last_year = calendar_last_year;

  CalendarKind kind() const;
  // The calendar's weekly rest days, [0] = Sunday .. [6] = Saturday.
  const std::array<bool, 7>& weekly_rest() const;
  // True for dates of 1900-01-01 .. 2100-12-31; every other query throws std::out_of_range outside it.
  bool contains(Date d) const;
  bool is_working_day(Date d) const;
  DayKind day_kind(Date d) const;
  DayInfo describe(Date d) const;
  bool is_provisional(int year) const;
  // The document behind a year's schedule ("rules" for a computed year).
  const std::string& year_source(int year) const;
  // Changes whenever the data (files, enterprise policy) that built this calendar changes.
  const std::string& data_version() const;

  // The n-th working day strictly after `after` (n >= 1); throws std::out_of_range past 2100.
  Date nth_working_day_after(Date after, int n) const;
  // Working days d with after < d <= through (0 when through <= after).
  int working_days_between(Date after, Date through) const;
  // The non-working days d with after < d < before, explained (the skipped days of a deadline).
  std::vector<SkippedDay> days_off_between(Date after, Date before) const;
  // Every non-ordinary date of the year: days off on working weekdays, holidays on rest days,
  // make-up working days.
  std::vector<DayInfo> special_days(int year) const;

  struct Table;  // the precomputed data (working_calendar.cpp)

 private:
  explicit WorkingCalendar(std::shared_ptr<const Table> table) : table_(std::move(table)) {}
  friend WorkingCalendar build_calendar(const CalendarData& data, CalendarKind kind);
  long index_of(Date d) const;

  std::shared_ptr<const Table> table_;
};

// Thrown when calendar data text does not validate; what() lists every error, one per line.
class CalendarDataError : public std::runtime_error {
 public:
  explicit CalendarDataError(std::vector<CalendarError> errors);
  const std::vector<CalendarError>& errors() const { return errors_; }

 private:
  std::vector<CalendarError> errors_;
};

// Builds a calendar of `kind` from parsed data (official years + rules + enterprise policy).
WorkingCalendar build_calendar(const CalendarData& data, CalendarKind kind);
// Rules only: every year provisional (tests of other modules, and a fallback when no data is shipped).
WorkingCalendar rules_only_calendar(CalendarKind kind = CalendarKind::state);
// Parses the shipped text (data/calendar/vn-state.toml, read by the caller), then an optional site
// text on top of it, and builds the calendar. Throws CalendarDataError listing every problem.
WorkingCalendar calendar_from_toml(std::string_view shipped_text, CalendarKind kind,
                                   std::string_view shipped_name = "data/calendar/vn-state.toml",
                                   std::string_view site_text = {}, std::string_view site_name = {});

std::string_view to_string(CalendarKind kind);  // "state" / "enterprise"

}  // namespace camtrack::incidents
