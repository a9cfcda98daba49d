// Lenient readers for the dates, durations and URIs devices send.
#include "onvif/text.hpp"

#include <cctype>
#include <charconv>
#include <cstdio>

namespace camtrack::onvif {
namespace {

bool read_int(std::string_view& s, std::size_t digits, int& out) {
  if (s.size() < digits) return false;
  const auto r = std::from_chars(s.data(), s.data() + digits, out);
  if (r.ec != std::errc{} || r.ptr != s.data() + digits) return false;
  s.remove_prefix(digits);
  return true;
}

bool eat(std::string_view& s, char c) {
  if (s.empty() || s.front() != c) return false;
  s.remove_prefix(1);
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Reads "+hh:mm", "-hhmm", "Z" or nothing into seconds east of UTC.
bool read_zone(std::string_view s, int& seconds_east) {
  seconds_east = 0;
  if (s.empty() || s == "Z" || s == "z") return true;
  const int sign = s.front() == '-' ? -1 : 1;
  if (s.front() != '+' && s.front() != '-') return false;
  s.remove_prefix(1);
  int hh = 0, mm = 0;
  if (!read_int(s, 2, hh)) return false;
  eat(s, ':');
  if (!s.empty() && !read_int(s, 2, mm)) return false;
  seconds_east = sign * (hh * 3600 + mm * 60);
  return s.empty() && hh < 24 && mm < 60;
}

}  // namespace

std::optional<std::chrono::sys_seconds> parse_xsd_datetime(std::string_view text) {
  std::string_view s = trim(text);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!read_int(s, 4, y) || !eat(s, '-') || !read_int(s, 2, mo) || !eat(s, '-') || !read_int(s, 2, d)) return {};
  if (!eat(s, 'T') && !eat(s, 't') && !eat(s, ' ')) return {};
  if (!read_int(s, 2, h) || !eat(s, ':') || !read_int(s, 2, mi) || !eat(s, ':') || !read_int(s, 2, sec)) return {};
  if (eat(s, '.') || eat(s, ',')) {
    while (!s.empty() && std::isdigit(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  }
  int east = 0;
  if (!read_zone(s, east)) return {};
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return {};
  return sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec} - seconds{east};
}

std::optional<std::chrono::sys_seconds> parse_http_date(std::string_view text) {
  static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string s(trim(text));
  char mon[4] = {};
  int d = 0, y = 0, h = 0, mi = 0, sec = 0;
  if (std::sscanf(s.c_str(), "%*3s, %2d %3s %4d %2d:%2d:%2d", &d, mon, &y, &h, &mi, &sec) != 6) return {};
  for (unsigned m = 0; m < 12; ++m) {
    if (months[m] != mon) continue;
    using namespace std::chrono;
    const year_month_day ymd{year{y}, month{m + 1}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return {};
    return sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec};
  }
  return {};
}

std::string format_rfc3339(std::chrono::sys_seconds t) {
  using namespace std::chrono;
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> tod{t - day};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                static_cast<long long>(tod.seconds().count()));
  return buf;
}

std::optional<std::chrono::seconds> parse_xsd_duration(std::string_view text) {
  std::string_view s = trim(text);
  const bool negative = eat(s, '-');
  if (!eat(s, 'P') || s.empty()) return {};
  double total = 0;
  bool in_time = false, any = false;
  while (!s.empty()) {
    if (eat(s, 'T')) { in_time = true; continue; }
    double value = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec != std::errc{} || r.ptr == s.data() + s.size()) return {};
    s.remove_prefix(static_cast<std::size_t>(r.ptr - s.data()));
    const char unit = s.front();
    s.remove_prefix(1);
    double scale = 0;
    if (!in_time && unit == 'Y') scale = 365 * 86400.0;
    else if (!in_time && unit == 'M') scale = 30 * 86400.0;
    else if (!in_time && unit == 'W') scale = 7 * 86400.0;
    else if (!in_time && unit == 'D') scale = 86400.0;
    else if (in_time && unit == 'H') scale = 3600.0;
    else if (in_time && unit == 'M') scale = 60.0;
    else if (in_time && unit == 'S') scale = 1.0;
    else return {};
    total += value * scale;
    any = true;
  }
  if (!any) return {};
  const auto secs = std::chrono::seconds(static_cast<long long>(total));
  return negative ? -secs : secs;
}

}  // namespace camtrack::onvif
