// Internal: the special days (anything but an ordinary working day or weekly rest day) of one year of
// the state or enterprise calendar, from official data when present, else from the holiday rules.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "incidents/calendar/calendar_data.hpp"

namespace camtrack::incidents::calendar_detail {

using RestDays = std::array<bool, 7>;  // [0] = Sunday

inline constexpr RestDays state_rest_days{true, false, false, false, false, false, true};

struct BuiltYear {
  bool provisional = false;
  std::string source;
  std::vector<CalendarDay> days;  // sorted by date, one entry per date
};

BuiltYear build_state_year(const CalendarData& data, int year);
BuiltYear build_enterprise_year(const CalendarData& data, int year);

// Labour Code Art. 112 holidays of `year` from the rules (Tết with `tet_days_before` days of the old
// lunar year), sorted by date.
std::vector<CalendarDay> rule_holidays(const HolidayRules& rules, int year, int tet_days_before);
// Art. 111(3): each holiday on a rest day gives a compensatory day on the next day that is neither a
// rest day nor a day off already. Returns holidays + compensatory days, sorted.
std::vector<CalendarDay> with_compensatory_days(std::vector<CalendarDay> holidays, const RestDays& rest);

bool is_rest_day(Date d, const RestDays& rest);

}  // namespace camtrack::incidents::calendar_detail
