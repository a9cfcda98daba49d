// Field rules for inventory records, shared by the CSV import, the web forms and every repository.
#pragma once

#include <string_view>
#include <vector>

#include "incidents/inventory.hpp"
#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {

// Codes: 1-64 characters of A-Z a-z 0-9 . _ - (they appear in notices and file names).
bool valid_code(std::string_view code);
std::vector<FieldError> validate_camera(const Camera& camera);
std::vector<FieldError> validate_recorder(const Recorder& recorder);
std::vector<FieldError> validate_uplink(const Uplink& uplink);
std::vector<FieldError> validate_site(const Site& site);

}  // namespace camtrack::incidents
