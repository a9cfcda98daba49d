// Loads the working-day calendar for the command line: the shipped data file, then an optional site
// override file, with every data problem listed and the exit code to use.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "incidents/calendar/working_calendar.hpp"

namespace camtrack::app {

struct CalendarLoad {
  std::optional<incidents::WorkingCalendar> calendar;
  int exit_code = 0;   // exit_code::no_input or data_error when calendar is empty
  std::string error;   // one line per problem, ready to print
};

CalendarLoad load_calendar(incidents::CalendarKind kind, const std::filesystem::path& shipped,
                           const std::filesystem::path& site);  // site may be empty

}  // namespace camtrack::app
