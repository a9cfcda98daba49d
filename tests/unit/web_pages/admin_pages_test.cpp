// Cameras, site, calendar, users and audit pages.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::LocationClass;
using incidents::Role;

TEST_F(PageTest, CameraListForEveryoneEditOnlyForAdminAndOfficer) {
  add_camera("CAM-1", "<script>alert(1)</script>", LocationClass::yard);
  const auto liaison = get_as(Role::liaison, "/cameras");
  EXPECT_EQ(liaison.status, 200);
  EXPECT_NE(liaison.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(liaison.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(liaison.body.find("id=\"camera-import-form\""), std::string::npos);
  EXPECT_EQ(get_as(Role::liaison, "/cameras/edit?code=CAM-1").status, 403);
  EXPECT_EQ(post_as(Role::technician, "/cameras/edit", "code=CAM-1&name=x&location=yard").status, 403);
  EXPECT_EQ(get_as(Role::officer, "/cameras/edit?code=CAM-1").status, 200);
  EXPECT_EQ(get_as(Role::officer, "/cameras/edit?code=NOPE").status, 404);
}

TEST_F(PageTest, OfficerEditsACamera) {
  add_camera("CAM-1", "Old", LocationClass::yard);
  const auto r = post_as(Role::officer, "/cameras/edit",
                         "code=CAM-1&name=" + form_value("Cửa kho 1") + "&location=warehouse_door&onvif_address=" +
                             form_value("http://127.0.0.1:8999/onvif/device_service") + "&enabled=1");
  EXPECT_EQ(r.status, 303) << r.body;
  const auto list = get_as(Role::officer, "/cameras").body;
  EXPECT_NE(list.find("Cửa kho 1"), std::string::npos);
  EXPECT_NE(list.find("Cửa kho</td>"), std::string::npos);
}

TEST_F(PageTest, BadCameraFormKeepsInput) {
  const auto r = post_as(Role::officer, "/cameras/edit", "is_new=1&code=CAM-9&name=Nine&location=moon");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Vị trí lắp đặt: Dữ liệu không hợp lệ"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Nine\""), std::string::npos);
}

TEST_F(PageTest, CameraImportAllOrNothing) {
  const std::string bad = "code,name,location_class\nCAM-A,A,gate\nCAM-B,B,gat\n";
  const auto refused = post_as(Role::officer, "/cameras/import", "csv=" + form_value(bad));
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("line 3"), std::string::npos);
  EXPECT_NE(refused.body.find("CAM-B,B,gat"), std::string::npos);  // the text is kept
  EXPECT_EQ(get_as(Role::officer, "/cameras").body.find("data-code=\"CAM-A\""), std::string::npos);
  const auto ok = post_as(Role::officer, "/cameras/import", "csv=" + form_value("code,name,location_class\nCAM-A,A,gate\n"));
  EXPECT_EQ(ok.status, 303) << ok.body;
  EXPECT_NE(get_as(Role::officer, "/cameras").body.find("data-code=\"CAM-A\""), std::string::npos);
}

TEST_F(PageTest, SiteIsSavedByOfficerAndReadOnlyForLiaison) {
  EXPECT_NE(get_as(Role::officer, "/site").body.find("id=\"site-not-set\""), std::string::npos);
  const auto r = post_as(Role::officer, "/site",
                         "enterprise_name=" + form_value("Công ty TNHH Điện tử ABC") + "&tax_code=3701234567&address=" +
                             form_value("KCN VSIP, Bình Dương") + "&customs_unit=" + form_value("Chi cục Hải quan khu vực II") +
                             "&customs_emails=" + form_value("hq@example.vn\r\nlienlac@example.vn\r\n"));
  EXPECT_EQ(r.status, 303) << r.body;
  const auto view = get_as(Role::liaison, "/site").body;
  EXPECT_NE(view.find("Công ty TNHH Điện tử ABC"), std::string::npos);
  EXPECT_NE(view.find("lienlac@example.vn"), std::string::npos);
  EXPECT_EQ(view.find("id=\"site-form\""), std::string::npos);
  EXPECT_EQ(post_as(Role::liaison, "/site", "enterprise_name=x").status, 403);
}

TEST_F(PageTest, CalendarShowsTheYearAndFlagsProvisionalYears) {
  const auto r = get_as(Role::liaison, "/calendar?year=2026");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("id=\"calendar-provisional\""), std::string::npos);  // rules-only calendar
  EXPECT_NE(r.body.find("data-date=\"2026-"), std::string::npos);
  EXPECT_NE(r.body.find("Tết"), std::string::npos);
  const auto bad = get_as(Role::liaison, "/calendar?year=3000");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Năm: 3000"), std::string::npos);
}

TEST_F(PageTest, UsersPageIsForAdminsOnly) {
  EXPECT_EQ(get_as(Role::admin, "/users").status, 200);
  for (auto role : {Role::officer, Role::technician, Role::guard, Role::liaison}) {
    EXPECT_EQ(get_as(role, "/users").status, 403);
  }
  EXPECT_EQ(post_as(Role::officer, "/users", "username=mallory&role=admin&password=long+enough+pass").status, 403);
  EXPECT_FALSE(accounts.find("mallory"));
}

TEST_F(PageTest, AdminCreatesDisablesAndResetsAccounts) {
  EXPECT_EQ(post_as(Role::admin, "/users", "username=lan&role=guard&password=" + form_value("a long password")).status, 303);
  ASSERT_TRUE(accounts.find("lan"));
  EXPECT_EQ(accounts.find("lan")->role, Role::guard);
  EXPECT_EQ(post_as(Role::admin, "/users/lan/password", "password=" + form_value("another password")).status, 303);
  EXPECT_TRUE(accounts.verify_password("lan", "another password"));
  EXPECT_EQ(post_as(Role::admin, "/users/lan/disable", "").status, 303);
  EXPECT_TRUE(accounts.find("lan")->disabled);
  EXPECT_EQ(post_as(Role::admin, "/users/nobody/disable", "").status, 404);
}

TEST_F(PageTest, BadRoleKeepsTheUsername) {
  const auto r = post_as(Role::admin, "/users", "username=hoa&role=boss&password=" + form_value("a long password"));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"hoa\""), std::string::npos);
  EXPECT_NE(r.body.find("Vai trò: Dữ liệu không hợp lệ"), std::string::npos);
}

TEST_F(PageTest, AuditShowsEntriesAndTheChainCheck) {
  audit.entries = {{1, "2026-03-04T02:00:00Z", "officer1", "incident.note", "incident/1", "{\"x\":\"<b>\"}"}};
  audit.check = {true, 1, ""};
  const auto ok = get_as(Role::liaison, "/audit");
  EXPECT_EQ(ok.status, 200);
  EXPECT_NE(ok.body.find("data-intact=\"true\""), std::string::npos);
  EXPECT_NE(ok.body.find("&lt;b&gt;"), std::string::npos);
  audit.check = {false, 1, "row 1: hash mismatch"};
  EXPECT_NE(get_as(Role::officer, "/audit").body.find("row 1: hash mismatch"), std::string::npos);
  EXPECT_EQ(get_as(Role::guard, "/audit").status, 403);
  EXPECT_EQ(get_as(Role::technician, "/audit").status, 403);
}

}  // namespace
}  // namespace camtrack::web::testing
