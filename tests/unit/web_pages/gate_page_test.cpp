// The gate vehicle log page.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::Role;

TEST_F(PageTest, GatePageIsForGuardsOfficersAndAdmins) {
  for (auto role : {Role::guard, Role::officer, Role::admin}) EXPECT_EQ(get_as(role, "/gate").status, 200);
  for (auto role : {Role::technician, Role::liaison}) {
    const auto r = get_as(role, "/gate");
    EXPECT_EQ(r.status, 403);
    EXPECT_NE(r.body.find("Vai trò của bạn không được phép"), std::string::npos);
  }
  EXPECT_EQ(get_as(Role::guard, "/").body.find("id=\"nav-users\""), std::string::npos);
}

TEST_F(PageTest, GuardLogsAVehicleWhileAGateCameraIsDown) {
  open_incident("CAM-GATE-01");
  const auto form = get_as(Role::guard, "/gate").body;
  EXPECT_NE(form.find("<option value=\"CAM-GATE-01\" selected>"), std::string::npos);
  EXPECT_EQ(form.find("id=\"gate-no-incident\""), std::string::npos);
  const auto r = post_as(Role::guard, "/gate", "gate_camera=CAM-GATE-01&plate=51c+12345&container=csqu+305438+3&direction=in&at=");
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("Location"), "/gate?flash=flash_vehicle_logged");
  const auto page = get_as(Role::guard, "/gate?flash=flash_vehicle_logged").body;
  EXPECT_NE(page.find("51C-123.45"), std::string::npos);
  EXPECT_NE(page.find("CSQU3054383"), std::string::npos);
  EXPECT_NE(page.find("Đã ghi nhận phương tiện."), std::string::npos);
}

TEST_F(PageTest, BadPlateIsNamedAndTheInputKept) {
  open_incident("CAM-GATE-01");
  const auto r = post_as(Role::guard, "/gate", "gate_camera=CAM-GATE-01&plate=XYZ&container=CSQU3054384&direction=out&at=");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("id=\"plate-error\""), std::string::npos);
  EXPECT_NE(r.body.find("id=\"container-error\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"XYZ\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"out\" id=\"direction-out\" checked"), std::string::npos);
  EXPECT_NE(r.body.find("Dữ liệu không hợp lệ"), std::string::npos);
  EXPECT_NE(r.body.find("biển số “XYZ” không đúng định dạng"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("must start"), std::string::npos);
}

TEST_F(PageTest, NavigationWrapsOnPhonesSoEveryItemIsReachable) {
  const auto css = send("GET", "/static/app.css").body;
  const auto phone = css.find("@media (max-width: 600px)");
  ASSERT_NE(phone, std::string::npos);
  const auto rule = css.find(".top nav {", phone);
  ASSERT_NE(rule, std::string::npos);
  const auto block = css.substr(rule, css.find('}', rule) - rule);
  EXPECT_NE(block.find("flex-wrap: wrap"), std::string::npos) << block;
  EXPECT_EQ(block.find("nowrap"), std::string::npos) << block;
}

TEST_F(PageTest, GateLogIsRefusedWithoutAnIncidentOnTheCamera) {
  add_camera("CAM-GATE-02", "Cổng phụ", incidents::LocationClass::gate);
  EXPECT_NE(get_as(Role::guard, "/gate").body.find("id=\"gate-no-incident\""), std::string::npos);
  const auto r = post_as(Role::guard, "/gate", "gate_camera=CAM-GATE-02&plate=51C12345&direction=in&at=");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("id=\"gate-error\""), std::string::npos);
}

TEST_F(PageTest, GateLogWithoutCsrfIsRefused) {
  open_incident("CAM-GATE-01");
  EXPECT_EQ(post_as(Role::guard, "/gate", "gate_camera=CAM-GATE-01&plate=51C12345&direction=in", false).status, 403);
}

}  // namespace
}  // namespace camtrack::web::testing
