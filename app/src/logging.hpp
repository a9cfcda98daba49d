// Logging set-up: one named spdlog logger per module ("app", "store", "incidents", "onvif", "monitor",
// "notices", "web"), sharing a stderr sink and an optional rotating file, at the configured level.
#pragma once

#include "config/config.hpp"

namespace camtrack::app {

inline constexpr const char* module_logger_names[] = {"app", "store", "incidents", "onvif",
                                                      "monitor", "notices", "web"};

// Replaces any earlier set-up; throws spdlog::spdlog_ex when the log file cannot be opened.
void setup_logging(const LogConfig& config);

}  // namespace camtrack::app
