// GET /healthz (liveness: {"status":"ok","version":...}) and GET /metrics (Prometheus text).
#pragma once

#include <string>

#include "web/metrics.hpp"
#include "web/router.hpp"

namespace camtrack::web {

struct HealthInfo {
  std::string version;  // camtrack's version, e.g. "0.1.0"
};

Response healthz(const HealthInfo& info);
Response metrics_page(MetricsRegistry& registry);

// Adds GET /healthz and GET /metrics to the router. The registry must outlive the router.
void add_health_routes(Router& router, HealthInfo info, MetricsRegistry& registry);

}  // namespace camtrack::web
