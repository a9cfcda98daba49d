// The dashboard: health by location class, uplinks, coverage gaps, open incidents with countdowns.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::LocationClass;
using incidents::Role;

TEST_F(PageTest, DashboardRendersForEveryRole) {
  for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const auto r = get_as(role, "/");
    EXPECT_EQ(r.status, 200) << incidents::role_name(role);
    EXPECT_NE(r.body.find("id=\"open-incidents\""), std::string::npos);
  }
}

TEST_F(PageTest, DashboardShowsCameraHealthByLocationClass) {
  add_camera("CAM-GATE-01", "Cổng chính", LocationClass::gate);
  add_camera("CAM-YARD-01", "Bãi", LocationClass::yard);
  health.cameras = {{"CAM-GATE-01", Health::down, "no_response", now, std::nullopt, false},
                    {"CAM-YARD-01", Health::down, "video_loss (unconfirmed)", now, now, true}};
  const auto r = get_as(Role::officer, "/");
  EXPECT_NE(r.body.find("data-code=\"CAM-GATE-01\" data-health=\"down\""), std::string::npos);
  EXPECT_NE(r.body.find("data-code=\"CAM-YARD-01\" data-health=\"down\""), std::string::npos);
  EXPECT_NE(r.body.find("Cổng ra vào"), std::string::npos);
  EXPECT_NE(r.body.find("title=\"no_response\">Không phản hồi<"), std::string::npos);  // reason in Vietnamese
  EXPECT_NE(r.body.find(">Mất tín hiệu video (chưa xác nhận)<"), std::string::npos);
}

TEST_F(PageTest, DashboardCountsAndNamesCoverageGaps) {
  health.coverage_gaps = {LocationClass::gate, LocationClass::scrap_store};
  const auto r = get_as(Role::officer, "/");
  EXPECT_NE(r.body.find("data-testid=\"gap-count\">2<"), std::string::npos);
  EXPECT_NE(r.body.find("<li>Kho phế liệu, phế phẩm</li>"), std::string::npos);
}

TEST_F(PageTest, DashboardSaysWhenMonitoringIsOff) {
  health.monitoring = false;
  EXPECT_NE(get_as(Role::officer, "/").body.find("id=\"monitoring-off\""), std::string::npos);
  health.monitoring = true;
  EXPECT_EQ(get_as(Role::officer, "/").body.find("id=\"monitoring-off\""), std::string::npos);
}

TEST_F(PageTest, DashboardListsOpenIncidentsWithCountdownAndUrgency) {
  const auto id = open_incident("CAM-GATE-01");
  health.uplinks = {{"WAN-1", Health::down, "timeout"}};
  const auto r = get_as(Role::officer, "/");
  EXPECT_NE(r.body.find("data-incident-id=\"" + std::to_string(id) + "\""), std::string::npos);
  EXPECT_NE(r.body.find("data-deadline=\"2026-"), std::string::npos);
  EXPECT_NE(r.body.find("ngày làm việc"), std::string::npos);
  EXPECT_NE(r.body.find("<tr class=\"ok\""), std::string::npos);
  EXPECT_NE(r.body.find("còn 10 ngày làm việc"), std::string::npos) << "the event day is not counted";
  EXPECT_NE(r.body.find("data-code=\"WAN-1\""), std::string::npos);
}

TEST_F(PageTest, OverdueIncidentIsColouredOverdue) {
  open_incident("CAM-GATE-01");
  now += std::chrono::hours(24 * 30);
  const auto r = get_as(Role::officer, "/");
  EXPECT_NE(r.body.find("<tr class=\"overdue\""), std::string::npos);
  EXPECT_NE(r.body.find("quá hạn"), std::string::npos);
}

TEST_F(PageTest, HostileCameraNameIsEscaped) {
  add_camera("CAM-X", "<script>alert(1)</script>", LocationClass::gate);
  health.cameras = {{"CAM-X", Health::up, "\"><img src=x onerror=alert(1)>", now, now, false}};
  const auto r = get_as(Role::officer, "/");
  EXPECT_EQ(r.body.find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(r.body.find("<img src=x"), std::string::npos);
}

TEST_F(PageTest, DashboardBodyIsRebuiltAtMostOncePerMaxAge) {
  Router cached_router;
  auto cached_auth = add_auth_routes(cached_router, {accounts, accounts, accounts, [this] { return now; }});
  add_page_routes(cached_router, *cached_auth, *services, PageOptions{std::chrono::seconds(1)});
  const auto cookie = sign_in(Role::officer).first;
  auto get = [&] {
    Request r;
    r.method = "GET";
    r.target = "/";
    r.headers = {{"Cookie", cookie}};
    return cached_router.handle(r).body;
  };
  EXPECT_EQ(get().find("id=\"monitoring-off\""), std::string::npos);
  health.monitoring = false;
  EXPECT_EQ(get().find("id=\"monitoring-off\""), std::string::npos);  // same second: the cached body
  now += std::chrono::seconds(1);
  EXPECT_NE(get().find("id=\"monitoring-off\""), std::string::npos);  // rebuilt
}

}  // namespace
}  // namespace camtrack::web::testing
