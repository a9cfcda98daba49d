// Checks of the [notices] section (letters to customs, reminders, daily status mail) and the parsing of
// its "HH:MM" time, shared by validation and the notice runtime.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/load_config.hpp"

namespace camtrack::app {

// "08:00" → minutes after midnight (00:00 .. 23:59); nullopt when malformed.
std::optional<int> parse_time_of_day(const std::string& text);

void validate_notices(const NoticesConfig& notices, std::vector<ConfigError>& errors);

}  // namespace camtrack::app
