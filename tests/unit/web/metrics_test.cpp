#include <gtest/gtest.h>

#include "web/metrics.hpp"

namespace camtrack::web {
namespace {

TEST(MetricsRegistry, RendersCounterWithHelpTypeAndLabels) {
  MetricsRegistry registry;
  registry.counter("camtrack_things_total", "Things seen").inc({{"kind", "a"}}, 2);
  const auto text = registry.render();
  EXPECT_NE(text.find("# HELP camtrack_things_total Things seen\n"), std::string::npos) << text;
  EXPECT_NE(text.find("# TYPE camtrack_things_total counter\n"), std::string::npos) << text;
  EXPECT_NE(text.find("camtrack_things_total{kind=\"a\"} 2\n"), std::string::npos) << text;
}

TEST(MetricsRegistry, RendersHistogramBucketsCumulatively) {
  MetricsRegistry registry;
  auto& h = registry.histogram("latency_seconds", "Latency", {0.1, 1});
  h.observe({{"route", "/x"}}, 0.05);
  h.observe({{"route", "/x"}}, 0.5);
  h.observe({{"route", "/x"}}, 5);
  const auto text = registry.render();
  EXPECT_NE(text.find("latency_seconds_bucket{route=\"/x\",le=\"0.1\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("latency_seconds_bucket{route=\"/x\",le=\"1\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("latency_seconds_bucket{route=\"/x\",le=\"+Inf\"} 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("latency_seconds_sum{route=\"/x\"} 5.55\n"), std::string::npos) << text;
  EXPECT_NE(text.find("latency_seconds_count{route=\"/x\"} 3\n"), std::string::npos) << text;
}

TEST(MetricsRegistry, HistogramSetFromCumulativeTotalsRendersThemUnchanged) {
  MetricsRegistry registry;
  auto& h = registry.histogram("check_seconds", "Checks", {0.1, 1});
  h.observe(0.05);  // replaced below: the totals come from elsewhere
  h.set_totals({}, {3, 7}, 9, 4.5);
  const auto text = registry.render();
  EXPECT_NE(text.find("check_seconds_bucket{le=\"0.1\"} 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("check_seconds_bucket{le=\"1\"} 7\n"), std::string::npos) << text;
  EXPECT_NE(text.find("check_seconds_bucket{le=\"+Inf\"} 9\n"), std::string::npos) << text;
  EXPECT_NE(text.find("check_seconds_sum 4.5\n"), std::string::npos) << text;
  EXPECT_NE(text.find("check_seconds_count 9\n"), std::string::npos) << text;
}

TEST(MetricsRegistry, EscapesLabelValues) {
  MetricsRegistry registry;
  registry.gauge("g", "G").set({{"path", "a\"b\\c\nd"}}, 1);
  EXPECT_NE(registry.render().find("g{path=\"a\\\"b\\\\c\\nd\"} 1\n"), std::string::npos);
}

TEST(MetricsRegistry, RunsCollectorsBeforeRendering) {
  MetricsRegistry registry;
  int cameras_down = 3;
  registry.add_collector([&] { registry.gauge("camtrack_cameras_down", "Cameras down").set(cameras_down); });
  EXPECT_NE(registry.render().find("camtrack_cameras_down 3\n"), std::string::npos);
  cameras_down = 4;
  EXPECT_NE(registry.render().find("camtrack_cameras_down 4\n"), std::string::npos);
}

TEST(MetricsRegistry, RefusesTypeClashAndBadNames) {
  MetricsRegistry registry;
  registry.counter("x_total", "X");
  EXPECT_THROW(registry.gauge("x_total", "X"), std::invalid_argument);
  EXPECT_THROW(registry.counter("1bad", "X"), std::invalid_argument);
  EXPECT_THROW(registry.counter("x_total", "X").inc({}, -1), std::invalid_argument);
}

TEST(MetricsRegistry, LabelOrderDoesNotSplitSeries) {
  MetricsRegistry registry;
  auto& c = registry.counter("c_total", "C");
  c.inc({{"a", "1"}, {"b", "2"}});
  c.inc({{"b", "2"}, {"a", "1"}});
  EXPECT_EQ(c.value({{"a", "1"}, {"b", "2"}}), 2);
}

}  // namespace
}  // namespace camtrack::web
