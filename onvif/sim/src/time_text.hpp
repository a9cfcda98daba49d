// xsd:dateTime text for camsim: UTC formatting and a lenient parser for UsernameToken Created.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace camtrack::camsim {

// "2026-11-23T14:22:05Z"
std::string format_utc(std::chrono::sys_seconds t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fraction][Z|+hh:mm|-hh:mm]"; no zone means UTC. nullopt when malformed.
std::optional<std::chrono::sys_seconds> parse_utc(std::string_view text);

}  // namespace camtrack::camsim
