// Users (admin only), the audit log and its check, notice PDFs, the calendar and the dashboard.
#include <gtest/gtest.h>

#include <tuple>

#include "harness.hpp"

namespace camtrack::web::testing {
namespace {

TEST(AdminApi, AdminCreatesUsersAndNoResponseCarriesAPassword) {
  ApiHarness h;
  auto r = h.post("/api/v1/users", {{"username", "lan.nguyen"}, {"role", "officer"}, {"password", "mật-khẩu-dài-đủ"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body_of(r)["role"], "officer");
  r = h.get("/api/v1/users");
  EXPECT_EQ(body_of(r).size(), 6u);
  EXPECT_EQ(r.body.find("password\":"), std::string::npos);
  EXPECT_EQ(r.body.find("mật"), std::string::npos);
}

TEST(AdminApi, BadUserInputNamesTheField) {
  ApiHarness h;
  for (const auto& [body, status, field] : std::vector<std::tuple<json, int, std::string>>{
           {{{"username", "x1"}, {"role", "king"}, {"password", "long-enough-pw"}}, 400, "role"},
           {{{"role", "guard"}, {"password", "long-enough-pw"}}, 400, "username"},
           {{{"username", "x1"}, {"role", "guard"}}, 400, "password"},
           {{{"username", "guard1"}, {"role", "guard"}, {"password", "long-enough-pw"}}, 409, "username"},
       }) {
    const auto r = h.post("/api/v1/users", body);
    EXPECT_EQ(r.status, status) << body.dump() << " → " << r.body;
    EXPECT_EQ(body_of(r)["field"], field);
  }
  EXPECT_EQ(h.post("/api/v1/users/nobody/password", {{"password", "long-enough-pw"}}).status, 404);
  EXPECT_EQ(h.post("/api/v1/users/admin1/disable", json::object()).status, 409) << "not oneself";
}

TEST(AdminApi, DisablingAUserEndsTheirSession) {
  ApiHarness h;
  ASSERT_EQ(h.get("/api/v1/incidents", Role::guard).status, 200);
  ASSERT_EQ(h.post("/api/v1/users/guard1/disable", json::object()).status, 200);
  EXPECT_EQ(h.get("/api/v1/incidents", Role::guard).status, 401);
}

TEST(AdminApi, AuditIsNewestFirstAndPagesBeforeAnId) {
  ApiHarness h;
  for (int i = 1; i <= 5; ++i) h.audit.entries.push_back({i, "2026-03-02T09:00:00Z", "officer1", "incident.note", "incident/1", "{\"n\":1}"});
  auto r = h.get("/api/v1/audit?limit=2", Role::liaison);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(body_of(r)[0]["id"], 5);
  EXPECT_EQ(body_of(r)[1]["id"], 4);
  EXPECT_EQ(body_of(r)[0]["detail"]["n"], 1);
  EXPECT_EQ(body_of(h.get("/api/v1/audit?before=3"))[0]["id"], 2);
  EXPECT_EQ(body_of(h.get("/api/v1/audit?before=x"))["field"], "before");
  h.audit.check = {false, 5, "row 3: hash does not match"};
  r = h.get("/api/v1/audit/verify", Role::officer);
  EXPECT_EQ(body_of(r)["intact"], false);
  EXPECT_EQ(body_of(r)["problem"], "row 3: hash does not match");
}

TEST(AdminApi, NoticePdfIsServedAsPdfOr404) {
  ApiHarness h;
  h.notices.pdfs[3] = "%PDF-1.7 bytes";
  auto r = h.get("/api/v1/notices/3/pdf", Role::liaison);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "application/pdf");
  EXPECT_EQ(r.body, "%PDF-1.7 bytes");
  EXPECT_EQ(h.get("/api/v1/notices/4/pdf").status, 404);
  EXPECT_EQ(h.get("/api/v1/notices/x/pdf").status, 400);
}

TEST(AdminApi, CalendarYearListsDaysOffAndRefusesYearsOutsideTheData) {
  ApiHarness h;
  auto r = h.get("/api/v1/calendar/2026", Role::guard);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto b = body_of(r);
  EXPECT_EQ(b["year"], 2026);
  EXPECT_EQ(b["provisional"], true) << "rules-only calendar in this test";
  bool new_year = false;
  for (const auto& d : b["non_working_weekdays"]) new_year |= d["date"] == "2026-01-01";
  EXPECT_TRUE(new_year) << r.body;
  for (const auto& year : {"1899", "2101", "abcd", "20266"}) {
    r = h.get(std::string("/api/v1/calendar/") + year);
    EXPECT_EQ(r.status, 400) << year;
    EXPECT_EQ(body_of(r)["field"], "year");
  }
}

TEST(AdminApi, DashboardShowsHealthGapsAndActiveIncidentsSoonestFirst) {
  ApiHarness h;
  h.add_cameras();
  const auto older = h.open_incident("CAM-YARD-01", h.now - std::chrono::days(3));
  const auto newer = h.open_incident("CAM-GATE-01");
  h.health.monitoring = true;
  h.health.cameras.push_back({"CAM-GATE-01", Health::down, "no_response", h.now, std::nullopt, false});
  h.health.coverage_gaps.push_back(incidents::LocationClass::gate);
  const auto r = h.get("/api/v1/dashboard", Role::guard);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto b = body_of(r);
  EXPECT_EQ(b["monitoring"], true);
  EXPECT_EQ(b["coverage_gaps"], json::array({"gate"}));
  EXPECT_EQ(b["counts"]["open_incidents"], 2);
  EXPECT_EQ(b["open_incidents"][0]["id"], older);
  EXPECT_EQ(b["open_incidents"][1]["id"], newer);
  EXPECT_GT(b["open_incidents"][0]["seconds_remaining"].get<std::int64_t>(), 0);
  EXPECT_GT(b["open_incidents"][0]["working_days_remaining"].get<int>(), 0);
  EXPECT_EQ(b["cameras"][0]["code"], "CAM-GATE-01");
  EXPECT_EQ(b["cameras"][0]["health"], "down");
  EXPECT_EQ(b["cameras"][1]["health"], "unknown");
}

TEST(AdminApi, DashboardIsBuiltAtMostOncePerSecond) {
  ApiHarness h;
  h.add_cameras();
  EXPECT_EQ(body_of(h.get("/api/v1/dashboard"))["counts"]["open_incidents"], 0);
  h.open_incident();
  EXPECT_EQ(body_of(h.get("/api/v1/dashboard"))["counts"]["open_incidents"], 0) << "same second: the same build";
  h.now += std::chrono::seconds(1);
  EXPECT_EQ(body_of(h.get("/api/v1/dashboard"))["counts"]["open_incidents"], 1);
}

TEST(AdminApi, DashboardWithoutMonitoringSaysSo) {
  ApiHarness h;
  h.services.site_health = nullptr;
  const auto b = body_of(h.get("/api/v1/dashboard"));
  EXPECT_EQ(b["monitoring"], false);
  EXPECT_EQ(b["open_incidents"].size(), 0u);
}

}  // namespace
}  // namespace camtrack::web::testing
