#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "raw_client.hpp"
#include "web/health.hpp"
#include "web/server.hpp"

namespace camtrack::web {
namespace {

using namespace std::chrono_literals;
using testing::http_request;
using testing::RawClient;

ServerOptions test_options() {
  ServerOptions options;
  options.header_timeout = 500ms;
  options.body_timeout = 500ms;
  options.max_header_bytes = 4096;
  options.max_body_bytes = 1024;
  return options;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Router router;
    add_health_routes(router, {"9.9.9"}, metrics);
    router.post("/echo", [](const Request& r) { return text_response(200, r.body); });
    server = std::make_unique<Server>(std::move(router), test_options(), &metrics);
    const auto started = server->start("127.0.0.1:0");
    ASSERT_TRUE(started) << started.error;
    port = server->port();
    ASSERT_NE(port, 0);
  }

  MetricsRegistry metrics;
  std::unique_ptr<Server> server;
  unsigned short port = 0;
};

TEST_F(ServerTest, AnswersHealthzWithSecurityHeaders) {
  const auto response = http_request(port, "GET", "/healthz");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_NE(response->body.find("\"status\":\"ok\""), std::string::npos);
  EXPECT_NE(response->head.find("Content-Security-Policy: default-src 'self'"), std::string::npos) << response->head;
  EXPECT_NE(response->head.find("X-Content-Type-Options: nosniff"), std::string::npos);
}

TEST_F(ServerTest, RefusesOversizedHeadersWith431) {
  RawClient client(port);
  ASSERT_TRUE(client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(8000, 'a') + "\r\n\r\n"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_TRUE(client.wait_closed(3s));
}

TEST_F(ServerTest, RefusesOversizedBodyWith413) {
  const auto response = http_request(port, "POST", "/echo", std::string(2000, 'b'));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_NE(response->body.find("too large"), std::string::npos);
}

TEST_F(ServerTest, RefusesOversizedChunkedBodyWith413) {
  RawClient client(port);
  std::string request = "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 3; ++i) request += "200\r\n" + std::string(512, 'c') + "\r\n";
  request += "0\r\n\r\n";
  client.send(request);
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST_F(ServerTest, AcceptsBodyWithinTheLimit) {
  const auto response = http_request(port, "POST", "/echo", "hello");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "hello");
}

TEST_F(ServerTest, ClosesASlowlorisAfterTheHeaderTimeout) {
  RawClient client(port);
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n"));
  // Keep trickling header bytes: the timeout covers the whole header, not each byte.
  for (int i = 0; i < 4; ++i) {
    std::this_thread::sleep_for(100ms);
    client.send("X-A: b\r\n");
  }
  EXPECT_TRUE(client.wait_closed(3s));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GE(elapsed, 400ms);
  EXPECT_LT(elapsed, 2500ms);
  // The stream closes the socket before the handler that counts the timeout runs: give it a moment.
  auto& rejected = metrics.counter("camtrack_http_rejected_total", "");
  for (int i = 0; i < 100 && rejected.value({{"reason", "timeout"}}) < 1; ++i) std::this_thread::sleep_for(10ms);
  EXPECT_GE(rejected.value({{"reason", "timeout"}}), 1);
}

TEST_F(ServerTest, ClosesASlowBodyAfterTheBodyTimeout) {
  RawClient client(port);
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-a-bit"));
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.wait_closed(3s));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2500ms);
}

TEST_F(ServerTest, KeepsTheConnectionAlive) {
  RawClient client(port);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const auto response = client.read_response();
    ASSERT_TRUE(response) << "request " << i;
    EXPECT_EQ(response->status, 200);
  }
}

TEST_F(ServerTest, AnswersHeadWithoutBody) {
  RawClient client(port);
  ASSERT_TRUE(client.send("HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  const auto all = client.read_until_closed(3s);
  EXPECT_EQ(all.substr(0, 12), "HTTP/1.1 200");
  EXPECT_NE(all.find("Content-Length: "), std::string::npos);
  EXPECT_EQ(all.substr(all.find("\r\n\r\n") + 4), "");
}

TEST_F(ServerTest, SendsContinueWhenAsked) {
  RawClient client(port);
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n"));
  const auto interim = client.read_response();
  ASSERT_TRUE(interim);
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(client.send("abc"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->body, "abc");
}

TEST_F(ServerTest, AnswersMalformedRequestWith400) {
  RawClient client(port);
  ASSERT_TRUE(client.send("GARBAGE\r\n\r\n"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
}

TEST_F(ServerTest, ServesConcurrentClientsAndCountsThem) {
  constexpr int clients = 16;
  constexpr int requests = 10;
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      RawClient client(port);
      for (int i = 0; i < requests; ++i) {
        if (!client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")) return;
        const auto response = client.read_response();
        if (response && response->status == 200) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), clients * requests);
  const auto counted = metrics.counter("camtrack_http_requests_total", "")
                           .value({{"method", "GET"}, {"route", "/healthz"}, {"status", "200"}});
  EXPECT_EQ(counted, clients * requests);
  const auto page = http_request(port, "GET", "/metrics");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("camtrack_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 160"),
            std::string::npos)
      << page->body;
}

TEST_F(ServerTest, StopClosesTheListenerAndOpenConnections) {
  RawClient idle(port);
  server->stop();
  EXPECT_FALSE(server->running());
  EXPECT_TRUE(idle.wait_closed(2s));
  EXPECT_FALSE(testing::can_connect(port));
  server->stop();  // idempotent
}

TEST(Server, ReportsBadListenAddressAsData) {
  Server server{Router{}};
  const auto result = server.start("localhost-ish:80");
  EXPECT_FALSE(result);
  EXPECT_NE(result.error.find("not an IP address"), std::string::npos) << result.error;
  EXPECT_FALSE(server.start("127.0.0.1:99999"));
  EXPECT_FALSE(server.start("127.0.0.1"));
}

TEST(Server, ReportsPortInUseAsData) {
  Server first{Router{}};
  ASSERT_TRUE(first.start("127.0.0.1:0"));
  Server second{Router{}};
  const auto result = second.start("127.0.0.1:" + std::to_string(first.port()));
  EXPECT_FALSE(result);
  EXPECT_NE(result.error.find("bind"), std::string::npos) << result.error;
}

TEST(Server, ReportsMissingCertificateAsData) {
  ServerOptions options;
  options.tls = TlsOptions{"/nonexistent/cert.pem", "/nonexistent/key.pem"};
  Server server{Router{}, options};
  const auto result = server.start("127.0.0.1:0");
  EXPECT_FALSE(result);
  EXPECT_NE(result.error.find("/nonexistent/cert.pem"), std::string::npos) << result.error;
}

}  // namespace
}  // namespace camtrack::web
