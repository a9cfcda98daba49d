// WorkingCalendar queries over the precomputed per-day tables.
#include "incidents/calendar/working_calendar.hpp"

#include "calendar_table.hpp"

namespace camtrack::incidents {

using std::chrono::days;
using std::chrono::sys_days;

CalendarKind WorkingCalendar::kind() const { return table_->kind; }
const std::array<bool, 7>& WorkingCalendar::weekly_rest() const { return table_->weekly_rest; }
const std::string& WorkingCalendar::data_version() const { return table_->version; }

bool WorkingCalendar::contains(Date d) const {
  if (!d.ok()) return false;
  const long serial = sys_days{d}.time_since_epoch().count() - table_->epoch;
  return serial >= 0 && serial < static_cast<long>(table_->kinds.size());
}

long WorkingCalendar::index_of(Date d) const {
  if (!contains(d)) throw std::out_of_range("working calendar: date outside 1900-01-01..2100-12-31");
  return sys_days{d}.time_since_epoch().count() - table_->epoch;
}

DayKind WorkingCalendar::day_kind(Date d) const {
  return static_cast<DayKind>(table_->kinds[static_cast<size_t>(index_of(d))]);
}

bool WorkingCalendar::is_working_day(Date d) const {
  const DayKind k = day_kind(d);
  return k == DayKind::working || k == DayKind::makeup_working;
}

DayInfo WorkingCalendar::describe(Date d) const {
  const auto i = static_cast<size_t>(index_of(d));
  const auto& label = table_->labels[table_->label_of[i]];
  DayInfo info;
  info.date = d;
  info.kind = static_cast<DayKind>(table_->kinds[i]);
  info.name = label.name;
  info.source = label.source;
  info.working = info.kind == DayKind::working || info.kind == DayKind::makeup_working;
  info.provisional = is_provisional(static_cast<int>(d.year()));
  return info;
}

bool WorkingCalendar::is_provisional(int year) const {
  if (year < first_year || year > last_year) return true;
  return table_->provisional[static_cast<size_t>(year - first_year)];
}

const std::string& WorkingCalendar::year_source(int year) const {
  static const std::string none;
  if (year < first_year || year > last_year) return none;
  return table_->sources[static_cast<size_t>(year - first_year)];
}

Date WorkingCalendar::nth_working_day_after(Date after, int n) const {
  if (n < 1) throw std::invalid_argument("working calendar: the number of working days must be >= 1");
  const auto i = static_cast<size_t>(index_of(after));
  const size_t k = static_cast<size_t>(table_->cumulative[i + 1]) + static_cast<size_t>(n) - 1;
  if (k >= table_->working.size())
    throw std::out_of_range("working calendar: deadline falls after 2100-12-31");
  return Date{sys_days{days{table_->epoch + table_->working[k]}}};
}

int WorkingCalendar::working_days_between(Date after, Date through) const {
  if (sys_days{through} <= sys_days{after}) return 0;
  const auto a = static_cast<size_t>(index_of(after));
  const auto b = static_cast<size_t>(index_of(through));
  return table_->cumulative[b + 1] - table_->cumulative[a + 1];
}

std::vector<SkippedDay> WorkingCalendar::days_off_between(Date after, Date before) const {
  std::vector<SkippedDay> out;
  if (sys_days{before} <= sys_days{after}) return out;
  const auto first = static_cast<size_t>(index_of(after)) + 1;
  const auto end = static_cast<size_t>(index_of(before));
  for (size_t i = first; i < end; ++i) {
    const auto k = static_cast<DayKind>(table_->kinds[i]);
    if (k == DayKind::working || k == DayKind::makeup_working) continue;
    out.push_back(SkippedDay{Date{sys_days{days{table_->epoch + static_cast<long>(i)}}}, k,
                             table_->labels[table_->label_of[i]].name});
  }
  return out;
}

std::vector<DayInfo> WorkingCalendar::special_days(int year) const {
  std::vector<DayInfo> out;
  if (year < first_year || year > last_year) return out;
  const Date jan1{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
  const Date dec31{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  for (auto d = sys_days{jan1}; d <= sys_days{dec31}; d += days{1}) {
    const auto i = static_cast<size_t>(index_of(Date{d}));
    const bool plain = table_->label_of[i] == calendar_detail::label_working ||
                       table_->label_of[i] == calendar_detail::label_rest;
    if (!plain) out.push_back(describe(Date{d}));
  }
  return out;
}

std::string_view to_string(CalendarKind kind) {
  return kind == CalendarKind::enterprise ? "enterprise" : "state";
}

CalendarDataError::CalendarDataError(std::vector<CalendarError> errors)
    : std::runtime_error([&] {
        std::string all;
        for (const auto& e : errors) {
          if (!all.empty()) all += '\n';
          all += e.message();
        }
        return all;
      }()),
      errors_(std::move(errors)) {}

}  // namespace camtrack::incidents
