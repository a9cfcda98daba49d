// Text forms of instants and dates used in the API, CSV files and the audit log: RFC 3339 UTC
// ("2026-03-06T17:00:00Z") and ISO dates ("2026-03-06"). Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

std::string format_instant(Instant at);
std::string format_date(Date date);
// Accepts "YYYY-MM-DDTHH:MM:SSZ", an explicit offset "+07:00", or no seconds; nullopt if malformed.
std::optional<Instant> parse_instant(std::string_view text);
std::optional<Date> parse_date(std::string_view text);

}  // namespace camtrack::incidents
