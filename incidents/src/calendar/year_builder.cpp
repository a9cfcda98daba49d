// Holiday rules (Labour Code Art. 112, 111(3)) and the per-year assembly of state/enterprise days.
#include "year_builder.hpp"

#include <algorithm>

#include "incidents/calendar/lunar_calendar.hpp"

namespace camtrack::incidents::calendar_detail {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
Date plus(Date d, int n) { return Date{sys_days{d} + days{n}}; }
unsigned weekday_of(Date d) { return std::chrono::weekday{sys_days{d}}.c_encoding(); }

void sort_by_date(std::vector<CalendarDay>& list) {
  std::sort(list.begin(), list.end(), [](const CalendarDay& a, const CalendarDay& b) {
    return sys_days{a.date} < sys_days{b.date};
  });
}

std::string tet_day_name(Date d) {
  const LunarDate l = to_lunar(d);
  if (l.month == 1) return "Tết Nguyên đán (mùng " + std::to_string(l.day) + " Tết)";
  return "Tết Nguyên đán (" + std::to_string(l.day) + " tháng Chạp)";
}

std::string base_name(const std::string& name) { return name.substr(0, name.find(" (")); }

bool near_tet(Date d, Date tet) {
  const auto distance = (sys_days{d} - sys_days{tet}).count();
  return distance >= -10 && distance <= 10;
}

void add_rule_tet(std::vector<CalendarDay>& out, int year, int before) {
  const Date first = lunar_new_year(year);
  for (int i = -before; i < 5 - before; ++i) {
    const Date d = plus(first, i);
    out.push_back({d, DayKind::holiday, tet_day_name(d), ""});
  }
}

}  // namespace

bool is_rest_day(Date d, const RestDays& rest) { return rest[weekday_of(d)]; }

std::vector<CalendarDay> rule_holidays(const HolidayRules& rules, int year, int tet_days_before) {
  std::vector<CalendarDay> out;
  for (const auto& h : rules.solar) {
    const Date d = ymd(year, h.month, h.day);
    if (d.ok()) out.push_back({d, DayKind::holiday, h.name, ""});
  }
  if (rules.national_day_adjacent) {
    const Date national = ymd(year, 9, 2);
    const unsigned wd = weekday_of(national);
    const Date adjacent = plus(national, (wd == 1 || wd == 4) ? 1 : -1);
    out.push_back({adjacent, DayKind::holiday, "Quốc khánh (ngày liền kề)", ""});
  }
  add_rule_tet(out, year, tet_days_before);
  out.push_back({hung_kings_day(year), DayKind::holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", ""});
  sort_by_date(out);
  // Two rules landing on one date (a site-added holiday on Tết, say) count once.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const CalendarDay& a, const CalendarDay& b) { return a.date == b.date; }),
            out.end());
  return out;
}

std::vector<CalendarDay> with_compensatory_days(std::vector<CalendarDay> holidays, const RestDays& rest) {
  sort_by_date(holidays);
  auto taken = [&](Date d) {
    return std::any_of(holidays.begin(), holidays.end(), [&](const CalendarDay& x) { return x.date == d; });
  };
  const size_t count = holidays.size();
  for (size_t i = 0; i < count; ++i) {
    if (holidays[i].kind != DayKind::holiday || !is_rest_day(holidays[i].date, rest)) continue;
    Date candidate = plus(holidays[i].date, 1);
    while (is_rest_day(candidate, rest) || taken(candidate)) candidate = plus(candidate, 1);
    holidays.push_back({candidate, DayKind::compensatory, "Nghỉ bù " + base_name(holidays[i].name),
                        holidays[i].source});
  }
  sort_by_date(holidays);
  return holidays;
}

BuiltYear build_state_year(const CalendarData& data, int year) {
  BuiltYear built;
  if (auto it = data.years.find(year); it != data.years.end()) {
    built.provisional = it->second.provisional;
    built.source = it->second.source;
    built.days = it->second.days;
    for (auto& d : built.days)
      if (d.source.empty()) d.source = built.source;
    sort_by_date(built.days);
    return built;
  }
  built.provisional = true;
  built.source = "rules";
  built.days = with_compensatory_days(rule_holidays(data.rules, year, data.rules.tet_days_before),
                                      state_rest_days);
  return built;
}

BuiltYear build_enterprise_year(const CalendarData& data, int year) {
  const EnterprisePolicy& policy = data.enterprise;
  const auto official = data.years.find(year);
  const bool has_official = official != data.years.end();
  const bool rule_tet = policy.tet == TetChoice::rule;
  BuiltYear built;
  built.provisional = !has_official || official->second.provisional;
  built.source = has_official ? official->second.source : "rules";
  const int before = rule_tet ? policy.tet_days_before : data.rules.tet_days_before;
  if (!has_official) {
    built.days = with_compensatory_days(rule_holidays(data.rules, year, before), policy.weekly_rest);
    return built;
  }
  const Date tet = lunar_new_year(year);
  std::vector<CalendarDay> holidays;
  for (const auto& d : official->second.days) {
    if (d.kind == DayKind::holiday && !(rule_tet && near_tet(d.date, tet))) holidays.push_back(d);
  }
  if (rule_tet) add_rule_tet(holidays, year, before);
  for (auto& d : holidays)
    if (d.source.empty()) d.source = built.source;
  built.days = with_compensatory_days(std::move(holidays), policy.weekly_rest);
  if (policy.swapped_days == SwappedDays::off) {
    for (const auto& d : official->second.days) {
      const bool taken = std::any_of(built.days.begin(), built.days.end(),
                                     [&](const CalendarDay& x) { return x.date == d.date; });
      if (d.kind == DayKind::swapped_off && !taken && !is_rest_day(d.date, policy.weekly_rest))
        built.days.push_back({d.date, d.kind, d.name, d.source.empty() ? built.source : d.source});
    }
    sort_by_date(built.days);
  }
  return built;
}

}  // namespace camtrack::incidents::calendar_detail
