#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "web/health.hpp"

namespace camtrack::web {
namespace {

Response get(const Router& router, std::string target) {
  Request r;
  r.method = "GET";
  r.target = std::move(target);
  return router.handle(r);
}

TEST(Healthz, AnswersOkWithVersion) {
  MetricsRegistry metrics;
  Router router;
  add_health_routes(router, {"1.2.3"}, metrics);
  const auto response = get(router, "/healthz");
  ASSERT_EQ(response.status, 200);
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["version"], "1.2.3");
}

TEST(MetricsPage, ServesPrometheusText) {
  MetricsRegistry metrics;
  metrics.counter("camtrack_http_requests_total", "HTTP requests").inc({{"route", "/healthz"}});
  Router router;
  add_health_routes(router, {"1.2.3"}, metrics);
  const auto response = get(router, "/metrics");
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type").substr(0, 25), "text/plain; version=0.0.4");
  EXPECT_NE(response.body.find("# TYPE camtrack_http_requests_total counter"), std::string::npos);
  EXPECT_NE(response.body.find("camtrack_http_requests_total{route=\"/healthz\"} 1"), std::string::npos);
}

}  // namespace
}  // namespace camtrack::web
