// Lunar years as runs of new-moon days between two winter-solstice months (month 11), at UTC+7.
#include "incidents/calendar/lunar_calendar.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include "astronomy.hpp"

namespace camtrack::incidents {
namespace {

constexpr double vietnam_hours = 7.0;
constexpr long unix_epoch_jdn = 2440588;  // JDN of 1970-01-01

long jdn_of(Date d) { return std::chrono::sys_days{d}.time_since_epoch().count() + unix_epoch_jdn; }
Date date_of(long jdn) { return Date{std::chrono::sys_days{std::chrono::days{jdn - unix_epoch_jdn}}}; }

long new_moon(long k) { return astro::new_moon_day(k, vietnam_hours); }
int sector(long jdn) { return astro::sun_sector_at_day_start(jdn, vietnam_hours); }

// Lunation index of the month 11 of solar year y: the last new-moon day on or before 31 December whose
// day starts before the sun reaches 270 degrees (the winter solstice).
long month11_lunation(int y) {
  const long dec31 = astro::jdn_from_gregorian(y, 12, 31);
  long k = astro::lunation_before(static_cast<double>(dec31));
  while (new_moon(k + 1) <= dec31) ++k;
  while (new_moon(k) > dec31) --k;
  while (sector(new_moon(k)) >= 9) --k;
  return k;
}

// The months from month 11 of solar year y-1 up to (not including) month 11 of solar year y.
struct LunarSpan {
  int solar_year = 0;
  int count = 0;                    // 12 or 13 months
  int leap_index = -1;              // index of the leap month, -1 when none
  std::array<long, 14> starts{};    // JDN of each month start; starts[count] = next month 11
};

LunarSpan span_of(int y) {
  if (y < lunar_first_year || y > lunar_last_year + 1)
    throw std::out_of_range("lunar calendar: year " + std::to_string(y) + " outside 1900-2100");
  LunarSpan s;
  s.solar_year = y;
  const long k0 = month11_lunation(y - 1), k1 = month11_lunation(y);
  s.count = static_cast<int>(k1 - k0);
  for (int i = 0; i <= s.count; ++i) s.starts[static_cast<size_t>(i)] = new_moon(k0 + i);
  if (s.count == 13) {
    for (int i = 1; i < 13; ++i) {
      if (sector(s.starts[static_cast<size_t>(i)]) == sector(s.starts[static_cast<size_t>(i + 1)])) {
        s.leap_index = i;
        break;
      }
    }
  }
  return s;
}

// Month number of position i counted without the leap month: 0 -> 11, 1 -> 12, 2 -> 1, ...
int plain_month(int position) { return (10 + position) % 12 + 1; }

LunarDate lunar_at(const LunarSpan& s, int index, int day) {
  const bool after_leap = s.leap_index >= 0 && index >= s.leap_index;
  const int month = plain_month(after_leap ? index - 1 : index);
  const bool first_months = month >= 11 && index <= 2;
  return LunarDate{first_months ? s.solar_year - 1 : s.solar_year, month, day, index == s.leap_index};
}

int index_of(const LunarSpan& s, int month, bool leap) {
  for (int i = 0; i < s.count; ++i) {
    const LunarDate d = lunar_at(s, i, 1);
    if (d.month == month && d.leap == leap) return i;
  }
  return -1;
}

// The span holding lunar month `month` of lunar year `year`.
LunarSpan span_for_lunar(int year, int month) { return span_of(month >= 11 ? year + 1 : year); }

}  // namespace

LunarDate to_lunar(Date solar) {
  const int y = static_cast<int>(solar.year());
  if (y < lunar_first_year || y > lunar_last_year)
    throw std::out_of_range("lunar calendar: year " + std::to_string(y) + " outside 1900-2100");
  const long day = jdn_of(solar);
  LunarSpan s = span_of(y);
  if (day >= s.starts[static_cast<size_t>(s.count)]) s = span_of(y + 1);
  int i = 0;
  while (day >= s.starts[static_cast<size_t>(i + 1)]) ++i;
  return lunar_at(s, i, static_cast<int>(day - s.starts[static_cast<size_t>(i)]) + 1);
}

int lunar_month_length(int year, int month, bool leap) {
  if (year < lunar_first_year - 1 || year > lunar_last_year || month < 1 || month > 12) return 0;
  const LunarSpan s = span_for_lunar(year, month);
  const int i = index_of(s, month, leap);
  if (i < 0) return 0;
  return static_cast<int>(s.starts[static_cast<size_t>(i + 1)] - s.starts[static_cast<size_t>(i)]);
}

std::optional<Date> to_solar(const LunarDate& lunar) {
  if (lunar.day < 1 || lunar.day > lunar_month_length(lunar.year, lunar.month, lunar.leap))
    return std::nullopt;
  const LunarSpan s = span_for_lunar(lunar.year, lunar.month);
  const int i = index_of(s, lunar.month, lunar.leap);
  const Date result = date_of(s.starts[static_cast<size_t>(i)] + lunar.day - 1);
  const int y = static_cast<int>(result.year());
  if (y < lunar_first_year || y > lunar_last_year) return std::nullopt;
  return result;
}

Date lunar_new_year(int year) {
  const auto d = to_solar(LunarDate{year, 1, 1, false});
  if (!d) throw std::out_of_range("lunar calendar: no Tết for year " + std::to_string(year));
  return *d;
}

Date hung_kings_day(int year) {
  const auto d = to_solar(LunarDate{year, 3, 10, false});
  if (!d) throw std::out_of_range("lunar calendar: no Hùng Kings day for year " + std::to_string(year));
  return *d;
}

int leap_month(int year) {
  for (int month = 1; month <= 12; ++month)
    if (lunar_month_length(year, month, true) > 0) return month;
  return 0;
}

}  // namespace camtrack::incidents
