// `camtrack calendar year`: text, JSON and iCalendar (RFC 5545) renderings of one year.
#include <cstdio>

#include "calendar_format.hpp"

namespace camtrack::app {
namespace {

using incidents::Date;
using incidents::DayInfo;
using std::chrono::sys_days;

bool on_rest_day(const incidents::WorkingCalendar& calendar, Date d) {
  return calendar.weekly_rest()[std::chrono::weekday{sys_days{d}}.c_encoding()];
}

std::string line_for(const DayInfo& day, Lang lang) {
  return "  " + weekday_name(day.date, lang) + " " + dmy_date(day.date) + "  " + day.name + "\n";
}

// RFC 5545 TEXT escaping.
std::string ics_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// Folds a content line at 75 octets without splitting a UTF-8 sequence; ends it with CRLF.
std::string ics_line(const std::string& line) {
  std::string out;
  size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    if (cut > start + 1 && line[cut - 1] == '\\') --cut;  // keep an escape pair together
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space of a continuation line counts
  }
  return out + line.substr(start) + "\r\n";
}

std::string compact_date(Date d) {
  std::string s = iso_date(d);
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

std::string utc_stamp(incidents::Instant now) {
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::hh_mm_ss<std::chrono::seconds> t{now - day};
  char buf[24];
  std::snprintf(buf, sizeof buf, "%sT%02d%02d%02dZ", compact_date(Date{day}).c_str(),
                static_cast<int>(t.hours().count()), static_cast<int>(t.minutes().count()),
                static_cast<int>(t.seconds().count()));
  return buf;
}

}  // namespace

nlohmann::json year_json(const incidents::WorkingCalendar& calendar, int year) {
  nlohmann::json off = nlohmann::json::array(), on = nlohmann::json::array();
  for (const auto& day : calendar.special_days(year)) {
    const bool rest = on_rest_day(calendar, day.date);
    if (!day.working && !rest) off.push_back({{"date", iso_date(day.date)}, {"name", day.name}});
    if (day.working && rest) on.push_back({{"date", iso_date(day.date)}, {"name", day.name}});
  }
  return {{"year", year},
          {"calendar", std::string(incidents::to_string(calendar.kind()))},
          {"provisional", calendar.is_provisional(year)},
          {"non_working_weekdays", off},
          {"working_weekend_days", on}};
}

std::string year_text(const incidents::WorkingCalendar& calendar, int year, Lang lang) {
  const bool vi = lang == Lang::vi;
  const bool provisional = calendar.is_provisional(year);
  std::string out = vi ? (calendar.kind() == incidents::CalendarKind::state ? "Lịch nhà nước " : "Lịch doanh nghiệp ")
                       : (calendar.kind() == incidents::CalendarKind::state ? "State calendar " : "Enterprise calendar ");
  out += std::to_string(year);
  if (provisional) out += vi ? " (tạm tính theo quy tắc, chưa có lịch chính thức)\n" : " (provisional: computed from the rules, no official schedule yet)\n";
  else out += (vi ? " (chính thức: " : " (official: ") + calendar.year_source(year) + ")\n";
  std::string off, on, rest_holidays;
  for (const auto& day : calendar.special_days(year)) {
    const bool rest = on_rest_day(calendar, day.date);
    if (!day.working && !rest) off += line_for(day, lang);
    if (day.working && rest) on += line_for(day, lang);
    if (!day.working && rest) rest_holidays += line_for(day, lang);
  }
  out += (vi ? "Ngày nghỉ vào ngày làm việc thường:\n" : "Days off on ordinary working days:\n") + off;
  out += (vi ? "Ngày làm việc vào ngày nghỉ hằng tuần:\n" : "Working days on weekly rest days:\n") +
         (on.empty() ? (vi ? "  (không có)\n" : "  (none)\n") : on);
  if (!rest_holidays.empty())
    out += (vi ? "Ngày lễ trùng ngày nghỉ hằng tuần:\n" : "Holidays on weekly rest days:\n") + rest_holidays;
  return out;
}

std::string year_ics(const incidents::WorkingCalendar& calendar, int year, incidents::Instant now) {
  const std::string kind{incidents::to_string(calendar.kind())};
  const bool provisional = calendar.is_provisional(year);
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//camtrack//working-day calendar//VI");
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("METHOD:PUBLISH");
  out += ics_line("X-WR-CALNAME:" + ics_text("Ngày nghỉ " + std::to_string(year) +
                                             (kind == "state" ? " (lịch nhà nước)" : " (lịch doanh nghiệp)")));
  out += ics_line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
  const std::string stamp = utc_stamp(now);
  for (const auto& day : calendar.special_days(year)) {
    if (day.working) continue;
    const Date next{sys_days{day.date} + std::chrono::days{1}};
    std::string description = std::string(incidents::to_string(day.kind));
    if (!day.source.empty()) description += "; " + day.source;
    if (provisional) description += "; tạm tính (provisional)";
    out += ics_line("BEGIN:VEVENT");
    out += ics_line("UID:" + compact_date(day.date) + "-" + kind + "@camtrack");
    out += ics_line("DTSTAMP:" + stamp);
    out += ics_line("DTSTART;VALUE=DATE:" + compact_date(day.date));
    out += ics_line("DTEND;VALUE=DATE:" + compact_date(next));
    out += ics_line("SUMMARY:" + ics_text(day.name));
    out += ics_line("DESCRIPTION:" + ics_text(description));
    out += ics_line("TRANSP:TRANSPARENT");
    out += ics_line("END:VEVENT");
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

}  // namespace camtrack::app
