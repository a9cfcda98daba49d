// The Vietnamese lunar calendar (âm lịch), computed from astronomy at UTC+7 (105°E) as in Hồ Ngọc Đức's
// published method: a month starts on the local day of the new moon, month 11 holds the winter
// solstice, and in a 13-month year the first month without a principal solar term is the leap month.
// Valid for solar years 1900-2100. Pure computation, std only.
#pragma once

#include <compare>
#include <optional>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

inline constexpr int lunar_first_year = 1900;
inline constexpr int lunar_last_year = 2100;

struct LunarDate {
  int year = 0;      // lunar year, named by the solar year in which its month 1 starts
  int month = 0;     // 1..12
  int day = 0;       // 1..30
  bool leap = false; // the leap (nhuận) repetition of `month`
  auto operator<=>(const LunarDate&) const = default;
};

// Solar -> lunar. Throws std::out_of_range for solar years outside 1900-2100.
LunarDate to_lunar(Date solar);
// Lunar -> solar; nullopt when that lunar date does not exist (no such leap month, day 30 of a short
// month) or lies outside 1900-2100.
std::optional<Date> to_solar(const LunarDate& lunar);

// Mùng 1 Tết (day 1 of month 1) of lunar year `year`, 1900-2100.
Date lunar_new_year(int year);
// Giỗ Tổ Hùng Vương: day 10 of lunar month 3 of `year`, never the leap month 3.
Date hung_kings_day(int year);
// The leap month of lunar year `year` (1..12), or 0 when the year has none.
int leap_month(int year);
// Days in the lunar month (29 or 30); 0 when that month does not exist.
int lunar_month_length(int year, int month, bool leap);

}  // namespace camtrack::incidents
