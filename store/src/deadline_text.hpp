// The skipped days of a stored deadline as text: one "YYYY-MM-DD<TAB>kind<TAB>name" per line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::store::detail {

std::string_view day_kind_name(incidents::DayKind kind);
std::string encode_skipped(const std::vector<incidents::SkippedDay>& days);
std::vector<incidents::SkippedDay> decode_skipped(std::string_view text);

}  // namespace camtrack::store::detail
