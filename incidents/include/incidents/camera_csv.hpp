// The camera CSV used by `camtrack cameras import/export` for bulk onboarding. Header row required;
// columns (any order): code, name, location_class (required), onvif_address, username, password,
// recorder (a recorder code), switch, enabled (true/false, default true). Every problem is reported
// with its line and column; a file with any problem imports nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/inventory.hpp"

namespace camtrack::incidents {

struct CameraCsvRow {
  int line = 0;
  Camera camera;                 // password nullopt when the cell is empty (keep the stored one)
  std::string recorder_code;     // empty: none
};

struct CsvLineError {
  int line = 0;
  std::string column;            // empty when the problem is the whole line
  std::string problem;
};

struct CameraCsv {
  std::vector<CameraCsvRow> rows;
  std::vector<CsvLineError> errors;
};

CameraCsv parse_camera_csv(std::string_view text);
// "line 3, column location_class: 'gat' is not a location class (...)"
std::string describe(const CsvLineError& error);

inline constexpr const char* camera_csv_columns[] = {"code",     "name",     "location_class", "onvif_address",
                                                     "username", "password", "recorder",       "switch",
                                                     "enabled"};

// The export never contains passwords (the column is left empty).
std::string cameras_to_csv(const std::vector<Camera>& cameras, const std::vector<Recorder>& recorders);

}  // namespace camtrack::incidents
