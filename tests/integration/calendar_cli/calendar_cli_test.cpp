// `camtrack calendar deadline|year` run as a real process: JSON contract, text, iCalendar, exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "temp_dir.hpp"

namespace {

using camtrack::testing::run_camtrack;
using nlohmann::json;

json run_json(const std::vector<std::string>& args) {
  const auto r = run_camtrack(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out);
}

TEST(CalendarDeadlineCli, JsonFollowsTheContract) {
  const json j = run_json({"calendar", "deadline", "--from", "2026-02-13", "--working-days", "10", "--json"});
  EXPECT_EQ(j["from"], "2026-02-13T00:00:00+07:00");
  EXPECT_EQ(j["working_days"], 10);
  EXPECT_EQ(j["calendar"], "state");
  EXPECT_EQ(j["deadline_date"], "2026-03-06");
  EXPECT_EQ(j["deadline_at"], "2026-03-07T00:00:00+07:00");
  EXPECT_EQ(j["provisional"], false);
  ASSERT_TRUE(j["skipped"].is_array());
  EXPECT_EQ(j["skipped"][2]["date"], "2026-02-16");
  EXPECT_EQ(j["skipped"][2]["kind"], "holiday");
  EXPECT_EQ(j["skipped"][2]["name"], "Tết Nguyên đán (29 tháng Chạp)");
}

TEST(CalendarDeadlineCli, WorkedExamplesOfRegulationHold) {
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> cases = {
      {"2026-02-13", {"3", "2026-02-25"}}, {"2026-04-29", {"3", "2026-05-06"}}, {"2025-12-31", {"3", "2026-01-07"}}};
  for (const auto& [from, rest] : cases) {
    const json j = run_json({"calendar", "deadline", "--from", from, "--working-days", rest.first, "--json"});
    EXPECT_EQ(j["deadline_date"], rest.second) << from;
  }
}

TEST(CalendarDeadlineCli, EnterpriseCalendarSkipsTheMakeUpSaturday) {
  const json state = run_json({"calendar", "deadline", "--from", "2026-08-20", "--working-days", "10", "--json"});
  const json enterprise = run_json({"calendar", "deadline", "--from", "2026-08-20", "--working-days", "10",
                                    "--calendar", "enterprise", "--json"});
  EXPECT_EQ(state["deadline_date"], "2026-09-07");
  EXPECT_EQ(enterprise["deadline_date"], "2026-09-08");
  EXPECT_EQ(enterprise["calendar"], "enterprise");
}

TEST(CalendarDeadlineCli, TimeOfDayAndProvisionalYearsAreReported) {
  const json j = run_json({"calendar", "deadline", "--from", "2027-03-01T08:15", "--working-days", "3", "--json"});
  EXPECT_EQ(j["from"], "2027-03-01T08:15:00+07:00");
  EXPECT_EQ(j["deadline_date"], "2027-03-04");
  EXPECT_EQ(j["provisional"], true);
}

TEST(CalendarDeadlineCli, PrintsVietnameseByDefaultAndEnglishOnRequest) {
  const auto vi = run_camtrack({"calendar", "deadline", "--from", "2026-02-13", "--working-days", "10"});
  EXPECT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_NE(vi.out.find("Hạn khắc phục: 24:00 thứ Sáu 06/03/2026 (10 ngày làm việc, lịch nhà nước 2026)"),
            std::string::npos) << vi.out;
  const auto en = run_camtrack({"calendar", "deadline", "--from", "2026-02-13", "--working-days", "10", "--lang", "en"});
  EXPECT_NE(en.out.find("Deadline: 24:00 Friday 06/03/2026 (10 working days, state calendar 2026)"),
            std::string::npos) << en.out;
}

TEST(CalendarDeadlineCli, BadInputGetsOneLineNamingTheOptionAndUsageExit) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--from", "2026-02-30", "--working-days", "3"}, "--from"},
      {{"--from", "13/02/2026", "--working-days", "3"}, "--from"},
      {{"--from", "2026-02-13T25:00", "--working-days", "3"}, "--from"},
      {{"--from", "2026-02-13", "--working-days", "0"}, "--working-days"},
      {{"--from", "2026-02-13", "--working-days", "999999"}, "--working-days"},
      {{"--from", "2026-02-13", "--working-days", "ten"}, "--working-days"},
      {{"--from", "2026-02-13", "--working-days", "3", "--calendar", "lunar"}, "--calendar"},
      {{"--from", "2100-12-20", "--working-days", "100"}, "--working-days"},
      {{"--working-days", "3"}, "--from"},
  };
  for (const auto& [args, option] : cases) {
    std::vector<std::string> full{"calendar", "deadline"};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = run_camtrack(full);
    EXPECT_EQ(r.exit_code, 64) << args[1] << ": " << r.err;
    EXPECT_NE(r.err.find(option), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

TEST(CalendarDeadlineCli, BadSiteCalendarFileIsADataError) {
  camtrack::testing::TempDir dir;
  const auto file = dir.path() / "site.toml";
  std::ofstream(file) << "[year.2027]\ndays = [{ date = 2027-02-30, kind = \"holiday\", name = \"x\" }]\nfoo = 1\n";
  const auto r = run_camtrack({"calendar", "deadline", "--from", "2026-02-13", "--working-days", "3",
                               "--calendar-file", file.string()});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("site.toml"), std::string::npos) << r.err;
}

TEST(CalendarDeadlineCli, SiteCalendarFileOverridesTheShippedData) {
  camtrack::testing::TempDir dir;
  const auto file = dir.path() / "site.toml";
  std::ofstream(file) << "[year.2027]\nsource = \"test\"\ndays = []\n";
  const json j = run_json({"calendar", "deadline", "--from", "2027-02-04", "--working-days", "3",
                           "--calendar-file", file.string(), "--json"});
  EXPECT_EQ(j["deadline_date"], "2027-02-09");
  EXPECT_EQ(j["provisional"], false);
}

TEST(CalendarDeadlineCli, MissingShippedDataIsNoInput) {
  camtrack::testing::TempDir dir;
  camtrack::testing::RunOptions options;
  options.env = {"CAMTRACK_DATA_DIR=" + dir.path().string()};
  const auto r = run_camtrack({"calendar", "deadline", "--from", "2026-02-13", "--working-days", "3"}, options);
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_NE(r.err.find("vn-state.toml"), std::string::npos) << r.err;
}

TEST(CalendarDeadlineCli, UnreadableSiteCalendarFileIsNoInput) {
  const auto r = run_camtrack({"calendar", "year", "--year", "2026", "--calendar-file", "/nonexistent/site.toml"});
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/site.toml"), std::string::npos) << r.err;
}

TEST(CalendarYearCli, JsonListsOfficialDaysOffAndMakeUpSaturdays) {
  const json j = run_json({"calendar", "year", "--year", "2026", "--json"});
  EXPECT_EQ(j["year"], 2026);
  EXPECT_EQ(j["provisional"], false);
  std::vector<std::string> off, on;
  for (const auto& d : j["non_working_weekdays"]) off.push_back(d["date"]);
  for (const auto& d : j["working_weekend_days"]) on.push_back(d["date"]);
  EXPECT_EQ(off, (std::vector<std::string>{"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18",
                                           "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01",
                                           "2026-08-31", "2026-09-01", "2026-09-02"}));
  EXPECT_EQ(on, (std::vector<std::string>{"2026-01-10", "2026-08-22"}));
  EXPECT_EQ(j["non_working_weekdays"][0]["name"], "Tết Dương lịch");
}

TEST(CalendarYearCli, YearWithoutDataIsProvisional) {
  const json j = run_json({"calendar", "year", "--year", "2030", "--json"});
  EXPECT_EQ(j["provisional"], true);
  EXPECT_TRUE(j["working_weekend_days"].empty());
  bool tet = false;
  for (const auto& d : j["non_working_weekdays"]) tet = tet || d["date"] == "2030-02-04";
  EXPECT_TRUE(tet) << j.dump();
}

TEST(CalendarYearCli, IcsIsAnRfc5545CalendarOfTheDaysOff) {
  const auto r = run_camtrack({"calendar", "year", "--year", "2026", "--ics"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(r.out.find("END:VCALENDAR\r\n"), std::string::npos);
  EXPECT_NE(r.out.find("DTSTART;VALUE=DATE:20260217\r\nDTEND;VALUE=DATE:20260218\r\n"), std::string::npos);
  EXPECT_NE(r.out.find("UID:20260426-state@camtrack\r\n"), std::string::npos);
  EXPECT_EQ(r.out.find("20260822"), std::string::npos);  // a working Saturday is not a day off
  size_t events = 0;
  for (size_t at = r.out.find("BEGIN:VEVENT"); at != std::string::npos; at = r.out.find("BEGIN:VEVENT", at + 1)) ++events;
  EXPECT_EQ(events, 16u - 2u);  // 16 listed days minus two make-up Saturdays
  size_t lines = 0;
  for (size_t start = 0, end; (end = r.out.find("\r\n", start)) != std::string::npos; start = end + 2) {
    EXPECT_LE(end - start, 75u) << r.out.substr(start, end - start);
    ++lines;
  }
  EXPECT_EQ(lines, static_cast<size_t>(std::count(r.out.begin(), r.out.end(), '\n')));  // no bare LF
  EXPECT_NE(r.out.find("DTSTAMP:"), std::string::npos);
}

TEST(CalendarYearCli, BadYearIsAUsageError) {
  for (const std::string year : {"1899", "2101", "abc"}) {
    const auto r = run_camtrack({"calendar", "year", "--year", year});
    EXPECT_EQ(r.exit_code, 64) << year;
    EXPECT_NE(r.err.find("--year"), std::string::npos) << r.err;
  }
}

}  // namespace
