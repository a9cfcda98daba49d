#include "incidents/time_text.hpp"

#include <cstdio>

namespace camtrack::incidents {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::string two(long v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02ld", v);
  return buf;
}

}  // namespace

std::string format_date(Date date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

std::string format_instant(Instant at) {
  using namespace std::chrono;
  const auto day = floor<days>(at);
  const hh_mm_ss<seconds> t{at - day};
  return format_date(Date{day}) + "T" + two(t.hours().count()) + ":" + two(t.minutes().count()) + ":" +
         two(static_cast<long>(t.seconds().count())) + "Z";
}

std::optional<Date> parse_date(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
  const Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<Instant> parse_instant(std::string_view s) {
  using namespace std::chrono;
  if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
  const auto date = parse_date(s.substr(0, 10));
  int hh = 0, mm = 0, ss = 0;
  if (!date || !digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm)) return std::nullopt;
  std::size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!digits(s, pos + 1, 2, ss)) return std::nullopt;
    pos += 3;
  }
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  seconds offset{0};
  const std::string_view zone = s.substr(pos);
  if (zone == "Z" || zone == "z") {
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    int oh = 0, om = 0;
    if (!digits(zone, 1, 2, oh) || !digits(zone, 4, 2, om)) return std::nullopt;
    offset = hours(oh) + minutes(om);
    if (zone[0] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  return sys_days{*date} + hours(hh) + minutes(mm) + seconds(ss) - offset;
}

}  // namespace camtrack::incidents
