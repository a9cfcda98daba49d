#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "raw_client.hpp"
#include "store/account_store.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"
#include "web/auth.hpp"
#include "web/health.hpp"
#include "web/server.hpp"

namespace camtrack::web {
namespace {

using camtrack::testing::http_request;

TEST(LoginOverHttp, SignsInReadsMeAndSignsOutAgainstTheRealStore) {
  camtrack::testing::TempDir dir;
  auto db = store::Database::open(dir / "camtrack.db");
  store::SqliteAccounts accounts(db, {}, store::PasswordHashing::fastest());
  ASSERT_TRUE(accounts.create({"officer1", incidents::Role::officer, "correct horse battery"}, "test",
                              system_clock()()).ok());
  MetricsRegistry metrics;
  Router router;
  add_health_routes(router, {"test"}, metrics);
  add_auth_routes(router, {accounts, accounts, accounts, system_clock()});
  Server server(std::move(router), {}, &metrics);
  ASSERT_TRUE(server.start("127.0.0.1:0"));

  const auto unauthenticated = http_request(server.port(), "GET", "/api/v1/me");
  ASSERT_TRUE(unauthenticated);
  EXPECT_EQ(unauthenticated->status, 401);

  const auto bad = http_request(server.port(), "POST", "/api/v1/login",
                                R"({"username":"officer1","password":"wrong password"})",
                                "Content-Type: application/json\r\n");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401);

  const auto login = http_request(server.port(), "POST", "/api/v1/login",
                                  R"({"username":"officer1","password":"correct horse battery"})",
                                  "Content-Type: application/json\r\n");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  const auto set_cookie = login->head.find("Set-Cookie: camtrack_session=");
  ASSERT_NE(set_cookie, std::string::npos) << login->head;
  const auto cookie_end = login->head.find(';', set_cookie);
  const std::string cookie = login->head.substr(set_cookie + 12, cookie_end - set_cookie - 12);
  EXPECT_NE(login->head.find("HttpOnly; SameSite=Strict"), std::string::npos);
  const auto csrf = nlohmann::json::parse(login->body)["csrf_token"].get<std::string>();

  const auto me = http_request(server.port(), "GET", "/api/v1/me", {}, "Cookie: " + cookie + "\r\n");
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 200);
  EXPECT_EQ(nlohmann::json::parse(me->body)["role"], "officer");

  const auto no_csrf = http_request(server.port(), "POST", "/api/v1/logout", {}, "Cookie: " + cookie + "\r\n");
  ASSERT_TRUE(no_csrf);
  EXPECT_EQ(no_csrf->status, 403);
  const auto logout = http_request(server.port(), "POST", "/api/v1/logout", {},
                                   "Cookie: " + cookie + "\r\nX-CSRF-Token: " + csrf + "\r\n");
  ASSERT_TRUE(logout);
  EXPECT_EQ(logout->status, 200);
  const auto after = http_request(server.port(), "GET", "/api/v1/me", {}, "Cookie: " + cookie + "\r\n");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 401);
  server.stop();

  std::vector<std::string> actions;
  for (const auto& row : store::AuditLog(db).list(0, 100)) actions.push_back(row.record.action + " " + row.record.actor);
  EXPECT_EQ(actions, (std::vector<std::string>{"account.created test", "auth.login_failed officer1",
                                               "auth.login officer1", "auth.logout officer1"}));
}

}  // namespace
}  // namespace camtrack::web
