// Reading [year.YYYY] tables: official schedules, each day with kind, name and source.
#include <charconv>
#include <map>

#include "calendar_reader.hpp"

namespace camtrack::incidents::calendar_detail {
namespace {

std::optional<DayKind> kind_from(std::string_view s) {
  if (s == "holiday") return DayKind::holiday;
  if (s == "compensatory") return DayKind::compensatory;
  if (s == "swapped_off") return DayKind::swapped_off;
  if (s == "makeup_working") return DayKind::makeup_working;
  return std::nullopt;
}

std::optional<int> year_from(std::string_view key) {
  int year = 0;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
  if (ec != std::errc{} || end != key.data() + key.size()) return std::nullopt;
  return year;
}

bool is_weekend(Date d) {
  const unsigned wd = std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding();
  return wd == 0 || wd == 6;
}

}  // namespace

void CalendarReader::read_years(const toml::node& node) {
  const auto* years = table_at("year", node);
  if (years == nullptr) return;
  for (auto&& [k, v] : *years) {
    const std::string key = join_key("year", k.str());
    const auto year = year_from(k.str());
    if (!year || *year < calendar_first_year || *year > calendar_last_year) {
      error(key, "year must be a number from " + std::to_string(calendar_first_year) + " to " +
                     std::to_string(calendar_last_year));
      continue;
    }
    if (const auto* t = table_at(key, v)) read_year(key, *year, *t);
  }
}

void CalendarReader::read_year(const std::string& key, int year, const toml::table& table) {
  check_keys(key, table, {"provisional", "source", "days"});
  YearSchedule schedule;
  schedule.year = year;
  if (const auto* n = table.get("provisional")) schedule.provisional = bool_at(join_key(key, "provisional"), *n).value_or(false);
  if (const auto* n = table.get("source")) schedule.source = string_at(join_key(key, "source"), *n).value_or("");
  const auto* days_node = table.get("days");
  const auto* days = days_node != nullptr ? days_node->as_array() : nullptr;
  if (days == nullptr) {
    error(join_key(key, "days"), days_node == nullptr ? "missing (a list of days is required)"
                                                      : "must be an array of tables");
    return;
  }
  std::map<int, size_t> seen;  // day of year -> index, for duplicates
  for (size_t i = 0; i < days->size(); ++i) {
    const std::string day_key = index_key(join_key(key, "days"), i);
    auto day = read_day(day_key, year, *days->get(i));
    if (!day) continue;
    const int serial = static_cast<int>(std::chrono::sys_days{day->date}.time_since_epoch().count());
    if (auto [it, inserted] = seen.emplace(serial, i); !inserted) {
      error(join_key(day_key, "date"), "duplicate date " + format_date(day->date) + " (also " +
                                            index_key(join_key(key, "days"), it->second) + ")");
      continue;
    }
    schedule.days.push_back(std::move(*day));
  }
  data_.years[year] = std::move(schedule);
}

std::optional<CalendarDay> CalendarReader::read_day(const std::string& key, int year,
                                                    const toml::node& node) {
  const auto* t = table_at(key, node);
  if (t == nullptr) return std::nullopt;
  check_keys(key, *t, {"date", "kind", "name", "source"});
  CalendarDay day;
  bool ok = true;
  if (const auto* n = t->get("date"); n == nullptr) {
    error(join_key(key, "date"), "missing (required)");
    ok = false;
  } else if (const auto* d = n->as_date(); d == nullptr) {
    error(join_key(key, "date"), "must be a TOML date such as 2026-02-17 (unquoted)");
    ok = false;
  } else {
    const toml::date v = d->get();
    day.date = Date{std::chrono::year{v.year}, std::chrono::month{v.month}, std::chrono::day{v.day}};
    if (!day.date.ok()) {
      error(join_key(key, "date"), "impossible date");
      ok = false;
    } else if (static_cast<int>(day.date.year()) != year) {
      error(join_key(key, "date"), format_date(day.date) + " is not in year " + std::to_string(year));
      ok = false;
    }
  }
  if (const auto* n = t->get("kind"); n == nullptr) {
    error(join_key(key, "kind"), "missing (required)");
    ok = false;
  } else if (auto s = string_at(join_key(key, "kind"), *n); !s) {
    ok = false;
  } else if (auto kind = kind_from(*s); !kind) {
    error(join_key(key, "kind"),
          "'" + *s + "' is not one of holiday, compensatory, swapped_off, makeup_working");
    ok = false;
  } else {
    day.kind = *kind;
  }
  if (const auto* n = t->get("name"); n == nullptr) {
    error(join_key(key, "name"), "missing (required)");
    ok = false;
  } else if (auto s = string_at(join_key(key, "name"), *n); !s || s->empty()) {
    if (s) error(join_key(key, "name"), "must not be empty");
    ok = false;
  } else {
    day.name = *s;
  }
  if (const auto* n = t->get("source")) day.source = string_at(join_key(key, "source"), *n).value_or("");
  if (ok) check_day_fits_week(key, day);
  if (!ok) return std::nullopt;
  return day;
}

void CalendarReader::check_day_fits_week(const std::string& key, const CalendarDay& day) {
  const bool weekend = is_weekend(day.date);
  if (day.kind == DayKind::makeup_working && !weekend)
    error(join_key(key, "kind"), format_date(day.date) + " is a weekday: a make-up working day must be a Saturday or Sunday");
  if ((day.kind == DayKind::compensatory || day.kind == DayKind::swapped_off) && weekend)
    error(join_key(key, "kind"), format_date(day.date) + " is a weekend day: a " +
                                     std::string(to_string(day.kind)) + " day must be a weekday");
}

}  // namespace camtrack::incidents::calendar_detail
