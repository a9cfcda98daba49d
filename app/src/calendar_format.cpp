// Human text and JSON for `camtrack calendar deadline` and `camtrack calendar year`.
#include "calendar_format.hpp"

#include <cstdio>

namespace camtrack::app {
namespace {

using incidents::Date;
using incidents::DayKind;
using std::chrono::sys_days;

std::string calendar_label(incidents::CalendarKind kind, Lang lang) {
  if (lang == Lang::en) return kind == incidents::CalendarKind::state ? "state calendar" : "enterprise calendar";
  return kind == incidents::CalendarKind::state ? "lịch nhà nước" : "lịch doanh nghiệp";
}

std::string kind_text(DayKind kind, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
    case DayKind::working: return vi ? "ngày làm việc" : "working day";
    case DayKind::weekly_rest: return vi ? "nghỉ hằng tuần" : "weekly rest day";
    case DayKind::holiday: return vi ? "nghỉ lễ, Tết" : "public holiday";
    case DayKind::compensatory: return vi ? "nghỉ bù" : "compensatory day off";
    case DayKind::swapped_off: return vi ? "nghỉ hoán đổi" : "swapped day off";
    case DayKind::makeup_working: return vi ? "làm bù" : "make-up working day";
  }
  return "";
}

std::string years_label(Date first, Date last) {
  const int a = static_cast<int>(first.year()), b = static_cast<int>(last.year());
  return a == b ? std::to_string(a) : std::to_string(a) + "–" + std::to_string(b);
}

std::string day_line(Date date, DayKind kind, const std::string& name, Lang lang) {
  std::string line = "  - " + weekday_name(date, lang) + " " + dmy_date(date) + ": ";
  if (kind == DayKind::weekly_rest) return line + kind_text(kind, lang);
  return line + name + " — " + kind_text(kind, lang);
}

}  // namespace

std::string iso_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string dmy_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()),
                static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  return buf;
}

std::string rfc3339_local(incidents::Instant at) {
  const auto local = at + incidents::vietnam_utc_offset;
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::hh_mm_ss<std::chrono::seconds> t{local - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+07:00", iso_date(Date{day}).c_str(),
                static_cast<int>(t.hours().count()), static_cast<int>(t.minutes().count()),
                static_cast<int>(t.seconds().count()));
  return buf;
}

std::string weekday_name(Date d, Lang lang) {
  static const char* const vi[] = {"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"};
  static const char* const en[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const unsigned wd = std::chrono::weekday{sys_days{d}}.c_encoding();
  return lang == Lang::vi ? vi[wd] : en[wd];
}

std::string deadline_text(const incidents::WorkingCalendar& calendar, const incidents::Deadline& d, Lang lang) {
  const bool vi = lang == Lang::vi;
  const Date event_day = incidents::local_date(d.from);
  const Date first_counted{sys_days{event_day} + std::chrono::days{1}};
  std::string out = vi ? "Hạn khắc phục: 24:00 " : "Deadline: 24:00 ";
  out += weekday_name(d.deadline_date, lang) + " " + dmy_date(d.deadline_date) + " (" +
         std::to_string(d.working_days) + (vi ? " ngày làm việc, " : " working days, ") +
         calendar_label(d.calendar, lang) + " " + years_label(first_counted, d.deadline_date) +
         (d.provisional ? (vi ? ", tạm tính" : ", provisional") : "") + ")\n";
  const std::string from = rfc3339_local(d.from);
  out += vi ? "Mốc tính: " + dmy_date(event_day) + " " + from.substr(11, 5) + " (ngày xảy ra không được tính)\n"
            : "Counted from: " + dmy_date(event_day) + " " + from.substr(11, 5) + " (the event day is not counted)\n";
  if (d.skipped.empty()) {
    out += vi ? "Không có ngày nghỉ nào bị bỏ qua.\n" : "No days off were skipped.\n";
  } else {
    out += vi ? "Các ngày không tính:\n" : "Days not counted:\n";
    for (const auto& s : d.skipped) out += day_line(s.date, s.kind, s.name, lang) + "\n";
  }
  if (d.provisional) {
    out += vi ? "Lưu ý: có năm chưa có lịch nghỉ chính thức; hạn được tính theo quy tắc và có thể thay đổi.\n"
              : "Note: a year involved has no official schedule yet; the deadline follows the rules and may change.\n";
  }
  out += (vi ? "Phiên bản dữ liệu lịch: " : "Calendar data version: ") + calendar.data_version() + "\n";
  return out;
}

nlohmann::json deadline_json(const incidents::Deadline& d) {
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& s : d.skipped)
    skipped.push_back({{"date", iso_date(s.date)}, {"kind", std::string(incidents::to_string(s.kind))}, {"name", s.name}});
  return {{"from", rfc3339_local(d.from)},
          {"working_days", d.working_days},
          {"calendar", std::string(incidents::to_string(d.calendar))},
          {"deadline_date", iso_date(d.deadline_date)},
          {"deadline_at", rfc3339_local(d.deadline_at)},
          {"provisional", d.provisional},
          {"skipped", skipped}};
}

}  // namespace camtrack::app
