// The "approve and send the notice (Appendix II)" form of the incident page: shown only while an
// Appendix II is held and only to officers and admins; posting it calls the app's hook as the user and
// redirects with a flash; a refusal shows the page again with the reason in Vietnamese.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::Role;

class ApproveNoticePage : public PageTest {
 protected:
  void SetUp() override {
    id = open_incident("CAM-GATE-01");
    services->approve_appendix_ii = [this](const incidents::Actor& actor, std::int64_t incident) {
      calls.emplace_back(std::string(actor.username), incident);
      return answer;
    };
  }
  void letter(const std::string& kind, const std::string& state) {
    NoticeInfo n;
    n.id = static_cast<std::int64_t>(notices.notices[id].size()) + 1;
    n.kind = kind;
    n.state = state;
    n.subject = "Thông báo";
    n.created_at = now;
    notices.notices[id].push_back(n);
  }
  bool form_shown(Role role) { return get_as(role, path()).body.find("id=\"approve-notice-form\"") != std::string::npos; }
  std::string path() const { return "/incidents/" + std::to_string(id); }
  std::int64_t id = 0;
  NoticeApproval answer = NoticeApproval::released;
  std::vector<std::pair<std::string, std::int64_t>> calls;
};

TEST_F(ApproveNoticePage, ShownOnlyWhileAnAppendixIIIsHeldAndOnlyToOfficersAndAdmins) {
  EXPECT_FALSE(form_shown(Role::officer)) << "no letter yet";
  letter("appendix_ii", "sent");
  letter("restoration", "held");
  EXPECT_FALSE(form_shown(Role::officer)) << "held, but not an Appendix II";
  letter("appendix_ii", "held");
  EXPECT_TRUE(form_shown(Role::officer));
  EXPECT_TRUE(form_shown(Role::admin));
  for (Role role : {Role::technician, Role::guard, Role::liaison}) EXPECT_FALSE(form_shown(role)) << incidents::role_name(role);
  const auto page = get_as(Role::officer, path()).body;
  EXPECT_NE(page.find("Duyệt và gửi Thông báo (Phụ lục II)"), std::string::npos);
  EXPECT_NE(page.find("action=\"" + path() + "/approve-notice\""), std::string::npos);
}

TEST_F(ApproveNoticePage, PostingCallsTheHookAsTheUserAndRedirectsWithFlash) {
  letter("appendix_ii", "held");
  const auto r = post_as(Role::officer, path() + "/approve-notice", "");
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("Location"), path() + "?flash=flash_notice_approved");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0], std::make_pair(std::string("officer1"), id));
  const auto page = get_as(Role::officer, path() + "?flash=flash_notice_approved").body;
  EXPECT_NE(page.find("Đã duyệt; Thông báo (Phụ lục II) đang được gửi"), std::string::npos);
}

TEST_F(ApproveNoticePage, OtherRolesAndMissingCsrfAreRefusedWithoutCallingTheHook) {
  letter("appendix_ii", "held");
  for (Role role : {Role::technician, Role::guard, Role::liaison}) {
    const auto r = post_as(role, path() + "/approve-notice", "");
    EXPECT_EQ(r.status, 403) << incidents::role_name(role);
  }
  EXPECT_EQ(post_as(Role::officer, path() + "/approve-notice", "", false).status, 403);
  EXPECT_TRUE(calls.empty());
}

TEST_F(ApproveNoticePage, RefusalShowsThePageWithTheReasonInVietnamese) {
  letter("appendix_ii", "held");
  answer = NoticeApproval::not_held;
  const auto r = post_as(Role::officer, path() + "/approve-notice", "");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Không có Thông báo (Phụ lục II) nào của sự cố này đang chờ duyệt"), std::string::npos);
  services->approve_appendix_ii = {};
  const auto none = post_as(Role::admin, path() + "/approve-notice", "");
  EXPECT_EQ(none.status, 422);
  EXPECT_NE(none.body.find("Chức năng gửi thông báo đang không hoạt động"), std::string::npos);
  EXPECT_EQ(post_as(Role::officer, "/incidents/999/approve-notice", "").status, 404);
}

}  // namespace
}  // namespace camtrack::web::testing
