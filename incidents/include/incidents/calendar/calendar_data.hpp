// Calendar data: the official state schedules per year (days off, swapped days, make-up Saturdays, each
// with its Vietnamese name and source document), the holiday rules used for years without official
// data, and the enterprise calendar policy. Parsed from TOML text (data/calendar/vn-state.toml, then an
// optional site file on top of it); the caller reads the files, so this stays free of I/O.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

inline constexpr int calendar_first_year = 1900;
inline constexpr int calendar_last_year = 2100;

// One day of an official schedule that is not an ordinary day of its kind of week.
struct CalendarDay {
  Date date{};
  DayKind kind = DayKind::holiday;  // holiday, compensatory, swapped_off or makeup_working
  std::string name;                 // Vietnamese, e.g. "Tết Nguyên đán (mùng 1)"
  std::string source;               // document, e.g. "Thông báo 6150/TB-BLĐTBXH"; may be empty
};

struct YearSchedule {
  int year = 0;
  bool provisional = false;         // announced but not final: deadlines still flagged provisional
  std::string source;               // the document that fixed this year's schedule, if known
  std::vector<CalendarDay> days;    // holidays include those falling on a weekend
};

// A holiday on a fixed solar date (Labour Code Art. 112), applied to years without official data.
struct SolarHoliday {
  unsigned month = 1;
  unsigned day = 1;
  std::string name;
};

struct HolidayRules {
  std::vector<SolarHoliday> solar;  // default: 1/1, 30/4, 1/5, 2/9 (+ the adjacent National Day)
  bool national_day_adjacent = true;  // 2/9 + 1 day: 3/9 when 2/9 is a Monday or Thursday, else 1/9
  int tet_days_before = 1;          // provisional Tết: this many last days of the old year, rest after
};

enum class TetChoice { official, rule };   // enterprise: follow the state's Tết days, or the rule
enum class SwappedDays { off, working };   // enterprise: keep the state's bridge days off, or work them

// The enterprise calendar: its own weekly rest days and Tết choice; it never works make-up Saturdays.
struct EnterprisePolicy {
  std::array<bool, 7> weekly_rest{true, false, false, false, false, false, true};  // [0] = Sunday
  TetChoice tet = TetChoice::official;
  int tet_days_before = 1;          // used when tet == rule
  SwappedDays swapped_days = SwappedDays::off;
};

// Labour Code Art. 112 fixed-date holidays and the documented defaults above.
HolidayRules default_holiday_rules();

struct CalendarData {
  std::map<int, YearSchedule> years;  // official (or announced) schedules by year
  HolidayRules rules = default_holiday_rules();
  EnterprisePolicy enterprise;
  std::string version = "rules";       // changes whenever any text it was parsed from changes
  std::vector<std::string> files;      // names of the files it was built from, in order
};

struct CalendarError {
  std::string file;
  std::string key;      // e.g. "year.2024.days[3].date"; empty for a syntax error
  std::string problem;
  std::string message() const;  // "file: key: problem"
};

struct CalendarParse {
  CalendarData data;
  std::vector<CalendarError> errors;  // every problem found, not only the first
  bool ok() const { return errors.empty(); }
};

// Parses TOML text on top of `base`: a year present in the text replaces that year of `base`; keys of
// [rules] and [enterprise] present in the text replace those of `base`. `file_name` only labels errors.
CalendarParse parse_calendar_data(std::string_view toml_text, std::string_view file_name,
                                  const CalendarData& base = {});

// Names used in the data files and JSON.
std::string_view to_string(DayKind kind);
std::string_view weekday_key(unsigned c_encoding);  // 0 -> "sunday" .. 6 -> "saturday"

}  // namespace camtrack::incidents
