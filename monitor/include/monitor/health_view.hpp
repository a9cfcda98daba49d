// The poller's per-object view for the dashboard: each camera, recorder and uplink as judged now (after
// debounce), when it was last checked and last found healthy. A plain snapshot copied out of the
// poller's thread, like Stats.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "monitor/coverage.hpp"
#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

struct ObjectHealth {
  std::string code;
  bool checked = false;                  // at least one check has finished
  bool up = false;                       // answered its last check and has no confirmed fault
  bool faulty = false;                   // a confirmed fault (an incident is open or being opened)
  FaultReason problem = FaultReason::none;  // the confirmed fault's reason, else the last failed check's
  std::optional<Instant> last_checked;
  std::optional<Instant> last_good;      // last check that found it healthy
  bool has_snapshot = false;             // cameras: a last good snapshot is kept
};

struct HealthView {
  std::vector<ObjectHealth> cameras;     // enabled cameras, in inventory order
  std::vector<ObjectHealth> recorders;
  std::vector<ObjectHealth> uplinks;
  CoverageReport coverage;
};

}  // namespace camtrack::monitor
