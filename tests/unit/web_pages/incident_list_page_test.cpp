// The incident list: filters, paging, CSV export, bad filters named.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::Role;

TEST_F(PageTest, IncidentListRendersForEveryRole) {
  open_incident("CAM-GATE-01");
  for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const auto r = get_as(role, "/incidents");
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("data-testid=\"incident-total\">1<"), std::string::npos);
  }
}

TEST_F(PageTest, IncidentListFiltersByStateAndCamera) {
  open_incident("CAM-GATE-01");
  open_incident("CAM-YARD-01", incidents::LocationClass::yard);
  EXPECT_NE(get_as(Role::officer, "/incidents?camera=CAM-YARD-01").body.find("data-testid=\"incident-total\">1<"),
            std::string::npos);
  EXPECT_NE(get_as(Role::officer, "/incidents?state=closed").body.find("data-testid=\"incident-total\">0<"),
            std::string::npos);
  const auto r = get_as(Role::officer, "/incidents?state=open&kind=equipment&overdue=no&from=2026-03-01&to=2026-03-31");
  EXPECT_NE(r.body.find("data-testid=\"incident-total\">2<"), std::string::npos);
  EXPECT_NE(r.body.find("<option value=\"open\" selected>"), std::string::npos);
}

TEST_F(PageTest, IncidentListNamesABadFilter) {
  const auto r = get_as(Role::officer, "/incidents?from=yesterday");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Phát hiện từ ngày: Dữ liệu không hợp lệ"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"yesterday\""), std::string::npos);
}

TEST_F(PageTest, IncidentListPages) {
  for (int i = 0; i < 51; ++i) open_incident("CAM-" + std::to_string(i));
  const auto first = get_as(Role::officer, "/incidents?state=open");
  EXPECT_NE(first.body.find("href=\"/incidents?state=open&amp;page=2\""), std::string::npos);
  const auto second = get_as(Role::officer, "/incidents?state=open&page=2");
  EXPECT_NE(second.body.find("id=\"prev-page\""), std::string::npos);
  EXPECT_EQ(second.body.find("id=\"next-page\""), std::string::npos);
}

TEST_F(PageTest, IncidentCsvExportHasOneLinePerIncident) {
  open_incident("CAM-GATE-01");
  open_incident("CAM-YARD-01", incidents::LocationClass::yard);
  const auto r = get_as(Role::liaison, "/incidents.csv?camera=CAM-GATE-01");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.body.rfind("id,kind,state,cameras", 0), 0u);
  EXPECT_NE(r.body.find(",equipment,open,CAM-GATE-01,"), std::string::npos);
  EXPECT_EQ(r.body.find("CAM-YARD-01"), std::string::npos);
  EXPECT_NE(get_as(Role::officer, "/incidents").body.find("href=\"/incidents.csv\""), std::string::npos);
}

}  // namespace
}  // namespace camtrack::web::testing
