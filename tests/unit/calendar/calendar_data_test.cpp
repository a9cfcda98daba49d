// Calendar data validation: every problem is reported with file, key and a clear description.
#include <gtest/gtest.h>

#include "test_calendars.hpp"

namespace camtrack::incidents {
namespace {

using testing::shipped_text;

CalendarParse parse(const std::string& text) { return parse_calendar_data(text, "site.toml"); }

bool has_error(const CalendarParse& p, const std::string& key, const std::string& words) {
  for (const auto& e : p.errors)
    if (e.file == "site.toml" && e.key == key && e.problem.find(words) != std::string::npos) return true;
  return false;
}

std::string all_errors(const CalendarParse& p) {
  std::string s;
  for (const auto& e : p.errors) s += e.message() + "\n";
  return s;
}

TEST(CalendarData, ShippedFileParsesWithoutErrors) {
  const CalendarParse p = parse_calendar_data(shipped_text(), "vn-state.toml");
  EXPECT_TRUE(p.ok()) << all_errors(p);
  EXPECT_EQ(p.data.years.size(), 3u);
  EXPECT_EQ(p.data.years.at(2026).days.size(), 16u);
}

TEST(CalendarData, UnknownKeysAreNamed) {
  const auto p = parse("colour = 1\n[year.2027]\nsource = \"x\"\nholidays = []\ndays = []\n"
                       "[enterprise]\nweekend = [\"sunday\"]\n");
  EXPECT_TRUE(has_error(p, "colour", "unknown key")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.holidays", "unknown key")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "enterprise.weekend", "unknown key")) << all_errors(p);
  EXPECT_EQ(p.errors.size(), 3u) << all_errors(p);
}

TEST(CalendarData, UnknownKeyInsideADayIsNamed) {
  const auto p = parse("[year.2027]\ndays = [{ date = 2027-02-05, kind = \"holiday\", name = \"Tết\", note = \"x\" }]\n");
  EXPECT_TRUE(has_error(p, "year.2027.days[0].note", "unknown key")) << all_errors(p);
}

TEST(CalendarData, ImpossibleDatesAreRejected) {
  const auto p = parse("[year.2027]\ndays = [{ date = 2027-02-30, kind = \"holiday\", name = \"Tết\" }]\n");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.errors[0].file, "site.toml");
  EXPECT_NE(all_errors(p).find("line 2"), std::string::npos) << all_errors(p);
}

TEST(CalendarData, DateOutsideItsYearIsRejected) {
  const auto p = parse("[year.2027]\ndays = [{ date = 2026-12-31, kind = \"holiday\", name = \"x\" }]\n");
  EXPECT_TRUE(has_error(p, "year.2027.days[0].date", "not in year 2027")) << all_errors(p);
}

TEST(CalendarData, DuplicateDaysAreRejected) {
  const auto p = parse("[year.2027]\ndays = [\n { date = 2027-01-01, kind = \"holiday\", name = \"a\" },\n"
                       " { date = 2027-01-01, kind = \"holiday\", name = \"b\" },\n]\n");
  EXPECT_TRUE(has_error(p, "year.2027.days[1].date", "duplicate date 2027-01-01")) << all_errors(p);
}

TEST(CalendarData, YearOutsideRangeIsRejected) {
  const auto p = parse("[year.2101]\ndays = []\n[year.1899]\ndays = []\n[year.next]\ndays = []\n");
  EXPECT_TRUE(has_error(p, "year.2101", "1900 to 2100")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.1899", "1900 to 2100")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.next", "1900 to 2100")) << all_errors(p);
}

TEST(CalendarData, WrongTypesAreNamed) {
  const auto p = parse("[rules]\ntet_days_before = \"one\"\n[year.2027]\nprovisional = \"yes\"\n"
                       "days = [{ date = \"2027-01-01\", kind = 3, name = \"x\" }]\n");
  EXPECT_TRUE(has_error(p, "rules.tet_days_before", "must be an integer")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.provisional", "true or false")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.days[0].date", "TOML date")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.days[0].kind", "must be a string")) << all_errors(p);
}

TEST(CalendarData, KindsMustFitTheDayOfTheWeek) {
  const auto p = parse("[year.2027]\ndays = [\n { date = 2027-01-04, kind = \"makeup_working\", name = \"x\" },\n"
                       " { date = 2027-01-09, kind = \"swapped_off\", name = \"y\" },\n"
                       " { date = 2027-01-05, kind = \"bridge\", name = \"z\" },\n]\n");
  EXPECT_TRUE(has_error(p, "year.2027.days[0].kind", "Saturday or Sunday")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.days[1].kind", "must be a weekday")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.days[2].kind", "not one of")) << all_errors(p);
}

TEST(CalendarData, MissingFieldsAndBadPolicyValuesAreListed) {
  const auto p = parse("[year.2027]\ndays = [{ date = 2027-01-01 }]\n"
                       "[enterprise]\nweekly_rest = [\"funday\"]\ntet = \"lunar\"\nswapped_days = \"maybe\"\n"
                       "[rules]\nsolar = [{ month = 2, day = 30, name = \"x\" }]\n");
  EXPECT_TRUE(has_error(p, "year.2027.days[0].kind", "missing")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "year.2027.days[0].name", "missing")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "enterprise.weekly_rest[0]", "not a day name")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "enterprise.tet", "official, rule")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "enterprise.swapped_days", "off, working")) << all_errors(p);
  EXPECT_TRUE(has_error(p, "rules.solar[0].day", "impossible date")) << all_errors(p);
}

TEST(CalendarData, SyntaxErrorsNameFileAndLine) {
  const auto p = parse("[year.2027\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_NE(p.errors[0].message().find("site.toml: TOML syntax error at line 1"), std::string::npos)
      << p.errors[0].message();
}

TEST(CalendarData, BuildingFromBadTextThrowsWithEveryError) {
  try {
    calendar_from_toml(shipped_text(), CalendarKind::state, "vn-state.toml",
                       "colour = 1\n[year.3000]\ndays = []\n", "site.toml");
    FAIL() << "expected CalendarDataError";
  } catch (const CalendarDataError& e) {
    EXPECT_EQ(e.errors().size(), 2u);
    EXPECT_NE(std::string(e.what()).find("site.toml: year.3000:"), std::string::npos) << e.what();
  }
}

TEST(CalendarData, VersionChangesWithTheText) {
  const auto a = parse_calendar_data(shipped_text(), "a.toml");
  const auto b = parse_calendar_data(shipped_text() + "\n# edited\n", "a.toml");
  EXPECT_NE(a.data.version, b.data.version);
  EXPECT_EQ(a.data.version, parse_calendar_data(shipped_text(), "other-name.toml").data.version);
}

}  // namespace
}  // namespace camtrack::incidents
