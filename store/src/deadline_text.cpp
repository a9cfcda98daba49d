#include "deadline_text.hpp"

#include "incidents/time_text.hpp"

namespace camtrack::store::detail {

using incidents::DayKind;

namespace {

constexpr DayKind all_kinds[] = {DayKind::working,      DayKind::weekly_rest, DayKind::holiday,
                                 DayKind::compensatory, DayKind::swapped_off, DayKind::makeup_working};

}  // namespace

std::string_view day_kind_name(DayKind kind) {
  switch (kind) {
    case DayKind::working: return "working";
    case DayKind::weekly_rest: return "weekly_rest";
    case DayKind::holiday: return "holiday";
    case DayKind::compensatory: return "compensatory";
    case DayKind::swapped_off: return "swapped_off";
    case DayKind::makeup_working: return "makeup_working";
  }
  return "working";
}

std::string encode_skipped(const std::vector<incidents::SkippedDay>& days) {
  std::string out;
  for (const auto& d : days) {
    std::string name = d.name;
    for (char& c : name) {
      if (c == '\t' || c == '\n') c = ' ';
    }
    out += incidents::format_date(d.date) + "\t" + std::string(day_kind_name(d.kind)) + "\t" + name + "\n";
  }
  return out;
}

std::vector<incidents::SkippedDay> decode_skipped(std::string_view text) {
  std::vector<incidents::SkippedDay> out;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const auto t1 = line.find('\t');
    const auto t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) continue;
    incidents::SkippedDay day;
    day.date = incidents::parse_date(line.substr(0, t1)).value_or(incidents::Date{});
    const auto kind = line.substr(t1 + 1, t2 - t1 - 1);
    for (auto k : all_kinds) {
      if (day_kind_name(k) == kind) day.kind = k;
    }
    day.name = std::string(line.substr(t2 + 1));
    out.push_back(std::move(day));
  }
  return out;
}

}  // namespace camtrack::store::detail
