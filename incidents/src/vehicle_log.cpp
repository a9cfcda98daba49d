// Validation and CSV export of gate vehicle log entries.
#include "incidents/csv.hpp"
#include "incidents/time_text.hpp"
#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {

CheckedEntry check_vehicle_entry(const VehicleEntryInput& input, Instant now) {
  CheckedEntry result;
  VehicleEntry entry;
  entry.gate_camera = input.gate_camera;
  if (input.gate_camera.empty()) result.errors.push_back({"gate_camera", "required"});
  const Checked plate = check_plate(input.plate);
  if (plate.value) {
    entry.plate = *plate.value;
  } else {
    result.errors.push_back({"plate", plate.problem.substr(plate.problem.find(": ") + 2)});
  }
  if (input.container.find_first_not_of(' ') != std::string::npos) {
    const Checked container = check_container(input.container);
    if (container.value) {
      entry.container = *container.value;
    } else {
      result.errors.push_back({"container", container.problem.substr(container.problem.find(": ") + 2)});
    }
  }
  if (const auto dir = parse_direction(input.direction)) {
    entry.direction = *dir;
  } else {
    result.errors.push_back({"direction", "'" + input.direction + "' must be 'in' or 'out'"});
  }
  if (input.at > now) result.errors.push_back({"time", format_instant(input.at) + " is in the future"});
  entry.at = input.at;
  if (result.errors.empty()) result.entry = std::move(entry);
  return result;
}

std::string describe(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : "; ") + e.field + ": " + e.problem;
  return out;
}

std::string vehicle_log_csv(const std::vector<VehicleEntry>& entries) {
  std::string out = csv_line({"id", "incident_id", "gate_camera", "time", "direction", "plate", "container", "guard"});
  for (const auto& e : entries) {
    out += csv_line({std::to_string(e.id), std::to_string(e.incident_id), e.gate_camera, format_instant(e.at),
                     std::string(direction_name(e.direction)), e.plate, e.container.value_or(""), e.guard});
  }
  return out;
}

}  // namespace camtrack::incidents
