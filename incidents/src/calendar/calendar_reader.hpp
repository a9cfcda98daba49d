// Internal: reads one parsed TOML document into CalendarData, collecting every error with its key.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "incidents/calendar/calendar_data.hpp"

namespace camtrack::incidents::calendar_detail {

class CalendarReader {
 public:
  CalendarReader(std::string_view file, CalendarData& data, std::vector<CalendarError>& errors)
      : file_(file), data_(data), errors_(errors) {}

  void read_root(const toml::table& root);

 private:
  void read_years(const toml::node& node);
  void read_year(const std::string& key, int year, const toml::table& table);
  std::optional<CalendarDay> read_day(const std::string& key, int year, const toml::node& node);
  void check_day_fits_week(const std::string& key, const CalendarDay& day);
  void read_rules(const toml::node& node);
  void read_solar_holidays(const std::string& key, const toml::node& node);
  void read_enterprise(const toml::node& node);
  void read_weekly_rest(const std::string& key, const toml::node& node);

  // Reports keys of `table` not in `allowed`.
  void check_keys(const std::string& prefix, const toml::table& table,
                  std::initializer_list<std::string_view> allowed);
  const toml::table* table_at(const std::string& key, const toml::node& node);
  std::optional<std::string> string_at(const std::string& key, const toml::node& node);
  std::optional<long long> integer_at(const std::string& key, const toml::node& node, long long low,
                                      long long high);
  std::optional<bool> bool_at(const std::string& key, const toml::node& node);
  void error(std::string key, std::string problem);

  std::string file_;
  CalendarData& data_;
  std::vector<CalendarError>& errors_;
};

std::string join_key(const std::string& prefix, std::string_view key);
std::string index_key(const std::string& prefix, size_t index);
std::string format_date(Date d);  // YYYY-MM-DD
// 64-bit FNV-1a of a, newline, b, as 16 hex digits: identifies calendar data versions.
std::string fnv1a_hex(std::string_view a, std::string_view b);

}  // namespace camtrack::incidents::calendar_detail
