// The enterprise calendar and site overrides of the shipped data.
#include <gtest/gtest.h>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::enterprise_calendar;
using testing::iso;
using testing::local_time;
using testing::shipped_text;
using testing::state_calendar;
using testing::ymd;

WorkingCalendar enterprise_with(const std::string& site) {
  return calendar_from_toml(shipped_text(), CalendarKind::enterprise, "vn-state.toml", site, "site.toml");
}

TEST(EnterpriseCalendar, DefaultKeepsStateDaysOffButNeverWorksMakeUpSaturdays) {
  const WorkingCalendar& e = enterprise_calendar();
  EXPECT_EQ(e.kind(), CalendarKind::enterprise);
  EXPECT_FALSE(e.is_working_day(ymd(2026, 8, 22)));  // state make-up Saturday
  EXPECT_FALSE(e.is_working_day(ymd(2026, 8, 31)));  // state swapped day off
  EXPECT_FALSE(e.is_working_day(ymd(2024, 2, 14)));  // Tết compensatory, recomputed
  EXPECT_FALSE(e.is_working_day(ymd(2026, 4, 27)));  // Hùng Kings compensatory
  EXPECT_NE(e.data_version(), state_calendar().data_version());
}

TEST(EnterpriseCalendar, SwappedDaysCanBeWorked) {
  const WorkingCalendar e = enterprise_with("[enterprise]\nswapped_days = \"working\"\n");
  EXPECT_TRUE(e.is_working_day(ymd(2026, 8, 31)));
  EXPECT_TRUE(e.is_working_day(ymd(2026, 1, 2)));
  EXPECT_EQ(iso(compute_deadline(e, local_time(2026, 8, 20), 10).deadline_date), "2026-09-07");
}

TEST(EnterpriseCalendar, SundayOnlyRestMakesSaturdaysWorkingAndMovesCompensatoryDays) {
  const WorkingCalendar e = enterprise_with("[enterprise]\nweekly_rest = [\"sunday\"]\n");
  EXPECT_TRUE(e.is_working_day(ymd(2026, 3, 7)));  // a Saturday
  EXPECT_EQ(e.day_kind(ymd(2026, 3, 8)), DayKind::weekly_rest);
  // Tết 2024 on Sat 10 and Sun 11 Feb: only the Sunday is a rest day, so one compensatory day (Tue 13).
  EXPECT_EQ(e.day_kind(ymd(2024, 2, 13)), DayKind::compensatory);
  EXPECT_TRUE(e.is_working_day(ymd(2024, 2, 14)));
  EXPECT_EQ(e.weekly_rest()[0], true);
  EXPECT_EQ(e.weekly_rest()[6], false);
}

TEST(EnterpriseCalendar, OwnTetChoiceReplacesTheStateTetDays) {
  const WorkingCalendar e = enterprise_with("[enterprise]\ntet = \"rule\"\ntet_days_before = 0\n");
  // 2026: mùng 1 = Tue 17/02; rule with no day before = 17..21/02 (21 Sat -> compensatory Mon 23/02).
  EXPECT_TRUE(e.is_working_day(ymd(2026, 2, 16)));
  EXPECT_FALSE(e.is_working_day(ymd(2026, 2, 20)));
  EXPECT_EQ(e.day_kind(ymd(2026, 2, 23)), DayKind::compensatory);
  EXPECT_FALSE(e.is_working_day(ymd(2026, 4, 30)));  // other official holidays kept
}

TEST(SiteOverride, ReplacesAYearAndAddsAnOfficialYear) {
  const std::string site =
      "[year.2027]\nsource = \"Thông báo giả định\"\ndays = [\n"
      " { date = 2027-01-01, kind = \"holiday\", name = \"Tết Dương lịch\" },\n"
      " { date = 2027-02-05, kind = \"holiday\", name = \"Tết Nguyên đán\" },\n]\n";
  const WorkingCalendar c = calendar_from_toml(shipped_text(), CalendarKind::state, "vn-state.toml", site, "site.toml");
  EXPECT_FALSE(c.is_provisional(2027));
  EXPECT_EQ(c.year_source(2027), "Thông báo giả định");
  EXPECT_TRUE(c.is_working_day(ymd(2027, 2, 8)));  // only what the site file lists
  EXPECT_FALSE(c.is_provisional(2026));            // shipped years kept
  EXPECT_NE(c.data_version(), state_calendar().data_version());
}

TEST(SiteOverride, NewSolarHolidayRuleAppliesToProvisionalYears) {
  const std::string site =
      "[rules]\nsolar = [\n { month = 1, day = 1, name = \"Tết Dương lịch\" },\n"
      " { month = 4, day = 30, name = \"Ngày Chiến thắng\" },\n { month = 5, day = 1, name = \"Quốc tế Lao động\" },\n"
      " { month = 9, day = 2, name = \"Quốc khánh\" },\n { month = 11, day = 24, name = \"Ngày Văn hóa Việt Nam\" },\n]\n";
  const WorkingCalendar c = calendar_from_toml(shipped_text(), CalendarKind::state, "vn-state.toml", site, "site.toml");
  EXPECT_EQ(c.describe(ymd(2027, 11, 24)).name, "Ngày Văn hóa Việt Nam");
  EXPECT_FALSE(c.is_working_day(ymd(2027, 11, 24)));
  EXPECT_TRUE(state_calendar().is_working_day(ymd(2027, 11, 24)));
}

}  // namespace
}  // namespace camtrack::incidents
