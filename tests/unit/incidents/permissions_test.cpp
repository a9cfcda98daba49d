// The role matrix.
#include <gtest/gtest.h>

#include "incidents/permissions.hpp"

namespace camtrack::incidents {
namespace {

TEST(Permissions, LiaisonOnlyReads) {
  EXPECT_TRUE(may(Role::liaison, Command::read));
  for (auto c : {Command::open_incident, Command::mark_notified, Command::assign, Command::add_note,
                 Command::mark_restored, Command::close, Command::reopen, Command::explain_overdue,
                 Command::log_vehicle, Command::edit_inventory, Command::require_snapshot}) {
    EXPECT_FALSE(may(Role::liaison, c)) << command_name(c);
  }
}

TEST(Permissions, GuardOnlyKeepsTheVehicleLog) {
  EXPECT_TRUE(may(Role::guard, Command::log_vehicle));
  EXPECT_FALSE(may(Role::guard, Command::add_note));
  EXPECT_FALSE(may(Role::guard, Command::edit_inventory));
}

TEST(Permissions, TechnicianRepairsButDoesNotNotifyOrExplain) {
  EXPECT_TRUE(may(Role::technician, Command::close));
  EXPECT_TRUE(may(Role::technician, Command::assign));
  EXPECT_FALSE(may(Role::technician, Command::mark_notified));
  EXPECT_FALSE(may(Role::technician, Command::explain_overdue));
  EXPECT_FALSE(may(Role::technician, Command::edit_inventory));
}

TEST(Permissions, OfficerDoesAllButTheRepairReport) {
  EXPECT_TRUE(may(Role::officer, Command::explain_overdue));
  EXPECT_TRUE(may(Role::officer, Command::edit_inventory));
  EXPECT_FALSE(may(Role::officer, Command::close));
}

TEST(Permissions, AdminDoesEverythingAndRefusalNamesRole) {
  EXPECT_TRUE(may(Role::admin, Command::close));
  const auto r = check_permission({"gate", Role::guard}, Command::close);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->code, RefusalCode::forbidden);
  EXPECT_EQ(r->reason, "role 'guard' may not close an incident");
  EXPECT_FALSE(check_permission({"root", Role::admin}, Command::close));
}

}  // namespace
}  // namespace camtrack::incidents
