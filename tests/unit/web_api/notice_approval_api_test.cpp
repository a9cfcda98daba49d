// POST /api/v1/incidents/{id}/approve-notice: officers and admins release the Appendix II held for
// approval through the app's hook; other roles 403, no CSRF token 403, 409 when nothing is held, 404 for
// an unknown incident, 503 when no notices runtime is wired — and the hook is never called on a refusal.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace camtrack::web::testing {
namespace {

class ApproveNoticeApi : public ::testing::Test {
 protected:
  void SetUp() override {
    h.add_cameras();
    id = h.open_incident("CAM-GATE-01");
    h.services.approve_appendix_ii = [this](const incidents::Actor& actor, std::int64_t incident) {
      calls.emplace_back(std::string(actor.username), incident);
      return answer;
    };
  }
  Response approve(std::optional<Role> role, std::int64_t incident, bool with_csrf = true) {
    return h.call("POST", "/api/v1/incidents/" + std::to_string(incident) + "/approve-notice", role, "", with_csrf);
  }
  ApiHarness h;
  std::int64_t id = 0;
  NoticeApproval answer = NoticeApproval::released;
  std::vector<std::pair<std::string, std::int64_t>> calls;
};

TEST_F(ApproveNoticeApi, OfficerAndAdminReleaseTheHeldLetterAsThemselves) {
  for (Role role : {Role::officer, Role::admin}) {
    const auto r = approve(role, id);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(body_of(r), json({{"result", "released"}}));
  }
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0], std::make_pair(std::string("officer1"), id));
  EXPECT_EQ(calls[1], std::make_pair(std::string("admin1"), id));
}

TEST_F(ApproveNoticeApi, OtherRolesAndAnonymousAreRefusedWithoutCallingTheHook) {
  for (Role role : {Role::technician, Role::guard, Role::liaison}) {
    EXPECT_EQ(approve(role, id).status, 403) << incidents::role_name(role);
  }
  EXPECT_EQ(approve(std::nullopt, id).status, 401);
  EXPECT_TRUE(calls.empty());
}

TEST_F(ApproveNoticeApi, MissingCsrfTokenIsRefused) {
  const auto r = approve(Role::officer, id, false);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(body_of(r)["field"], "X-CSRF-Token");
  EXPECT_TRUE(calls.empty());
}

TEST_F(ApproveNoticeApi, NothingHeldIs409UnknownIncidentIs404) {
  answer = NoticeApproval::not_held;
  const auto held = approve(Role::officer, id);
  EXPECT_EQ(held.status, 409);
  EXPECT_NE(body_of(held)["error"].get<std::string>().find("held"), std::string::npos) << held.body;
  EXPECT_EQ(approve(Role::officer, id + 1000).status, 404);
  EXPECT_EQ(calls.size(), 1u) << "an unknown incident never reaches the notices runtime";
}

TEST_F(ApproveNoticeApi, NoRuntimeOrNoAnswerIs503) {
  answer = NoticeApproval::unavailable;
  EXPECT_EQ(approve(Role::admin, id).status, 503);
  h.services.approve_appendix_ii = {};
  const auto r = approve(Role::admin, id);
  EXPECT_EQ(r.status, 503);
  EXPECT_FALSE(body_of(r)["error"].get<std::string>().empty());
}

TEST_F(ApproveNoticeApi, ARuntimeRefusalIs403) {
  answer = NoticeApproval::forbidden;
  EXPECT_EQ(approve(Role::officer, id).status, 403);
}

}  // namespace
}  // namespace camtrack::web::testing
