#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "web/router.hpp"

namespace camtrack::web {
namespace {

Request request(std::string method, std::string target) {
  Request r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.remote_address = "127.0.0.1";
  return r;
}

Router sample_router() {
  Router router;
  router.get("/hello", [](const Request&) { return text_response(200, "hi"); });
  router.get("/items/{id}", [](const Request& r) { return text_response(200, std::string(r.param("id"))); });
  router.post("/items", [](const Request&) { return text_response(201, "made"); });
  router.get("/boom", [](const Request&) -> Response { throw std::runtime_error("secret detail"); });
  return router;
}

TEST(Router, DispatchesByMethodAndPath) {
  const auto router = sample_router();
  std::string route;
  const auto response = router.handle(request("GET", "/hello?x=1"), &route);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "hi");
  EXPECT_EQ(route, "/hello");
}

TEST(Router, FillsPathParameters) {
  const auto response = sample_router().handle(request("GET", "/items/42"));
  EXPECT_EQ(response.body, "42");
}

TEST(Router, AnswersJson404ForUnknownPath) {
  std::string route;
  const auto response = sample_router().handle(request("GET", "/nope"), &route);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.header("content-type"), "application/json");
  EXPECT_EQ(route, "unmatched");
  EXPECT_TRUE(nlohmann::json::parse(response.body).contains("error"));
}

TEST(Router, Answers405WithAllowForWrongMethod) {
  const auto response = sample_router().handle(request("DELETE", "/items"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("Allow"), "POST");
}

TEST(Router, AnswersHeadWithTheGetHandler) {
  EXPECT_EQ(sample_router().handle(request("HEAD", "/hello")).status, 200);
}

TEST(Router, TurnsAThrowingHandlerInto500WithoutDetails) {
  const auto response = sample_router().handle(request("GET", "/boom"));
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("secret"), std::string::npos);
}

TEST(Router, AddsSecurityHeadersToEveryResponse) {
  for (const auto* target : {"/hello", "/nope"}) {
    const auto response = sample_router().handle(request("GET", target));
    EXPECT_NE(response.header("Content-Security-Policy").find("default-src 'self'"), std::string_view::npos);
    EXPECT_NE(response.header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string_view::npos);
    EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(response.header("Cache-Control"), "no-store");
  }
}

TEST(Request, ReadsCookiesQueryAndHeadersCaseInsensitively) {
  auto r = request("GET", "/x?state=open&name=a%20b+c");
  r.headers = {{"cookie", "a=1; camtrack_session=abc ; b=2"}, {"X-Thing", "v"}};
  EXPECT_EQ(r.cookie("camtrack_session"), "abc");
  EXPECT_EQ(r.cookie("missing"), "");
  EXPECT_EQ(r.query_param("state"), "open");
  EXPECT_EQ(r.query_param("name"), "a b c");
  EXPECT_EQ(r.header("x-thing"), "v");
  EXPECT_EQ(r.path(), "/x");
}

TEST(JsonError, CarriesMessageAndField) {
  const auto response = json_error(400, "username is required", "username");
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(body["error"], "username is required");
  EXPECT_EQ(body["field"], "username");
  EXPECT_TRUE(nlohmann::json::parse(json_error(404, "x").body)["field"].is_null());
}

}  // namespace
}  // namespace camtrack::web
