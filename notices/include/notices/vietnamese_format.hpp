// Vietnamese forms of numbers, dates and times used in letters to customs (Decree 30/2020/NĐ-CP):
// "Bình Dương, ngày 06 tháng 3 năm 2026", notice numbers "07/2026/TB-CAM", "14 giờ 05 phút".
// All local times are Vietnam time (UTC+7, no daylight saving).
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "notices/notice_data.hpp"

namespace camtrack::notices {

inline constexpr std::chrono::seconds vietnam_offset{7 * 3600};

Date local_date_of(Instant at);
// Minutes since local midnight at an instant.
std::chrono::minutes local_time_of_day(Instant at);
// The UTC instant of a local date and time of day.
Instant local_instant(Date date, std::chrono::minutes time_of_day);

// "07/2026/TB-CAM": the per-year sequence, zero-padded to two digits.
std::string notice_number(int sequence, int year, std::string_view suffix = "TB-CAM");
// "Bình Dương, ngày 06 tháng 3 năm 2026" (day < 10 and months 1, 2 padded, as Decree 30 asks).
std::string place_and_date(std::string_view place, Date date);
// "06/03/2026"
std::string date_text(Date date);
// "14 giờ 05 phút, ngày 06/03/2026"
std::string time_text(Instant at);
// "2026-03-06"
std::string iso_date(Date date);

std::string_view kind_name_vi(IncidentKind kind);   // "thiết bị" / "kênh truyền"
std::string_view kind_name_en(IncidentKind kind);   // "equipment" / "link"

}  // namespace camtrack::notices
