#include "notices/vietnamese_format.hpp"

#include <cstdio>

namespace camtrack::notices {
namespace {

std::string two_digits(unsigned value) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", value % 100U);
  return buf;
}

}  // namespace

Date local_date_of(Instant at) {
  return Date{std::chrono::floor<std::chrono::days>(at + vietnam_offset)};
}

std::chrono::minutes local_time_of_day(Instant at) {
  const auto local = at + vietnam_offset;
  return std::chrono::floor<std::chrono::minutes>(local - std::chrono::floor<std::chrono::days>(local));
}

Instant local_instant(Date date, std::chrono::minutes time_of_day) {
  return std::chrono::sys_days{date} + time_of_day - vietnam_offset;
}

std::string notice_number(int sequence, int year, std::string_view suffix) {
  std::string out = sequence < 10 ? std::string(1, '0') : std::string();
  out.append(std::to_string(sequence)).append("/").append(std::to_string(year)).append("/").append(suffix);
  return out;
}

std::string place_and_date(std::string_view place, Date date) {
  const unsigned day = static_cast<unsigned>(date.day());
  const unsigned month = static_cast<unsigned>(date.month());
  const std::string month_text = month <= 2 ? two_digits(month) : std::to_string(month);
  return std::string(place) + ", ngày " + two_digits(day) + " tháng " + month_text + " năm " +
         std::to_string(static_cast<int>(date.year()));
}

std::string date_text(Date date) {
  return two_digits(static_cast<unsigned>(date.day())) + "/" + two_digits(static_cast<unsigned>(date.month())) +
         "/" + std::to_string(static_cast<int>(date.year()));
}

std::string iso_date(Date date) {
  return std::to_string(static_cast<int>(date.year())) + "-" + two_digits(static_cast<unsigned>(date.month())) +
         "-" + two_digits(static_cast<unsigned>(date.day()));
}

std::string time_text(Instant at) {
  const auto minutes = local_time_of_day(at).count();
  return two_digits(static_cast<unsigned>(minutes / 60)) + " giờ " + two_digits(static_cast<unsigned>(minutes % 60)) +
         " phút, ngày " + date_text(local_date_of(at));
}

std::string_view kind_name_vi(IncidentKind kind) {
  return kind == IncidentKind::equipment ? "thiết bị (camera, thiết bị kèm theo)" : "kênh truyền";
}

std::string_view kind_name_en(IncidentKind kind) { return kind == IncidentKind::equipment ? "equipment" : "link"; }

}  // namespace camtrack::notices
