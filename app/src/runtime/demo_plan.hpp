// The demo enterprise on paper: its letterhead (a plausible export-processing enterprise in Bình Dương
// and its customs branch), and where each simulated camera hangs (location class, switch). Pure values:
// no I/O, the same plan every run, so a second run finds the same codes.
#pragma once

#include <string>
#include <vector>

#include "incidents/inventory.hpp"

namespace camtrack::app::demo {

inline constexpr const char* recorder_code = "NVR-01";
inline constexpr const char* uplink_code = "WAN-01";
inline constexpr const char* customs_user = "haiquan";         // the account handed to customs
inline constexpr const char* customs_password = "HaiQuan-247";  // demo only; sealed by the store
inline constexpr const char* actor_name = "demo";              // who seeds the inventory (audit log)

struct PlannedCamera {
  std::string code;  // e.g. CAM-GATE-MAIN-01
  std::string name;  // Vietnamese, e.g. "Cổng chính – làn vào"
  incidents::LocationClass location = incidents::LocationClass::other;
  std::string switch_name;
  bool recorded = true;  // on the demo recorder
};

incidents::Site demo_site_record();
// `count` cameras spread over every location class; count >= 1. Camera i of the plan is camsim camera i.
std::vector<PlannedCamera> plan_cameras(int count);
// The index in the plan of the camera the scenario kills: the first gate camera.
int scenario_gate_camera(const std::vector<PlannedCamera>& plan);

}  // namespace camtrack::app::demo
