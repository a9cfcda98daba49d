// Where camtrack finds the files it ships (calendar data, templates, web assets): $CAMTRACK_DATA_DIR if
// set, else the source tree it was built from (the demo and tests run from a checkout).
#pragma once

#include <cstdlib>
#include <filesystem>

namespace camtrack::app {

inline std::filesystem::path shipped_dir() {
  if (const char* dir = std::getenv("CAMTRACK_DATA_DIR"); dir != nullptr && *dir != '\0') return dir;
  return CAMTRACK_SOURCE_DIR;
}

// e.g. shipped_file("data/calendar/vn-state.toml"), shipped_file("templates/appendix2.vi.html")
inline std::filesystem::path shipped_file(const std::filesystem::path& relative) {
  return shipped_dir() / relative;
}

}  // namespace camtrack::app
