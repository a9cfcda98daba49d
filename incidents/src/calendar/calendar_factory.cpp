// Building WorkingCalendar tables from calendar data, rules only, or TOML text.
#include <map>
#include <utility>

#include "calendar_reader.hpp"
#include "calendar_table.hpp"
#include "year_builder.hpp"

namespace camtrack::incidents {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using namespace calendar_detail;

std::string policy_key(const CalendarData& data, CalendarKind kind) {
  if (kind == CalendarKind::state) return "state";
  const EnterprisePolicy& p = data.enterprise;
  std::string key = "enterprise:";
  for (bool rest : p.weekly_rest) key += rest ? '1' : '0';
  key += p.tet == TetChoice::official ? ":official:" : ":rule:";
  key += std::to_string(p.tet_days_before);
  key += p.swapped_days == SwappedDays::off ? ":off" : ":working";
  return key;
}

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

class TableBuilder {
 public:
  TableBuilder(WorkingCalendar::Table& t, const RestDays& rest) : t_(t) {
    t_.epoch = sys_days{ymd(calendar_first_year, 1, 1)}.time_since_epoch().count();
    const long last = sys_days{ymd(calendar_last_year, 12, 31)}.time_since_epoch().count();
    const auto count = static_cast<size_t>(last - t_.epoch + 1);
    t_.kinds.resize(count);
    t_.label_of.resize(count);
    t_.labels = {{"Ngày làm việc", ""}, {"Nghỉ hằng tuần", ""}};
    for (size_t i = 0; i < count; ++i) {
      const Date d{sys_days{days{t_.epoch + static_cast<long>(i)}}};
      const bool r = is_rest_day(d, rest);
      t_.kinds[i] = static_cast<std::uint8_t>(r ? DayKind::weekly_rest : DayKind::working);
      t_.label_of[i] = r ? label_rest : label_working;
    }
  }

  void apply(int year, const BuiltYear& built) {
    t_.provisional[static_cast<size_t>(year - calendar_first_year)] = built.provisional;
    t_.sources[static_cast<size_t>(year - calendar_first_year)] = built.source;
    for (const auto& day : built.days) {
      const long i = sys_days{day.date}.time_since_epoch().count() - t_.epoch;
      if (i < 0 || i >= static_cast<long>(t_.kinds.size())) continue;
      t_.kinds[static_cast<size_t>(i)] = static_cast<std::uint8_t>(day.kind);
      t_.label_of[static_cast<size_t>(i)] = label(day.name, day.source);
    }
  }

  void finish() {
    t_.cumulative.assign(t_.kinds.size() + 1, 0);
    t_.working.clear();
    for (size_t i = 0; i < t_.kinds.size(); ++i) {
      const auto k = static_cast<DayKind>(t_.kinds[i]);
      const bool working = k == DayKind::working || k == DayKind::makeup_working;
      t_.cumulative[i + 1] = t_.cumulative[i] + (working ? 1 : 0);
      if (working) t_.working.push_back(static_cast<std::int32_t>(i));
    }
  }

 private:
  std::uint16_t label(const std::string& name, const std::string& source) {
    auto [it, inserted] = index_.try_emplace({name, source}, static_cast<std::uint16_t>(t_.labels.size()));
    if (inserted) t_.labels.push_back({name, source});
    return it->second;
  }

  WorkingCalendar::Table& t_;
  std::map<std::pair<std::string, std::string>, std::uint16_t> index_;
};

}  // namespace

WorkingCalendar build_calendar(const CalendarData& data, CalendarKind kind) {
  auto table = std::make_shared<WorkingCalendar::Table>();
  table->kind = kind;
  table->version = fnv1a_hex(data.version, policy_key(data, kind));
  const RestDays rest = kind == CalendarKind::state ? state_rest_days : data.enterprise.weekly_rest;
  table->weekly_rest = rest;
  TableBuilder builder(*table, rest);
  for (int year = calendar_first_year; year <= calendar_last_year; ++year) {
    builder.apply(year, kind == CalendarKind::state ? build_state_year(data, year)
                                                    : build_enterprise_year(data, year));
  }
  builder.finish();
  return WorkingCalendar(std::move(table));
}

WorkingCalendar rules_only_calendar(CalendarKind kind) {
  // Immutable, so one shared instance per kind serves every caller.
  static const WorkingCalendar state = build_calendar(CalendarData{}, CalendarKind::state);
  static const WorkingCalendar enterprise = build_calendar(CalendarData{}, CalendarKind::enterprise);
  return kind == CalendarKind::state ? state : enterprise;
}

WorkingCalendar calendar_from_toml(std::string_view shipped_text, CalendarKind kind,
                                   std::string_view shipped_name, std::string_view site_text,
                                   std::string_view site_name) {
  CalendarParse parsed = parse_calendar_data(shipped_text, shipped_name);
  if (!parsed.ok()) throw CalendarDataError(std::move(parsed.errors));
  if (!site_name.empty() || !site_text.empty()) {
    parsed = parse_calendar_data(site_text, site_name.empty() ? "site calendar" : site_name, parsed.data);
    if (!parsed.ok()) throw CalendarDataError(std::move(parsed.errors));
  }
  return build_calendar(parsed.data, kind);
}

}  // namespace camtrack::incidents
