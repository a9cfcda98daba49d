// Coverage report (pure, REGULATION.md §2): every location class Decision 247 requires (all but
// `other`) must have at least one healthy camera; a class without one is a gap, listed and counted.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "incidents/inventory.hpp"
#include "incidents/location_class.hpp"

namespace camtrack::monitor {

struct ClassCoverage {
  incidents::LocationClass location = incidents::LocationClass::gate;
  int cameras = 0;   // enabled cameras of the class
  int healthy = 0;
  bool gap() const { return healthy == 0; }
};

struct CoverageReport {
  std::vector<ClassCoverage> classes;             // every required class, in declaration order
  std::vector<incidents::LocationClass> gaps;     // required classes without a healthy camera
  int gap_count() const { return static_cast<int>(gaps.size()); }
};

// healthy(code): whether the camera is currently healthy (not a confirmed fault).
CoverageReport coverage_report(const std::vector<incidents::Camera>& cameras,
                               const std::function<bool(const std::string&)>& healthy);

}  // namespace camtrack::monitor
