// Configuration: defaults, file values, environment secrets, and every validation error by key.
#include <gtest/gtest.h>

#include <algorithm>

#include "config/load_config.hpp"
#include "config/validate_config.hpp"
#include "temp_dir.hpp"

namespace camtrack::app {
namespace {

ConfigResult parse(const std::string& text, const Environment& env = {}) {
  return parse_config(text, "camtrack.toml", env);
}

bool has_error(const ConfigResult& r, const std::string& key, const std::string& fragment = "") {
  return std::any_of(r.errors.begin(), r.errors.end(), [&](const ConfigError& e) {
    return e.key == key && e.problem.find(fragment) != std::string::npos;
  });
}

std::string all(const ConfigResult& r) { return format_errors("camtrack.toml", r.errors); }

TEST(LoadConfig, UseDefaultsWhenFileIsEmpty) {
  const auto r = parse("");
  ASSERT_TRUE(r.ok()) << all(r);
  EXPECT_EQ(r.config.web.listen, "127.0.0.1:8080");
  EXPECT_EQ(r.config.database.path, "var/camtrack.db");
  EXPECT_EQ(r.config.calendar.kind, "state");
  EXPECT_EQ(r.config.calendar.clock_anchor, "detected");
  EXPECT_EQ(r.config.monitor.interval_seconds, 60);
  EXPECT_EQ(r.config.monitor.recording_interval_seconds, 3600);
  EXPECT_EQ(r.config.monitor.events_interval_seconds, 60);
  EXPECT_TRUE(r.config.monitor.enabled);
}

TEST(LoadConfig, ReadValuesFromFile) {
  const auto r = parse(R"(
[site]
enterprise_name = "Công ty TNHH Điện tử Sao Việt"
tax_code = "3701234567"
customs_emails = ["hq.kv2@customs.gov.vn", "doi.giamsat@customs.gov.vn"]
[web]
listen = "0.0.0.0:9090"
[calendar]
kind = "enterprise"
)");
  ASSERT_TRUE(r.ok()) << all(r);
  EXPECT_EQ(r.config.site.enterprise_name, "Công ty TNHH Điện tử Sao Việt");
  EXPECT_EQ(r.config.site.customs_emails.size(), 2u);
  EXPECT_EQ(r.config.web.listen, "0.0.0.0:9090");
  EXPECT_EQ(r.config.calendar.kind, "enterprise");
}

TEST(LoadConfig, MonitorCanBeSwitchedOff) {
  const auto r = parse("[monitor]\nenabled = false\n");
  EXPECT_TRUE(r.errors.empty()) << all(r);
  EXPECT_FALSE(r.config.monitor.enabled);
  EXPECT_FALSE(parse("[monitor]\nenabled = \"no\"\n").errors.empty());
}

TEST(LoadConfig, ShippedExampleIsValid) {
  const auto r = load_config(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "camtrack.example.toml", {});
  EXPECT_TRUE(r.ok()) << all(r);
}

TEST(LoadConfig, ListEveryErrorAtOnce) {
  const auto r = parse(R"(
[web]
listen = "8080"
[log]
level = "loud"
[calendar]
kind = "lunar"
clock_anchor = "noon"
[monitor]
interval_seconds = 2
recording_interval_seconds = 0
events_interval_seconds = 3
)");
  EXPECT_TRUE(has_error(r, "web.listen", "host:port")) << all(r);
  EXPECT_TRUE(has_error(r, "log.level", "one of")) << all(r);
  EXPECT_TRUE(has_error(r, "calendar.kind", "\"lunar\"")) << all(r);
  EXPECT_TRUE(has_error(r, "calendar.clock_anchor")) << all(r);
  EXPECT_TRUE(has_error(r, "monitor.interval_seconds", "between 5 and 3600")) << all(r);
  EXPECT_TRUE(has_error(r, "monitor.recording_interval_seconds", "between 5 and 86400")) << all(r);
  EXPECT_TRUE(has_error(r, "monitor.events_interval_seconds", "0 (off) or between 5 and 86400")) << all(r);
  EXPECT_GE(r.errors.size(), 6u);
}

TEST(LoadConfig, EventsCheckTurnedOffWithZero) {
  const auto r = parse("[monitor]\nevents_interval_seconds = 0\n");
  ASSERT_TRUE(r.ok()) << all(r);
  EXPECT_EQ(r.config.monitor.events_interval_seconds, 0);
}

TEST(LoadConfig, ReportUnknownSectionsAndKeys) {
  const auto r = parse("[web]\nlisen = \"127.0.0.1:1\"\n[webb]\nlisten = 1\n");
  EXPECT_TRUE(has_error(r, "web.lisen", "unknown key")) << all(r);
  EXPECT_TRUE(has_error(r, "webb", "unknown section")) << all(r);
}

TEST(LoadConfig, ReportWrongTypes) {
  const auto r = parse("[log]\nlevel = 3\nfile_count = \"five\"\n[site]\ncustoms_emails = \"a@b.vn\"\n");
  EXPECT_TRUE(has_error(r, "log.level", "expected a string, got an integer")) << all(r);
  EXPECT_TRUE(has_error(r, "log.file_count", "expected an integer")) << all(r);
  EXPECT_TRUE(has_error(r, "site.customs_emails", "list")) << all(r);
}

TEST(LoadConfig, ReportSyntaxErrorWithLine) {
  const auto r = parse("[web]\nlisten = \n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].problem.find("line 2"), std::string::npos) << all(r);
}

TEST(LoadConfig, RejectBadEmailsAndTaxCode) {
  const auto r = parse("[site]\ntax_code = \"12ab\"\nemail = \"nobody\"\ncustoms_emails = [\"ok@hq.vn\", \"x y@z\"]\n");
  EXPECT_TRUE(has_error(r, "site.tax_code")) << all(r);
  EXPECT_TRUE(has_error(r, "site.email")) << all(r);
  EXPECT_TRUE(has_error(r, "site.customs_emails[1]")) << all(r);
  EXPECT_FALSE(has_error(r, "site.customs_emails[0]")) << all(r);
}

TEST(LoadConfig, RequireTlsCertAndKeyTogether) {
  EXPECT_TRUE(has_error(parse("[web]\ntls_cert = \"c.pem\"\n"), "web.tls_key"));
  EXPECT_TRUE(parse("[web]\ntls_cert = \"c.pem\"\ntls_key = \"k.pem\"\n").ok());
}

TEST(LoadConfig, RequireSmtpSchemeAndSender) {
  const auto r = parse("[smtp]\nurl = \"http://mail\"\n");
  EXPECT_TRUE(has_error(r, "smtp.url", "smtp://")) << all(r);
  EXPECT_TRUE(has_error(r, "smtp.from")) << all(r);
}

TEST(LoadConfig, RequireTimeoutShorterThanInterval) {
  EXPECT_TRUE(has_error(parse("[monitor]\ninterval_seconds = 10\ntimeout_seconds = 10\n"), "monitor.timeout_seconds"));
}

TEST(LoadConfig, TakeSecretsFromEnvironmentOnly) {
  const auto r = parse("[smtp]\nurl = \"smtp://127.0.0.1:2525\"\nfrom = \"camtrack@dncx.vn\"\n",
                       {{"CAMTRACK_SMTP_PASSWORD", "s3cret"}, {"CAMTRACK_DATABASE", "/tmp/x.db"}});
  ASSERT_TRUE(r.ok()) << all(r);
  EXPECT_EQ(r.config.smtp.password, "s3cret");
  EXPECT_EQ(r.config.database.path, "/tmp/x.db");
  EXPECT_TRUE(has_error(parse("[smtp]\npassword = \"inline\"\n"), "smtp.password", "unknown key"));
}

TEST(LoadConfig, ReadPasswordFileAndReportMissingOne) {
  camtrack::testing::TempDir dir;
  camtrack::testing::write_file(dir / "pw", "from-file\n");
  const auto ok = parse("[smtp]\npassword_file = \"" + (dir / "pw").string() + "\"\n");
  ASSERT_TRUE(ok.ok()) << all(ok);
  EXPECT_EQ(ok.config.smtp.password, "from-file");
  EXPECT_TRUE(has_error(parse("[smtp]\npassword_file = \"/nonexistent/pw\"\n"), "smtp.password_file"));
}

TEST(LoadConfig, ReportMissingFile) {
  const auto r = load_config("/nonexistent/camtrack.toml", {});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].problem, "file not found");
}

TEST(SplitListenAddress, AcceptHostPortAndBracketedIpv6) {
  std::string host;
  unsigned short port = 0;
  ASSERT_TRUE(split_listen_address("127.0.0.1:8080", host, port));
  EXPECT_EQ(host, "127.0.0.1");
  EXPECT_EQ(port, 8080);
  ASSERT_TRUE(split_listen_address("[::1]:443", host, port));
  EXPECT_EQ(host, "::1");
  EXPECT_FALSE(split_listen_address("127.0.0.1:70000", host, port));
  EXPECT_FALSE(split_listen_address("127.0.0.1:0", host, port));
  EXPECT_TRUE(split_listen_address("127.0.0.1:0", host, port, true));
  EXPECT_FALSE(split_listen_address(":80", host, port));
  EXPECT_FALSE(split_listen_address("host:8x", host, port));
}

}  // namespace
}  // namespace camtrack::app
