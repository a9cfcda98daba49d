// Reading [rules] (holidays for years without official data) and [enterprise] (the enterprise calendar).
#include "calendar_reader.hpp"

namespace camtrack::incidents {

HolidayRules default_holiday_rules() {
  HolidayRules rules;
  rules.solar = {{1, 1, "Tết Dương lịch"},
                 {4, 30, "Ngày Chiến thắng"},
                 {5, 1, "Ngày Quốc tế Lao động"},
                 {9, 2, "Quốc khánh"}};
  return rules;
}

std::string_view to_string(DayKind kind) {
  switch (kind) {
    case DayKind::working: return "working";
    case DayKind::weekly_rest: return "weekly_rest";
    case DayKind::holiday: return "holiday";
    case DayKind::compensatory: return "compensatory";
    case DayKind::swapped_off: return "swapped_off";
    case DayKind::makeup_working: return "makeup_working";
  }
  return "working";
}

std::string_view weekday_key(unsigned c_encoding) {
  static constexpr std::string_view names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  return names[c_encoding % 7];
}

namespace calendar_detail {

void CalendarReader::read_rules(const toml::node& node) {
  const auto* t = table_at("rules", node);
  if (t == nullptr) return;
  check_keys("rules", *t, {"solar", "national_day_adjacent", "tet_days_before"});
  if (const auto* n = t->get("solar")) read_solar_holidays("rules.solar", *n);
  if (const auto* n = t->get("national_day_adjacent"))
    data_.rules.national_day_adjacent =
        bool_at("rules.national_day_adjacent", *n).value_or(data_.rules.national_day_adjacent);
  if (const auto* n = t->get("tet_days_before"))
    data_.rules.tet_days_before =
        static_cast<int>(integer_at("rules.tet_days_before", *n, 0, 5).value_or(data_.rules.tet_days_before));
}

void CalendarReader::read_solar_holidays(const std::string& key, const toml::node& node) {
  const auto* list = node.as_array();
  if (list == nullptr) {
    error(key, "must be an array of tables {month, day, name}");
    return;
  }
  std::vector<SolarHoliday> holidays;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string k = index_key(key, i);
    const auto* t = table_at(k, *list->get(i));
    if (t == nullptr) continue;
    check_keys(k, *t, {"month", "day", "name"});
    const auto* m = t->get("month");
    const auto* d = t->get("day");
    const auto* n = t->get("name");
    if (m == nullptr || d == nullptr || n == nullptr) {
      error(k, "needs month, day and name");
      continue;
    }
    auto month = integer_at(join_key(k, "month"), *m, 1, 12);
    auto day = integer_at(join_key(k, "day"), *d, 1, 31);
    auto name = string_at(join_key(k, "name"), *n);
    if (!month || !day || !name) continue;
    const std::chrono::month_day md{std::chrono::month{static_cast<unsigned>(*month)},
                                    std::chrono::day{static_cast<unsigned>(*day)}};
    if (!md.ok()) {
      error(join_key(k, "day"), "impossible date: day " + std::to_string(*day) + " of month " +
                                    std::to_string(*month));
      continue;
    }
    bool duplicate = false;
    for (const auto& h : holidays) duplicate = duplicate || (h.month == *month && h.day == *day);
    if (duplicate) {
      error(k, "duplicate holiday " + std::to_string(*day) + "/" + std::to_string(*month));
      continue;
    }
    holidays.push_back({static_cast<unsigned>(*month), static_cast<unsigned>(*day), *name});
  }
  data_.rules.solar = std::move(holidays);
}

void CalendarReader::read_enterprise(const toml::node& node) {
  const auto* t = table_at("enterprise", node);
  if (t == nullptr) return;
  check_keys("enterprise", *t, {"weekly_rest", "tet", "tet_days_before", "swapped_days"});
  EnterprisePolicy& p = data_.enterprise;
  if (const auto* n = t->get("weekly_rest")) read_weekly_rest("enterprise.weekly_rest", *n);
  if (const auto* n = t->get("tet")) {
    if (auto s = string_at("enterprise.tet", *n)) {
      if (*s == "official") p.tet = TetChoice::official;
      else if (*s == "rule") p.tet = TetChoice::rule;
      else error("enterprise.tet", "'" + *s + "' is not one of official, rule");
    }
  }
  if (const auto* n = t->get("tet_days_before"))
    p.tet_days_before = static_cast<int>(integer_at("enterprise.tet_days_before", *n, 0, 5).value_or(p.tet_days_before));
  if (const auto* n = t->get("swapped_days")) {
    if (auto s = string_at("enterprise.swapped_days", *n)) {
      if (*s == "off") p.swapped_days = SwappedDays::off;
      else if (*s == "working") p.swapped_days = SwappedDays::working;
      else error("enterprise.swapped_days", "'" + *s + "' is not one of off, working");
    }
  }
}

void CalendarReader::read_weekly_rest(const std::string& key, const toml::node& node) {
  const auto* list = node.as_array();
  if (list == nullptr) {
    error(key, "must be an array of day names such as [\"saturday\", \"sunday\"]");
    return;
  }
  std::array<bool, 7> rest{};
  bool ok = true;
  for (size_t i = 0; i < list->size(); ++i) {
    auto s = string_at(index_key(key, i), *list->get(i));
    if (!s) {
      ok = false;
      continue;
    }
    bool found = false;
    for (unsigned wd = 0; wd < 7; ++wd) {
      if (*s == weekday_key(wd)) {
        if (rest[wd]) error(index_key(key, i), "duplicate day '" + *s + "'");
        rest[wd] = found = true;
      }
    }
    if (!found) {
      error(index_key(key, i), "'" + *s + "' is not a day name (monday .. sunday)");
      ok = false;
    }
  }
  int rest_days = 0;
  for (bool r : rest) rest_days += r ? 1 : 0;
  if (ok && rest_days == 7) error(key, "leaves no working day in the week");
  if (ok && rest_days < 7) data_.enterprise.weekly_rest = rest;
}

}  // namespace calendar_detail
}  // namespace camtrack::incidents
