// `camtrack demo` and `camtrack serve` as a user runs them: they start, answer /healthz, stop cleanly on
// SIGINT/SIGTERM, keep their database across runs, and refuse bad settings with one clear line.
#include <gtest/gtest.h>

#include <csignal>
#include <regex>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "http_client.hpp"
#include "process.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack {
namespace {

using namespace std::chrono_literals;
using testing::BackgroundProcess;
using testing::TempDir;

// Reads the port from the "Web UI: http://127.0.0.1:PORT/" line the demo prints.
unsigned short announced_port(const std::string& out) {
  std::smatch match;
  if (!std::regex_search(out, match, std::regex(R"(Web UI: +http://127\.0\.0\.1:(\d+)/)"))) return 0;
  return static_cast<unsigned short>(std::stoi(match[1]));
}

std::int64_t count_audit(const std::filesystem::path& db_file, const std::string& action) {
  auto db = store::Database::open(db_file);
  auto stmt = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?1");
  stmt.bind(1, action);
  stmt.step();
  return stmt.int64(0);
}

TEST(Demo, StartAnswerHealthAndStopOnCtrlC) {
  TempDir dir;
  for (int run = 1; run <= 2; ++run) {
    BackgroundProcess demo(CAMTRACK_BINARY, {"demo", "--listen", "127.0.0.1:0", "--dir", (dir / "var").string()});
    ASSERT_TRUE(demo.wait_for_output("Press Ctrl-C", 60s)) << demo.out() << demo.err();
    const auto port = announced_port(demo.out());
    ASSERT_NE(port, 0) << demo.out();
    const auto health = testing::http_get(port, "/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_NE(health.body.find("\"ok\""), std::string::npos) << health.body;
    EXPECT_EQ(testing::http_get(port, "/metrics").status, 200);
    const auto landing = testing::http_get(port, "/");
    EXPECT_EQ(landing.status, 303);  // the dashboard asks for a login first
    EXPECT_EQ(landing.header("Location"), "/login?next=/");
    const auto login = testing::http_get(port, "/login");
    EXPECT_EQ(login.status, 200);
    EXPECT_NE(login.body.find("Đăng nhập"), std::string::npos) << login.body;
    demo.signal(SIGINT);
    EXPECT_EQ(demo.wait(20s), 0) << demo.err();
    EXPECT_EQ(count_audit(dir / "var" / "camtrack.db", "service.started"), run) << "the second run must resume";
  }
  struct stat key {};
  ASSERT_EQ(::stat((dir / "var" / "secret.key").c_str(), &key), 0);
  EXPECT_EQ(key.st_mode & 0777, 0600u);
  EXPECT_EQ(key.st_size, 32);
}

TEST(Demo, SignInWithGivenAdminPasswordAndPrintOtherAccounts) {
  TempDir dir;
  BackgroundProcess demo(CAMTRACK_BINARY, {"demo", "--listen", "127.0.0.1:0", "--dir", (dir / "var").string(),
                                           "--admin-password", "correct-horse-battery"});
  ASSERT_TRUE(demo.wait_for_output("Press Ctrl-C", 60s)) << demo.out() << demo.err();
  const auto port = announced_port(demo.out());
  for (const char* role : {"officer", "technician", "guard", "liaison"}) {
    EXPECT_TRUE(std::regex_search(demo.out(), std::regex(std::string(role) + R"( +[A-Za-z0-9]{16}\n)")))
        << role << " missing from:\n" << demo.out();
  }
  const std::vector<std::pair<std::string, std::string>> json{{"Content-Type", "application/json"}};
  const auto good = testing::http_request(port, "POST", "/api/v1/login", json,
                                          R"({"username":"admin","password":"correct-horse-battery"})");
  EXPECT_EQ(good.status, 200) << good.body;
  EXPECT_NE(good.header("Set-Cookie").find("HttpOnly"), std::string::npos) << good.header("Set-Cookie");
  EXPECT_NE(good.body.find("csrf_token"), std::string::npos) << good.body;
  const auto bad = testing::http_request(port, "POST", "/api/v1/login", json,
                                         R"({"username":"admin","password":"wrong-password-here"})");
  EXPECT_EQ(bad.status, 401) << bad.body;
  EXPECT_EQ(testing::http_get(port, "/api/v1/me").status, 401);
  demo.signal(SIGINT);
  EXPECT_EQ(demo.wait(20s), 0) << demo.err();
}

TEST(Demo, RefuseTooShortAdminPassword) {
  TempDir dir;
  const auto r = testing::run_camtrack({"demo", "--listen", "127.0.0.1:0", "--dir", (dir / "var").string(),
                                        "--admin-password", "short"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--admin-password"), std::string::npos) << r.err;
}

TEST(Demo, RefuseBadListenAddress) {
  const auto r = testing::run_camtrack({"demo", "--listen", "localhost"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("--listen"), std::string::npos) << r.err;
}

// A site config with everything under dir and the given listen address.
void write_site_config(const TempDir& dir, const std::string& listen) {
  testing::write_file(dir / "camtrack.toml", "[database]\npath = \"" + (dir / "data" / "site.db").string() +
                                                 "\"\n[secrets]\nkey_file = \"" + (dir / "data" / "key").string() +
                                                 "\"\n[smtp]\nmail_dir = \"" + (dir / "mail").string() +
                                                 "\"\n[web]\nlisten = \"" + listen + "\"\n");
}

// A port that was free a moment ago (a real site names its port: serve refuses port 0).
unsigned short free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

TEST(Serve, ServeConfiguredSiteAndStopOnSigterm) {
  TempDir dir;
  const auto port = free_port();
  write_site_config(dir, "127.0.0.1:" + std::to_string(port));
  BackgroundProcess serve(CAMTRACK_BINARY, {"serve", "--config", (dir / "camtrack.toml").string()});
  ASSERT_TRUE(serve.wait_for_output("serving on", 60s)) << serve.err();
  EXPECT_EQ(testing::http_get(port, "/healthz").status, 200);
  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(20s), 0) << serve.err();
  EXPECT_TRUE(std::filesystem::exists(dir / "data" / "site.db"));
}

TEST(Serve, RefuseInvalidConfigWithoutCreatingAnything) {
  TempDir dir;
  write_site_config(dir, "127.0.0.1:0");
  const auto r = testing::run_camtrack({"serve", "--config", (dir / "camtrack.toml").string()});
  EXPECT_EQ(r.exit_code, 78) << r.err;
  EXPECT_NE(r.err.find("web.listen"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "data")) << "nothing may be created on bad config";
}

TEST(Serve, RefuseWorldReadableKeyFile) {
  TempDir dir;
  testing::write_file(dir / "key", std::string(32, 'k'));
  ::chmod((dir / "key").c_str(), 0644);
  testing::write_file(dir / "camtrack.toml", "[database]\npath = \"" + (dir / "site.db").string() +
                                                 "\"\n[secrets]\nkey_file = \"" + (dir / "key").string() +
                                                 "\"\n[smtp]\nmail_dir = \"" + (dir / "mail").string() +
                                                 "\"\n[web]\nlisten = \"127.0.0.1:1\"\n");
  const auto r = testing::run_camtrack({"serve", "--config", (dir / "camtrack.toml").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("chmod 600"), std::string::npos) << r.err;
}

TEST(Serve, ReportBusyPort) {
  TempDir dir;
  BackgroundProcess first(CAMTRACK_BINARY, {"demo", "--listen", "127.0.0.1:0", "--dir", (dir / "a").string()});
  ASSERT_TRUE(first.wait_for_output("Press Ctrl-C", 60s)) << first.err();
  const auto port = announced_port(first.out());
  const auto r = testing::run_camtrack({"demo", "--listen", "127.0.0.1:" + std::to_string(port), "--dir",
                                        (dir / "b").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("web server"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace camtrack
