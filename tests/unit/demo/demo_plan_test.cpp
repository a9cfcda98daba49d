// The demo's plan and script as data: every location class is covered, codes are valid and stable, the
// scenario's steps come in order with a Vietnamese and an English half, and its site record is valid.
#include <gtest/gtest.h>

#include <set>

#include "incidents/inventory_rules.hpp"
#include "runtime/demo_plan.hpp"
#include "runtime/demo_scenario.hpp"

namespace camtrack::app {
namespace {

TEST(DemoPlan, TwentyFourCamerasCoverEveryLocationClassWithUniqueValidCodes) {
  const auto plan = demo::plan_cameras(24);
  ASSERT_EQ(plan.size(), 24u);
  std::set<incidents::LocationClass> classes;
  std::set<std::string> codes, switches;
  for (const auto& c : plan) {
    classes.insert(c.location);
    codes.insert(c.code);
    switches.insert(c.switch_name);
    EXPECT_TRUE(incidents::valid_code(c.code)) << c.code;
    EXPECT_FALSE(c.switch_name.empty()) << c.code;
    EXPECT_EQ(c.recorded, c.location != incidents::LocationClass::other) << c.code;
  }
  EXPECT_EQ(classes.size(), incidents::all_location_classes.size());
  EXPECT_EQ(codes.size(), 24u);
  EXPECT_GE(switches.size(), 4u);
}

TEST(DemoPlan, SamePlanEveryRunAndSmallerPlansArePrefixes) {
  const auto big = demo::plan_cameras(24);
  const auto small = demo::plan_cameras(5);
  ASSERT_EQ(small.size(), 5u);
  for (std::size_t i = 0; i < small.size(); ++i) EXPECT_EQ(small[i].code, big[i].code);
  EXPECT_EQ(demo::plan_cameras(24)[23].code, big[23].code);
}

TEST(DemoPlan, ScenarioKillsAGateCamera) {
  const auto plan = demo::plan_cameras(24);
  const auto gate = demo::scenario_gate_camera(plan);
  EXPECT_EQ(plan.at(static_cast<std::size_t>(gate)).location, incidents::LocationClass::gate);
  EXPECT_EQ(plan.at(static_cast<std::size_t>(gate)).code, "CAM-GATE-MAIN-01");
}

TEST(DemoPlan, SiteRecordPassesTheInventoryRules) {
  const auto site = demo::demo_site_record();
  EXPECT_TRUE(incidents::validate_site(site).empty());
  EXPECT_FALSE(site.customs_emails.empty());
  EXPECT_FALSE(site.customs_unit.empty());
}

TEST(DemoScenario, StepsInOrderEachWithVietnameseAndEnglish) {
  const auto steps = scenario_steps(demo::plan_cameras(24));
  ASSERT_EQ(steps.size(), 6u);
  EXPECT_EQ(steps.front().action, ScenarioAction::gate_camera_down);
  EXPECT_EQ(steps.front().after.count(), 0);
  std::set<ScenarioAction> actions;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (i > 0) {
      EXPECT_LE(steps[i - 1].after, steps[i].after);
    }
    EXPECT_EQ(steps[i].line.rfind("Kịch bản", 0), 0u) << steps[i].line;
    EXPECT_NE(steps[i].line.find(" / Scenario"), std::string::npos) << steps[i].line;
    actions.insert(steps[i].action);
  }
  EXPECT_EQ(actions.size(), 6u) << "every action once";
  EXPECT_LT(steps[1].after, steps[2].after) << "the uplink drops before it returns";
  EXPECT_NE(steps.back().line.find("technician"), std::string::npos);
  // Faults are all under way within two minutes of the scenario's start.
  EXPECT_LE(steps[3].after.count(), 120);
}

}  // namespace
}  // namespace camtrack::app
