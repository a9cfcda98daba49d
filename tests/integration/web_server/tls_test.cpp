#include <gtest/gtest.h>

#include <filesystem>

#include "process.hpp"
#include "temp_dir.hpp"
#include "web/health.hpp"
#include "web/server.hpp"

namespace camtrack::web {
namespace {

bool have(const char* program) {
  return std::filesystem::exists(std::string("/usr/bin/") + program);
}

TEST(ServerTls, ServesHttpsWithAConfiguredCertificate) {
  if (!have("openssl") || !have("curl")) GTEST_SKIP() << "needs /usr/bin/openssl and /usr/bin/curl";
  camtrack::testing::TempDir dir;
  const auto cert = (dir / "cert.pem").string();
  const auto key = (dir / "key.pem").string();
  const auto made = camtrack::testing::run_process(
      "openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                  "-subj", "/CN=127.0.0.1"});
  ASSERT_EQ(made.exit_code, 0) << made.err;

  MetricsRegistry metrics;
  Router router;
  add_health_routes(router, {"tls"}, metrics);
  router.get("/secure", [](const Request& r) { return text_response(200, r.secure ? "secure" : "plain"); });
  ServerOptions options;
  options.tls = TlsOptions{cert, key};
  Server server(std::move(router), options, &metrics);
  const auto started = server.start("127.0.0.1:0");
  ASSERT_TRUE(started) << started.error;
  const std::string base = "https://127.0.0.1:" + std::to_string(server.port());

  const auto over_tls = camtrack::testing::run_process(
      "curl", {"-sS", "--noproxy", "*", "--max-time", "10", "--cacert", cert, base + "/secure", base + "/healthz"});
  EXPECT_EQ(over_tls.exit_code, 0) << over_tls.err;
  EXPECT_EQ(over_tls.out.substr(0, 6), "secure") << over_tls.out;
  EXPECT_NE(over_tls.out.find("\"status\":\"ok\""), std::string::npos) << over_tls.out;

  const auto plain = camtrack::testing::run_process(
      "curl", {"-sS", "--noproxy", "*", "--max-time", "5", "http://127.0.0.1:" + std::to_string(server.port()) + "/healthz"});
  EXPECT_NE(plain.exit_code, 0) << "plain HTTP must not be answered on the TLS port";
}

}  // namespace
}  // namespace camtrack::web
