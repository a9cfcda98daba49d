// The incident list's queries are served by indexes (100,000 incidents must list fast): no full scan
// and no sort of the whole table.
#include <gtest/gtest.h>

#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {
namespace {

std::string plan(store::Database& db, const std::string& sql) {
  auto s = db.prepare("EXPLAIN QUERY PLAN " + sql);
  std::string out;
  while (s.step()) out += s.text(3) + "\n";
  return out;
}

TEST(IncidentQueryPlan, ListByStateUsesTheStateDetectedIndex) {
  SqliteHarness h;
  const auto p = plan(h.db(), "SELECT id FROM incidents WHERE state = 'open' ORDER BY detected_at DESC, id DESC "
                              "LIMIT 50 OFFSET 0");
  EXPECT_NE(p.find("incidents_state_detected"), std::string::npos) << p;
  EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
}

TEST(IncidentQueryPlan, UnfilteredListUsesTheDetectedIndex) {
  SqliteHarness h;
  const auto p = plan(h.db(), "SELECT id FROM incidents ORDER BY detected_at DESC, id DESC LIMIT 50 OFFSET 0");
  EXPECT_NE(p.find("incidents_detected"), std::string::npos) << p;
  EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
}

TEST(IncidentQueryPlan, CameraFilterUsesTheCameraIndex) {
  SqliteHarness h;
  const auto p = plan(h.db(), "SELECT count(*) FROM incident_cameras WHERE camera_code = 'GATE-1'");
  EXPECT_NE(p.find("incident_cameras_code"), std::string::npos) << p;
}

}  // namespace
}  // namespace camtrack::incidents::testing
