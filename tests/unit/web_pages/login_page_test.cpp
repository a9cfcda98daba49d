// The login form, logout, redirects to the login page, CSRF on forms, language switch, static files.
#include "page_fixture.hpp"

namespace camtrack::web::testing {
namespace {

using incidents::Role;

TEST_F(PageTest, LoginPageRendersInVietnameseByDefault) {
  const auto r = send("GET", "/login");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(r.body.find("Tên đăng nhập"), std::string::npos);
  EXPECT_NE(r.body.find("id=\"login-form\""), std::string::npos);
  EXPECT_EQ(r.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
  EXPECT_NE(r.header("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
}

TEST_F(PageTest, LanguageSwitchRendersEnglishAndRemembersItInACookie) {
  const auto r = send("GET", "/login?lang=en");
  EXPECT_NE(r.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r.body.find("Username"), std::string::npos);
  EXPECT_EQ(r.header("Set-Cookie").substr(0, 16), "camtrack_lang=en");
  const auto again = send("GET", "/login", "camtrack_lang=en");
  EXPECT_NE(again.body.find("Username"), std::string::npos);
  EXPECT_EQ(again.body.find("Tên đăng nhập"), std::string::npos);
}

TEST_F(PageTest, LoginFormSetsTheSessionCookieAndRedirectsToNext) {
  const auto r = send("POST", "/login", {}, "username=officer1&password=correct+horse+officer&next=%2Fincidents%3Fstate%3Dopen");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), "/incidents?state=open");
  const std::string cookie(r.header("Set-Cookie"));
  EXPECT_EQ(cookie.rfind("camtrack_session=", 0), 0u);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(send("GET", "/", cookie.substr(0, cookie.find(';'))).status, 200);
}

TEST_F(PageTest, LoginIgnoresANextThatLeavesTheSite) {
  for (const char* next : {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example"}) {
    const auto r = send("POST", "/login", {}, std::string("username=officer1&password=correct+horse+officer&next=") + next);
    EXPECT_EQ(r.header("Location"), "/") << next;
  }
}

TEST_F(PageTest, GuardLandsOnTheGateLog) {
  const auto r = send("POST", "/login", {}, "username=guard1&password=correct+horse+guard");
  EXPECT_EQ(r.header("Location"), "/gate");
}

TEST_F(PageTest, WrongPasswordShowsTheFormAgainWithTheUsernameKept) {
  const auto r = send("POST", "/login", {}, "username=officer1&password=wrong-password");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("Sai tên đăng nhập hoặc mật khẩu"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"officer1\""), std::string::npos);
  EXPECT_TRUE(r.header("Set-Cookie").empty());
}

TEST_F(PageTest, MissingPasswordNamesTheField) {
  const auto r = send("POST", "/login", {}, "username=officer1&password=");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Mật khẩu: bắt buộc nhập"), std::string::npos);
}

TEST_F(PageTest, RepeatedFailuresAreThrottled) {
  Response r;
  for (int i = 0; i < 30 && r.status != 429; ++i) r = send("POST", "/login", {}, "username=officer1&password=nope-nope-nope");
  EXPECT_EQ(r.status, 429);
  EXPECT_FALSE(r.header("Retry-After").empty());
}

TEST_F(PageTest, PageWithoutSessionRedirectsToLoginWithNext) {
  const auto r = send("GET", "/incidents?state=open");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), "/login?next=/incidents%3Fstate%3Dopen");
}

TEST_F(PageTest, LogoutEndsTheSession) {
  const auto [cookie, csrf] = sign_in(Role::officer);
  const auto r = send("POST", "/logout", cookie, "csrf_token=" + form_value(csrf));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), "/login");
  EXPECT_NE(r.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(send("GET", "/", cookie).status, 303);
}

TEST_F(PageTest, FormPostWithoutOrWithWrongCsrfTokenIsRefused) {
  const auto [cookie, csrf] = sign_in(Role::officer);
  const auto missing = send("POST", "/logout", cookie, "");
  EXPECT_EQ(missing.status, 403);
  EXPECT_NE(missing.body.find("CSRF"), std::string::npos);
  const auto wrong = send("POST", "/logout", cookie, "csrf_token=not-the-token");
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(send("GET", "/", cookie).status, 200);  // still signed in
}

TEST_F(PageTest, StaticFilesAreCachedAndTyped) {
  const auto css = send("GET", "/static/app.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(css.header("Cache-Control"), "public, max-age=86400");
  EXPECT_EQ(send("GET", "/static/app.js").header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(send("GET", "/static/layout.html").status, 404);
  EXPECT_EQ(send("GET", "/static/nothing.css").status, 404);
}

TEST_F(PageTest, PagesUseNoInlineScriptAndNoExternalAssets) {
  const auto r = get_as(Role::officer, "/");
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
  EXPECT_EQ(r.body.find("http://"), std::string::npos);
  EXPECT_EQ(r.body.find("https://"), std::string::npos);
  EXPECT_NE(r.body.find("name=\"viewport\""), std::string::npos);
}

TEST_F(PageTest, SignedInPagesSwitchLanguageAndKeepTheQuery) {
  const auto r = get_as(Role::officer, "/incidents?state=open&lang=en");
  EXPECT_NE(r.body.find("<h1 id=\"page-title\">Incidents</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/incidents?state=open&amp;lang=vi\""), std::string::npos);
  EXPECT_EQ(r.header("Set-Cookie").substr(0, 16), "camtrack_lang=en");
}

TEST_F(PageTest, UnknownActionIsNotFound) {
  const auto id = open_incident("CAM-GATE-01");
  EXPECT_EQ(post_as(Role::admin, "/incidents/" + std::to_string(id) + "/delete", "").status, 404);
  EXPECT_EQ(post_as(Role::admin, "/incidents/999/note", "text=x").status, 404);
}

}  // namespace
}  // namespace camtrack::web::testing
