// The incident detail page and its action forms, per role.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::Role;

class IncidentPageTest : public PageTest {
 protected:
  std::string path() const { return "/incidents/" + std::to_string(id); }
  std::int64_t id = 0;
  void SetUp() override { id = open_incident("CAM-GATE-01"); }
};

TEST_F(IncidentPageTest, DetailRendersForEveryRoleWithTimelineAndDeadline) {
  for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const auto r = get_as(role, path());
    EXPECT_EQ(r.status, 200) << incidents::role_name(role);
    EXPECT_NE(r.body.find("data-action=\"incident.opened\""), std::string::npos);
    EXPECT_NE(r.body.find("id=\"deadline-at\""), std::string::npos);
    EXPECT_NE(r.body.find("data-code=\"CAM-GATE-01\""), std::string::npos);
  }
}

TEST_F(IncidentPageTest, DeadlineIsWrittenAsTheEndOfItsDayLikeTheLetters) {
  const auto detail = get_as(Role::officer, path()).body;
  const std::string marker = "id=\"deadline-at\">";
  const std::string expected = "hết ngày ";
  const auto at = detail.find(marker);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(detail.compare(at + marker.size(), expected.size(), expected), 0) << detail.substr(at, 60);
  EXPECT_EQ(detail.find(" 00:00</dd>"), std::string::npos);
}

TEST_F(IncidentPageTest, FormsFollowTheRole) {
  const auto officer = get_as(Role::officer, path()).body;
  EXPECT_NE(officer.find("id=\"assign-form\""), std::string::npos);
  EXPECT_NE(officer.find("id=\"note-form\""), std::string::npos);
  EXPECT_EQ(officer.find("id=\"close-form\""), std::string::npos);
  const auto liaison = get_as(Role::liaison, path()).body;
  EXPECT_EQ(liaison.find("<form method=\"post\" action=\"/incidents/"), std::string::npos);
  const auto guard = get_as(Role::guard, path()).body;
  EXPECT_EQ(guard.find("id=\"note-form\""), std::string::npos);
}

TEST_F(IncidentPageTest, UnknownOrMalformedIdIsNotFound) {
  EXPECT_EQ(get_as(Role::officer, "/incidents/999").status, 404);
  EXPECT_EQ(get_as(Role::officer, "/incidents/abc").status, 404);
  EXPECT_EQ(get_as(Role::officer, "/incidents/-1").status, 404);
}

TEST_F(IncidentPageTest, NoteIsAddedAndRedirectsWithFlash) {
  const auto r = post_as(Role::technician, path() + "/note", "text=" + form_value("Đã kiểm tra nguồn <b>PoE</b>"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), path() + "?flash=flash_noted");
  const auto page = get_as(Role::technician, path() + "?flash=flash_noted");
  EXPECT_NE(page.body.find("Đã thêm ghi chú."), std::string::npos);
  EXPECT_NE(page.body.find("&lt;b&gt;PoE&lt;/b&gt;"), std::string::npos);
}

TEST_F(IncidentPageTest, FlashShowsOnlyCatalogMessages) {
  const auto page = get_as(Role::officer, path() + "?flash=" + form_value("<script>x</script>"));
  EXPECT_EQ(page.body.find("id=\"flash\""), std::string::npos);
}

TEST_F(IncidentPageTest, LiaisonCannotChangeAnything) {
  const auto r = post_as(Role::liaison, path() + "/note", "text=hello");
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("Không được phép"), std::string::npos);
  EXPECT_EQ(get_as(Role::officer, path()).body.find("hello"), std::string::npos);
}

TEST_F(IncidentPageTest, ActionWithoutCsrfIsRefused) {
  const auto r = post_as(Role::technician, path() + "/note", "text=hello", false);
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("CSRF"), std::string::npos);
}

TEST_F(IncidentPageTest, RefusedCloseShowsTheFormAgainWithInputKept) {
  ASSERT_EQ(post_as(Role::technician, path() + "/restore", "at=").status, 303);
  const auto r = post_as(Role::technician, path() + "/close", "cause=" + form_value("Nguồn hỏng") + "&repair_action=&minutes=30");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Biện pháp khắc phục: bắt buộc nhập"), std::string::npos);
  EXPECT_NE(r.body.find(">Nguồn hỏng</textarea>"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"30\""), std::string::npos);
}

TEST_F(IncidentPageTest, TechnicianRestoresAndCloses) {
  EXPECT_EQ(post_as(Role::technician, path() + "/assign", "technician=technician1").status, 303);
  EXPECT_EQ(post_as(Role::technician, path() + "/restore", "at=").status, 303);
  const auto closed = post_as(Role::technician, path() + "/close",
                              "cause=power&repair_action=" + form_value("thay bộ nguồn") + "&parts=PSU&minutes=45");
  EXPECT_EQ(closed.status, 303) << closed.body;
  const auto page = get_as(Role::officer, path()).body;
  EXPECT_NE(page.find("data-state=\"closed\""), std::string::npos);
  EXPECT_NE(page.find("thay bộ nguồn"), std::string::npos);
  EXPECT_NE(page.find("id=\"reopen-form\""), std::string::npos);
}

TEST_F(IncidentPageTest, DomainRefusalIsShownInVietnamese) {
  const auto r = post_as(Role::officer, path() + "/explain", "reason=late&expected=2026-03-20");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Trạng thái sự cố không cho phép"), std::string::npos);
  // The reason too, not the domain's English sentence.
  EXPECT_NE(r.body.find("sự cố chưa quá hạn (hạn hết ngày "), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("is not overdue"), std::string::npos);
}

TEST_F(IncidentPageTest, TimelineIsInThePageLanguageWithVietnamTimes) {
  ASSERT_EQ(post_as(Role::technician, path() + "/assign", "technician=technician1").status, 303);
  ASSERT_EQ(post_as(Role::technician, path() + "/restore", "at=").status, 303);
  const auto vi = get_as(Role::officer, path()).body;
  EXPECT_NE(vi.find("Mở sự cố thiết bị ("), std::string::npos);
  EXPECT_NE(vi.find("camera: CAM-GATE-01"), std::string::npos);
  EXPECT_NE(vi.find("Giao cho kỹ thuật viên technician1"), std::string::npos);
  EXPECT_NE(vi.find("Đã khắc phục lúc 04/03/2026 09:00"), std::string::npos);
  EXPECT_EQ(vi.find("incident opened"), std::string::npos);
  EXPECT_EQ(vi.find("assigned to"), std::string::npos);
  const auto en = get_as(Role::officer, path() + "?lang=en").body;
  EXPECT_NE(en.find("equipment incident opened ("), std::string::npos);
  EXPECT_NE(en.find("Restored at 04/03/2026 09:00"), std::string::npos);
}

TEST_F(IncidentPageTest, RefusalOfTheStateIsVietnamese) {
  ASSERT_EQ(post_as(Role::technician, path() + "/restore", "at=").status, 303);
  const auto r = post_as(Role::technician, path() + "/restore", "at=");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("sự cố đang ở trạng thái “Đã khắc phục”"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("cannot mark restored"), std::string::npos);
  const auto en = post_as(Role::technician, path() + "/restore?lang=en", "at=");
  EXPECT_NE(en.body.find("cannot mark restored"), std::string::npos);
}

TEST_F(IncidentPageTest, OfficerExplainsAnOverdueIncident) {
  now += std::chrono::hours(24 * 30);
  const auto page = get_as(Role::officer, path()).body;
  EXPECT_NE(page.find("id=\"explain-form\""), std::string::npos);
  EXPECT_NE(page.find("id=\"explanation-due\""), std::string::npos);
  const auto r = post_as(Role::officer, path() + "/explain", "reason=" + form_value("Chờ linh kiện") + "&expected=2026-04-30");
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_NE(get_as(Role::liaison, path()).body.find("Chờ linh kiện"), std::string::npos);
}

TEST_F(IncidentPageTest, NoticesListPdfLinksAndServeThePdf) {
  notices.notices[id] = {{7, "appendix_ii", "07/2026/TB-CAM", "Thông báo sự cố", "sent", now, now, "", true}};
  notices.pdfs[7] = "%PDF-1.4 test";
  const auto page = get_as(Role::liaison, path()).body;
  EXPECT_NE(page.find("07/2026/TB-CAM"), std::string::npos);
  EXPECT_NE(page.find("href=\"/notices/7/pdf\""), std::string::npos);
  const auto pdf = get_as(Role::liaison, "/notices/7/pdf");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.body, "%PDF-1.4 test");
  EXPECT_EQ(get_as(Role::liaison, "/notices/8/pdf").status, 404);
}

TEST_F(IncidentPageTest, SnapshotOfAnAffectedCameraIsServed) {
  health.cameras = {{"CAM-GATE-01", Health::down, "no_response", now, now - std::chrono::hours(2), true}};
  services->snapshot = [](const std::string& code) { return std::optional<std::string>("JPEG:" + code); };
  const auto page = get_as(Role::officer, path()).body;
  EXPECT_NE(page.find("src=\"" + path() + "/snapshot/CAM-GATE-01\""), std::string::npos);
  EXPECT_NE(page.find("Không phản hồi (<code>no_response</code>)"), std::string::npos);
  const auto jpeg = get_as(Role::officer, path() + "/snapshot/CAM-GATE-01");
  EXPECT_EQ(jpeg.header("Content-Type"), "image/jpeg");
  EXPECT_EQ(jpeg.body, "JPEG:CAM-GATE-01");
  EXPECT_EQ(get_as(Role::officer, path() + "/snapshot/CAM-OTHER").status, 404);
}

}  // namespace
}  // namespace camtrack::web::testing
