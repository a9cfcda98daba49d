// The inventory contract: site, cameras (with credentials), recorders, uplinks and the CSV import.
#include <algorithm>

#include "contract/harness.hpp"

namespace camtrack::incidents::testing {

TEST_P(InventoryContract, CameraUpsertKeepsIdAndPassword) {
  auto& inv = h_->inventory();
  Camera c;
  c.code = "GATE-2";
  c.name = "Cổng phụ";
  c.location = LocationClass::gate;
  c.onvif_address = "http://10.1.1.2/onvif/device_service";
  c.username = "viewer";
  c.password = "s3cret-pass";
  const auto first = inv.save_camera(officer_actor, c, t0());
  ASSERT_TRUE(first.ok()) << first.refusal().reason;
  EXPECT_GT(first->id, 0);
  EXPECT_TRUE(first->has_password);
  EXPECT_FALSE(first->password.has_value());
  c.name = "Cổng phụ (mới)";
  c.password.reset();
  const auto second = inv.save_camera(officer_actor, c, at(std::chrono::seconds(60)));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(inv.camera(liaison_actor, "GATE-2")->name, "Cổng phụ (mới)");
  EXPECT_EQ(inv.camera_password(officer_actor, "GATE-2").value(), "s3cret-pass");
  EXPECT_EQ(inv.camera_password(liaison_actor, "GATE-2").refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(inv.camera(liaison_actor, "NOPE").refusal().code, RefusalCode::not_found);
  EXPECT_EQ(inv.cameras(liaison_actor)->size(), 5u);
}

TEST_P(InventoryContract, CameraWritesAreCheckedAndRoleLimited) {
  auto& inv = h_->inventory();
  Camera c;
  c.code = "bad code";
  c.name = "";
  EXPECT_EQ(inv.save_camera(admin_actor, c, t0()).refusal().code, RefusalCode::invalid_input);
  c.code = "OK-1";
  c.name = "ok";
  EXPECT_EQ(inv.save_camera(tech_actor, c, t0()).refusal().code, RefusalCode::forbidden);
  c.recorder_id = 12345;
  EXPECT_EQ(inv.save_camera(admin_actor, c, t0()).refusal().code, RefusalCode::not_found);
}

TEST_P(InventoryContract, ImportIsAllOrNothing) {
  auto& inv = h_->inventory();
  const auto bad = parse_camera_csv(
      "code,name,location_class,recorder\nNEW-1,Một,yard,NVR-1\nNEW-2,Hai,yard,NVR-9\nYARD-1,Bãi,yard,\n");
  ASSERT_TRUE(bad.errors.empty());
  const auto refused = inv.import_cameras(officer_actor, bad.rows, t0());
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.refusal().reason.find("line 3, column recorder: no recorder with code 'NVR-9'"), std::string::npos)
      << refused.refusal().reason;
  EXPECT_EQ(inv.cameras(admin_actor)->size(), 4u);
  EXPECT_EQ(inv.camera(admin_actor, "NEW-1").refusal().code, RefusalCode::not_found);

  const auto good = parse_camera_csv(
      "code,name,location_class,recorder,password,username\nNEW-1,Một,yard,NVR-1,pw1,u\nYARD-1,Bãi mới,yard,,,\n");
  const auto summary = inv.import_cameras(officer_actor, good.rows, t0());
  ASSERT_TRUE(summary.ok()) << summary.refusal().reason;
  EXPECT_EQ(summary->inserted, 1);
  EXPECT_EQ(summary->updated, 1);
  EXPECT_EQ(inv.camera(admin_actor, "YARD-1")->name, "Bãi mới");
  EXPECT_TRUE(inv.camera(admin_actor, "NEW-1")->recorder_id.has_value());
  EXPECT_EQ(inv.camera_password(admin_actor, "NEW-1").value(), "pw1");
}

TEST_P(InventoryContract, SiteRecordersAndUplinks) {
  auto& inv = h_->inventory();
  EXPECT_EQ(inv.site(liaison_actor).refusal().code, RefusalCode::not_found);
  Site s;
  s.enterprise_name = "Công ty TNHH ABC Việt Nam";
  s.tax_code = "0312345678";
  s.place_name = "Bình Dương";
  s.customs_unit = "Chi cục Hải quan khu vực II";
  s.addressee_line = "Kính gửi: Hải quan Bình Dương";
  s.customs_emails = {"a@customs.gov.vn", "b@customs.gov.vn"};
  ASSERT_TRUE(inv.save_site(officer_actor, s, t0()).ok());
  const auto back = inv.site(liaison_actor);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->enterprise_name, s.enterprise_name);
  EXPECT_EQ(back->customs_emails, s.customs_emails);
  s.tax_code = "12";
  EXPECT_EQ(inv.save_site(officer_actor, s, t0()).refusal().code, RefusalCode::invalid_input);
  EXPECT_EQ(inv.site(liaison_actor)->tax_code, "0312345678");

  Uplink u;
  u.code = "WAN-1";
  u.name = "FPT fibre";
  u.kind = UplinkKind::private_channel;
  u.check_targets = {"1.1.1.1:443", "https://customs.example/health"};
  const auto saved = inv.save_uplink(admin_actor, u, t0());
  ASSERT_TRUE(saved.ok());
  const auto list = inv.uplinks(liaison_actor);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->at(0).kind, UplinkKind::private_channel);
  EXPECT_EQ(list->at(0).check_targets, u.check_targets);
  Recorder r;
  r.code = "NVR-1";
  r.name = "renamed";
  const auto again = inv.save_recorder(admin_actor, r, t0());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(inv.recorders(liaison_actor)->size(), 1u);
  EXPECT_EQ(inv.recorders(liaison_actor)->at(0).name, "renamed");
}

TEST_P(InventoryContract, RecorderKeepsItsOwnAccountAndOnlyEditorsReadThePassword) {
  auto& inv = h_->inventory();
  Recorder r;
  r.code = "NVR-2";
  r.name = "Đầu ghi kho";
  r.address = "http://10.1.1.200/onvif/device_service";
  r.username = "customs-nvr";
  r.password = "nvr-s3cret";
  const auto first = inv.save_recorder(officer_actor, r, t0());
  ASSERT_TRUE(first.ok()) << first.refusal().reason;
  EXPECT_TRUE(first->has_password);
  EXPECT_FALSE(first->password.has_value());
  r.name = "Đầu ghi kho (mới)";
  r.password.reset();  // kept
  ASSERT_TRUE(inv.save_recorder(officer_actor, r, at(std::chrono::seconds(60))).ok());
  const auto list = inv.recorders(liaison_actor);
  const auto it = std::find_if(list->begin(), list->end(), [](const Recorder& x) { return x.code == "NVR-2"; });
  ASSERT_NE(it, list->end());
  EXPECT_EQ(it->username, "customs-nvr");
  EXPECT_TRUE(it->has_password);
  EXPECT_FALSE(it->password.has_value());
  EXPECT_EQ(inv.recorder_password(admin_actor, "NVR-2").value(), "nvr-s3cret");
  EXPECT_EQ(inv.recorder_password(liaison_actor, "NVR-2").refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(inv.recorder_password(admin_actor, "NOPE").refusal().code, RefusalCode::not_found);
  r.username.clear();
  r.password = "orphan";
  EXPECT_EQ(inv.save_recorder(officer_actor, r, t0()).refusal().code, RefusalCode::invalid_input);
}

}  // namespace camtrack::incidents::testing
