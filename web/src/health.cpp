#include "web/health.hpp"

#include <nlohmann/json.hpp>

namespace camtrack::web {

Response healthz(const HealthInfo& info) {
  return json_response(200, {{"status", "ok"}, {"version", info.version}});
}

Response metrics_page(MetricsRegistry& registry) {
  return text_response(200, registry.render(), "text/plain; version=0.0.4; charset=utf-8");
}

void add_health_routes(Router& router, HealthInfo info, MetricsRegistry& registry) {
  router.get("/healthz", [info = std::move(info)](const Request&) { return healthz(info); });
  router.get("/metrics", [&registry](const Request&) { return metrics_page(registry); });
}

}  // namespace camtrack::web
