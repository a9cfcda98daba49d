#include "monitor/coverage.hpp"

namespace camtrack::monitor {

CoverageReport coverage_report(const std::vector<incidents::Camera>& cameras,
                               const std::function<bool(const std::string&)>& healthy) {
  CoverageReport report;
  for (const auto c : incidents::all_location_classes) {
    if (!incidents::in_legal_scope(c)) continue;
    ClassCoverage cov;
    cov.location = c;
    for (const auto& cam : cameras) {
      if (!cam.enabled || cam.location != c) continue;
      ++cov.cameras;
      if (healthy(cam.code)) ++cov.healthy;
    }
    if (cov.gap()) report.gaps.push_back(c);
    report.classes.push_back(cov);
  }
  return report;
}

}  // namespace camtrack::monitor
