#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fake_accounts.hpp"
#include "web/auth.hpp"

namespace camtrack::web {
namespace {

using namespace std::chrono_literals;
using incidents::Role;

class AuthTest : public ::testing::Test {
 protected:
  AuthTest() {
    for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
      const std::string name(incidents::role_name(role));
      accounts.create({name + "1", role, "correct horse " + name}, "test", now);
    }
    auth = add_auth_routes(router, {accounts, accounts, accounts, [this] { return now; }});
    router.get("/api/v1/sample", auth->require({}, [](const Request&, const incidents::Session& s) {
      return json_response(200, {{"user", s.username}});
    }));
    router.post("/api/v1/admin-only", auth->require({Role::admin}, [](const Request&, const incidents::Session&) {
      return json_response(200, {{"done", true}});
    }));
  }

  Response send(std::string method, std::string target, std::string body = {},
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    Request r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.body = std::move(body);
    r.headers = std::move(headers);
    r.remote_address = address;
    r.secure = secure;
    return router.handle(r);
  }

  Response login(const std::string& username, const std::string& password) {
    return send("POST", "/api/v1/login", nlohmann::json{{"username", username}, {"password", password}}.dump(),
                {{"Content-Type", "application/json"}});
  }

  // Logs in and returns {cookie header value, csrf token}.
  std::pair<std::string, std::string> signed_in(Role role) {
    const std::string name(incidents::role_name(role));
    const auto response = login(name + "1", "correct horse " + name);
    EXPECT_EQ(response.status, 200) << response.body;
    const std::string set_cookie(response.header("Set-Cookie"));
    const auto token = set_cookie.substr(0, set_cookie.find(';'));
    return {token, nlohmann::json::parse(response.body)["csrf_token"].get<std::string>()};
  }

  static nlohmann::json body(const Response& r) { return nlohmann::json::parse(r.body); }

  incidents::Instant now{std::chrono::seconds{1'800'000'000}};
  std::string address = "192.0.2.10";
  bool secure = false;
  testing::FakeAccounts accounts;
  Router router;
  std::shared_ptr<Auth> auth;
};

TEST_F(AuthTest, LoginSucceedsWithSessionCookieAndCsrfToken) {
  const auto response = login("officer1", "correct horse officer");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(body(response)["username"], "officer1");
  EXPECT_EQ(body(response)["role"], "officer");
  EXPECT_FALSE(body(response)["csrf_token"].get<std::string>().empty());
  const std::string cookie(response.header("Set-Cookie"));
  EXPECT_EQ(cookie.rfind("camtrack_session=token-", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "no Secure over plain HTTP";
  ASSERT_FALSE(accounts.events.empty());
  EXPECT_EQ(accounts.events.back().action, "auth.login");
  EXPECT_EQ(accounts.events.back().actor, "officer1");
}

TEST_F(AuthTest, LoginCookieIsSecureUnderTls) {
  secure = true;
  const auto response = login("officer1", "correct horse officer");
  EXPECT_NE(std::string(response.header("Set-Cookie")).find("; Secure"), std::string::npos);
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserGetTheSame401) {
  const auto wrong = login("officer1", "not the password");
  const auto unknown = login("nobody", "not the password");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(body(wrong)["error"], body(unknown)["error"]);
  EXPECT_TRUE(wrong.header("Set-Cookie").empty());
  ASSERT_EQ(accounts.events.size(), 2u);
  EXPECT_EQ(accounts.events[0].action, "auth.login_failed");
  EXPECT_EQ(accounts.events[0].actor, "officer1");
  EXPECT_EQ(accounts.events[1].actor, "nobody");
}

TEST_F(AuthTest, LoginNamesTheMissingField) {
  const auto no_user = send("POST", "/api/v1/login", R"({"password":"x"})", {{"Content-Type", "application/json"}});
  EXPECT_EQ(no_user.status, 400);
  EXPECT_EQ(body(no_user)["field"], "username");
  const auto no_password = send("POST", "/api/v1/login", R"({"username":"x"})", {{"Content-Type", "application/json"}});
  EXPECT_EQ(no_password.status, 400);
  EXPECT_EQ(body(no_password)["field"], "password");
}

TEST_F(AuthTest, LoginRefusesWrongTypes) {
  const auto response = send("POST", "/api/v1/login", R"({"username":42,"password":["a"]})",
                             {{"Content-Type", "application/json"}});
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(body(response)["field"], "username");
  EXPECT_NE(body(response)["error"].get<std::string>().find("must be a string"), std::string::npos);
  const auto array = send("POST", "/api/v1/login", "[1,2]", {{"Content-Type", "application/json"}});
  EXPECT_EQ(array.status, 400);
  const auto broken = send("POST", "/api/v1/login", "{\"username\":", {{"Content-Type", "application/json"}});
  EXPECT_EQ(broken.status, 400);
}

TEST_F(AuthTest, LoginRefusesOversizedBodyAndOtherContentTypes) {
  const std::string big = nlohmann::json{{"username", std::string(5000, 'a')}, {"password", "x"}}.dump();
  EXPECT_EQ(send("POST", "/api/v1/login", big, {{"Content-Type", "application/json"}}).status, 413);
  EXPECT_EQ(send("POST", "/api/v1/login", "username=a&password=b",
                 {{"Content-Type", "application/x-www-form-urlencoded"}}).status, 415);
}

TEST_F(AuthTest, ApiWithoutSessionIs401Json) {
  for (const auto* target : {"/api/v1/me", "/api/v1/sample"}) {
    const auto response = send("GET", target);
    EXPECT_EQ(response.status, 401) << target;
    EXPECT_EQ(response.header("Content-Type"), "application/json");
    EXPECT_TRUE(body(response).contains("error"));
  }
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", "camtrack_session=forged"}}).status, 401);
}

TEST_F(AuthTest, MeReturnsTheSignedInUser) {
  const auto [cookie, csrf] = signed_in(Role::guard);
  const auto response = send("GET", "/api/v1/me", {}, {{"Cookie", cookie}});
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(body(response)["username"], "guard1");
  EXPECT_EQ(body(response)["role"], "guard");
  EXPECT_EQ(body(response)["csrf_token"], csrf);
}

TEST_F(AuthTest, StateChangeWithoutOrWithWrongCsrfIs403) {
  const auto [cookie, csrf] = signed_in(Role::admin);
  const auto missing = send("POST", "/api/v1/admin-only", "{}", {{"Cookie", cookie}});
  EXPECT_EQ(missing.status, 403);
  EXPECT_EQ(body(missing)["field"], "X-CSRF-Token");
  EXPECT_EQ(send("POST", "/api/v1/admin-only", "{}", {{"Cookie", cookie}, {"X-CSRF-Token", csrf + "x"}}).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/admin-only", "{}", {{"Cookie", cookie}, {"X-CSRF-Token", ""}}).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/admin-only", "{}", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}).status, 200);
}

TEST_F(AuthTest, RoleGuardAllowsOnlyListedRoles) {
  for (auto role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const auto [cookie, csrf] = signed_in(role);
    const auto response = send("POST", "/api/v1/admin-only", "{}", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
    EXPECT_EQ(response.status, role == Role::admin ? 200 : 403) << incidents::role_name(role);
    EXPECT_EQ(send("GET", "/api/v1/sample", {}, {{"Cookie", cookie}}).status, 200) << incidents::role_name(role);
  }
}

TEST_F(AuthTest, ThrottlesAUsernameAfterFiveFailures) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(login("officer1", "wrong password").status, 401);
  const auto throttled = login("officer1", "correct horse officer");
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(throttled.header("Retry-After"), "1");
  EXPECT_EQ(accounts.events.back().action, "auth.login_failed");
  now += 1s;
  EXPECT_EQ(login("officer1", "correct horse officer").status, 200);
}

TEST_F(AuthTest, ThrottlesAnAddressSprayingUsernames) {
  for (int i = 0; i < 5; ++i) login("user" + std::to_string(i), "wrong password");
  EXPECT_EQ(login("officer1", "correct horse officer").status, 429);
  address = "192.0.2.99";
  EXPECT_EQ(login("officer1", "correct horse officer").status, 200);
}

TEST_F(AuthTest, LogoutRevokesTheSessionAndClearsTheCookie) {
  const auto [cookie, csrf] = signed_in(Role::technician);
  EXPECT_EQ(send("POST", "/api/v1/logout", {}, {{"Cookie", cookie}}).status, 403);  // CSRF needed
  const auto response = send("POST", "/api/v1/logout", {}, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  ASSERT_EQ(response.status, 200);
  EXPECT_NE(std::string(response.header("Set-Cookie")).find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(accounts.events.back().action, "auth.logout");
  EXPECT_EQ(accounts.events.back().actor, "technician1");
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", cookie}}).status, 401);
}

TEST_F(AuthTest, SessionEndsAfterIdleTime) {
  const auto [cookie, csrf] = signed_in(Role::officer);
  now += 29min;
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", cookie}}).status, 200);
  now += 29min;  // activity moved the idle expiry
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", cookie}}).status, 200);
  now += 31min;
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", cookie}}).status, 401);
}

TEST_F(AuthTest, DisabledUserCannotLogInOrKeepASession) {
  const auto [cookie, csrf] = signed_in(Role::liaison);
  accounts.disable("liaison1", "test", now);
  EXPECT_EQ(send("GET", "/api/v1/me", {}, {{"Cookie", cookie}}).status, 401);
  EXPECT_EQ(login("liaison1", "correct horse liaison").status, 401);
}

}  // namespace
}  // namespace camtrack::web
