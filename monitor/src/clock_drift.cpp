#include "monitor/clock_drift.hpp"

#include <charconv>
#include <string>

namespace camtrack::monitor {

namespace {

// The integer content of the first element named `name` (any prefix) after `from`.
std::optional<int> element_int(std::string_view xml, std::string_view name, std::size_t from) {
  std::size_t pos = from;
  while ((pos = xml.find(name, pos)) != std::string_view::npos) {
    const bool starts_tag = pos > 0 && (xml[pos - 1] == '<' || xml[pos - 1] == ':');
    const std::size_t end = pos + name.size();
    if (starts_tag && end < xml.size() && xml[end] == '>' && xml.rfind('<', pos) != std::string_view::npos &&
        xml[xml.rfind('<', pos) + 1] != '/') {
      int value = 0;
      const char* first = xml.data() + end + 1;
      const char* last = xml.data() + xml.size();
      while (first < last && (*first == ' ' || *first == '\n' || *first == '\r' || *first == '\t')) ++first;
      const auto r = std::from_chars(first, last, value);
      if (r.ec != std::errc{}) return std::nullopt;
      return value;
    }
    pos = end;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Instant> parse_device_utc(std::string_view soap_body) {
  const std::size_t utc = soap_body.find("UTCDateTime");
  if (utc == std::string_view::npos) return std::nullopt;
  const auto year = element_int(soap_body, "Year", utc);
  const auto month = element_int(soap_body, "Month", utc);
  const auto day = element_int(soap_body, "Day", utc);
  const auto hour = element_int(soap_body, "Hour", utc);
  const auto minute = element_int(soap_body, "Minute", utc);
  const auto second = element_int(soap_body, "Second", utc);
  if (!year || !month || !day || !hour || !minute || !second) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
                                        std::chrono::day(static_cast<unsigned>(*day))};
  if (!ymd.ok() || *hour < 0 || *hour > 23 || *minute < 0 || *minute > 59 || *second < 0 || *second > 60) {
    return std::nullopt;
  }
  return std::chrono::sys_days(ymd) + std::chrono::hours(*hour) + std::chrono::minutes(*minute) +
         std::chrono::seconds(*second);
}

double clock_offset_seconds(Instant device_utc, std::chrono::system_clock::time_point sent,
                            std::chrono::system_clock::time_point received) {
  const auto mid = sent + (received - sent) / 2;
  const std::chrono::duration<double> d = device_utc - mid;
  return d.count();
}

}  // namespace camtrack::monitor
