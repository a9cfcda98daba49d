// Reading calendar data files (the only I/O of the calendar) and building the calendar.
#include "calendar_load.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "exit_codes.hpp"

namespace camtrack::app {
namespace {

std::optional<std::string> read_text(const std::filesystem::path& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "camtrack: calendar data: cannot read " + file.string() + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CalendarLoad load_calendar(incidents::CalendarKind kind, const std::filesystem::path& shipped,
                           const std::filesystem::path& site) {
  CalendarLoad load;
  const auto shipped_text = read_text(shipped, load.error);
  if (!shipped_text) {
    load.exit_code = exit_code::no_input;
    return load;
  }
  std::optional<std::string> site_text;
  if (!site.empty()) {
    site_text = read_text(site, load.error);
    if (!site_text) {
      load.exit_code = exit_code::no_input;
      return load;
    }
  }
  try {
    load.calendar = incidents::calendar_from_toml(*shipped_text, kind, shipped.string(),
                                                  site_text.value_or(""), site.string());
  } catch (const incidents::CalendarDataError& e) {
    load.exit_code = exit_code::data_error;
    for (const auto& problem : e.errors()) {
      if (!load.error.empty()) load.error += '\n';
      load.error += "camtrack: calendar data: ";
      load.error += problem.message();
    }
  }
  return load;
}

}  // namespace camtrack::app
