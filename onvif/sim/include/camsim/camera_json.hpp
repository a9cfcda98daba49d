// JSON text of camsim's cameras and faults, as served by the control endpoint and written by
// `camsim --list`: {"index", "name", "http_port", "rtsp_port", "device_url", "stream_url",
// "snapshot_url", "faults": {...}, "recording": {"earliest", "latest"}}.
#pragma once

#include <string>
#include <vector>

#include "camsim/faults.hpp"
#include "camsim/simulator.hpp"

namespace camtrack::camsim {

std::string to_json_text(const CameraInfo& camera);
std::string to_json_text(const std::vector<CameraInfo>& cameras);
std::string to_json_text(const Faults& faults);

// Parses a JSON object of fault fields (the names of Faults' members). On error returns false and
// sets error to one line naming the field and the problem; unknown fields are errors.
bool parse_fault_patch(const std::string& json_text, FaultPatch& patch, std::string& error);

}  // namespace camtrack::camsim
