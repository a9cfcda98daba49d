// Inventory endpoints: cameras (upsert, never a password in a response), the CSV import (all rows or
// none, problems by line and column), recorders, uplinks and the site settings.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace camtrack::web::testing {
namespace {

TEST(InventoryApi, CameraPutCreatesThenUpdatesAndNeverReturnsThePassword) {
  ApiHarness h;
  ASSERT_EQ(h.call("PUT", "/api/v1/recorders/NVR-01", Role::officer, R"({"name":"Đầu ghi 1"})").status, 200);
  auto r = h.call("PUT", "/api/v1/cameras/CAM-GATE-02", Role::officer,
                  R"({"name":"Cổng 2","location_class":"gate","username":"admin","password":"s3cret","recorder":"NVR-01"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["has_password"], true);
  EXPECT_EQ(r.body.find("s3cret"), std::string::npos);
  r = h.call("PUT", "/api/v1/cameras/CAM-GATE-02", Role::officer, R"({"name":"Cổng số 2","location_class":"gate"})");
  ASSERT_EQ(r.status, 200) << r.body;
  r = h.get("/api/v1/cameras", Role::liaison);
  ASSERT_EQ(body_of(r).size(), 1u);
  EXPECT_EQ(body_of(r)[0]["name"], "Cổng số 2");
  EXPECT_EQ(r.body.find("s3cret"), std::string::npos);
  EXPECT_EQ(h.get("/api/v1/cameras/CAM-NONE").status, 404);
}

TEST(InventoryApi, BadCameraInputNamesTheField) {
  ApiHarness h;
  for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
           {R"({"name":"n","location_class":"gat"})", "location_class"},
           {R"({"location_class":"gate"})", "name"},
           {R"({"name":"n","location_class":"gate","enabled":"yes"})", "enabled"},
           {R"({"name":"n","location_class":"gate","recorder":"NVR-404"})", "recorder"},
           {R"({"name":"n","location_class":"gate","code":"OTHER"})", "code"},
           {R"({"name":"n","location_class":"gate","onvif_address":"ftp://10.0.0.1"})", "onvif_address"},
       }) {
    const auto r = h.call("PUT", "/api/v1/cameras/CAM-1", Role::admin, body);
    EXPECT_EQ(r.status, 400) << body << " → " << r.body;
    EXPECT_EQ(body_of(r)["field"], field) << r.body;
  }
  EXPECT_EQ(body_of(h.get("/api/v1/cameras")).size(), 0u);
}

TEST(InventoryApi, ImportIsAllOrNothingWithLineNumbers) {
  ApiHarness h;
  const std::string bad = "code,name,location_class\nCAM-A,A,gate\nCAM-B,B,garden\nCAM-C,C,yard\n";
  auto r = h.call("POST", "/api/v1/cameras/import", Role::officer, bad, true, "text/csv");
  ASSERT_EQ(r.status, 400) << r.body;
  const auto b = body_of(r);
  EXPECT_EQ(b["field"], "location_class");
  EXPECT_EQ(b["errors"][0]["line"], 3);
  EXPECT_NE(b["error"].get<std::string>().find("line 3"), std::string::npos);
  EXPECT_EQ(body_of(h.get("/api/v1/cameras")).size(), 0u) << "nothing imported";

  const std::string good = "code,name,location_class\nCAM-A,A,gate\nCAM-B,B,yard\n";
  r = h.call("POST", "/api/v1/cameras/import", Role::officer, good, true, "text/csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["inserted"], 2);
  EXPECT_EQ(body_of(h.get("/api/v1/cameras")).size(), 2u);

  EXPECT_EQ(h.call("POST", "/api/v1/cameras/import", Role::officer, "", true, "text/csv").status, 400);
  EXPECT_EQ(h.call("POST", "/api/v1/cameras/import", Role::officer, std::string(1024 * 1024 + 1, 'x'), true,
                   "text/csv").status,
            413);
}

TEST(InventoryApi, RecorderAccountIsStoredButItsPasswordNeverReturned) {
  ApiHarness h;
  auto r = h.call("PUT", "/api/v1/recorders/NVR-01", Role::officer,
                  R"({"name":"NVR","address":"http://10.0.0.2","username":"customs-nvr","password":"nvr-pass"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find("nvr-pass"), std::string::npos);
  r = h.call("PUT", "/api/v1/recorders/NVR-01", Role::officer, R"({"name":"NVR renamed","username":"customs-nvr"})");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto listed = body_of(h.get("/api/v1/recorders", Role::guard))[0];
  EXPECT_EQ(listed["username"], "customs-nvr");
  EXPECT_EQ(listed["has_password"], true);  // kept when absent
  EXPECT_FALSE(listed.contains("password"));
  EXPECT_EQ(h.store.recorder_password({"t", Role::admin}, "NVR-01").value(), "nvr-pass");
  r = h.call("PUT", "/api/v1/recorders/NVR-02", Role::officer, R"({"name":"x","password":"orphan"})");
  EXPECT_EQ(body_of(r)["field"], "username");
}

TEST(InventoryApi, RecordersUplinksAndSiteRoundTrip) {
  ApiHarness h;
  ASSERT_EQ(h.call("PUT", "/api/v1/recorders/NVR-01", Role::admin, R"({"name":"NVR","address":"http://10.0.0.2"})").status,
            200);
  EXPECT_EQ(body_of(h.get("/api/v1/recorders", Role::guard))[0]["code"], "NVR-01");
  auto r = h.call("PUT", "/api/v1/uplinks/WAN-1", Role::admin,
                  R"({"name":"Cáp quang","kind":"private_channel","check_targets":["10.1.1.1:443"]})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(h.get("/api/v1/uplinks"))[0]["kind"], "private_channel");
  r = h.call("PUT", "/api/v1/uplinks/WAN-2", Role::admin, R"({"name":"x","kind":"carrier-pigeon"})");
  EXPECT_EQ(body_of(r)["field"], "kind");
  r = h.call("PUT", "/api/v1/uplinks/WAN-2", Role::admin, R"({"name":"x","check_targets":"10.1.1.1"})");
  EXPECT_EQ(body_of(r)["field"], "check_targets");
  r = h.call("PUT", "/api/v1/uplinks/WAN-2", Role::admin, R"({"name":"x","check_targets":["gateway","vpn:wg/0"]})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(body_of(r)["field"], "check_targets");
  EXPECT_NE(r.body.find("vpn:wg/0"), std::string::npos) << r.body;

  EXPECT_EQ(h.get("/api/v1/site").status, 404) << "not saved yet";
  r = h.call("PUT", "/api/v1/site", Role::officer,
             R"({"enterprise_name":"Công ty TNHH Ánh Dương","tax_code":"0301234567","customs_unit":"Chi cục Hải quan khu vực II","customs_emails":["giamsat@customs.gov.vn"]})");
  ASSERT_EQ(r.status, 200) << r.body;
  r = h.get("/api/v1/site", Role::liaison);
  EXPECT_EQ(body_of(r)["enterprise_name"], "Công ty TNHH Ánh Dương");
  EXPECT_EQ(body_of(r)["customs_emails"][0], "giamsat@customs.gov.vn");
  r = h.call("PUT", "/api/v1/site", Role::officer, R"({"tax_code":"0301234567"})");
  EXPECT_EQ(body_of(r)["field"], "enterprise_name");
  r = h.call("PUT", "/api/v1/site", Role::officer, R"({"enterprise_name":"A","tax_code":"12ab"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(body_of(r)["field"], "tax_code");
  EXPECT_EQ(body_of(h.get("/api/v1/site"))["enterprise_name"], "Công ty TNHH Ánh Dương") << "unchanged";
}

}  // namespace
}  // namespace camtrack::web::testing
