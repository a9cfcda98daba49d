// Configuration of the notice runtime: [notices] validation, SMTP URL, mail settings, and the PDF the
// mail folder writes beside each letter.
#include <gtest/gtest.h>

#include <algorithm>

#include "config/load_config.hpp"
#include "notices/notice_mail.hpp"
#include "notices/samples.hpp"
#include "runtime/notice_setup.hpp"
#include "runtime/notice_transport.hpp"

namespace camtrack::app {
namespace {

bool has_error(const ConfigResult& r, const std::string& key) {
  return std::any_of(r.errors.begin(), r.errors.end(), [&](const ConfigError& e) { return e.key == key; });
}

TEST(NoticesConfig, DefaultsSendTheAppendixAtOnceAndMailAtEight) {
  const auto r = parse_config("", "camtrack.toml", {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.config.notices.auto_send_appendix_ii);
  EXPECT_EQ(sending_policy(r.config.notices).reminder_interval, std::chrono::hours{4});
  EXPECT_EQ(daily_schedule(r.config.notices).local_time, std::chrono::hours{8});
}

TEST(NoticesConfig, ReadsEveryKey) {
  const auto r = parse_config(R"([notices]
auto_send_appendix_ii = false
reminder_interval_minutes = 30
template_dir = "/etc/camtrack/templates"
daily_status_time = "07:45"
alert_emails = ["huong@songbe.vn"]
)", "camtrack.toml", {});
  ASSERT_TRUE(r.ok()) << format_errors("camtrack.toml", r.errors);
  EXPECT_FALSE(sending_policy(r.config.notices).auto_send_appendix_ii);
  EXPECT_EQ(sending_policy(r.config.notices).reminder_interval, std::chrono::minutes{30});
  EXPECT_EQ(daily_schedule(r.config.notices).local_time, std::chrono::minutes{7 * 60 + 45});
  EXPECT_EQ(r.config.notices.template_dir, "/etc/camtrack/templates");
}

TEST(NoticesConfig, ListsEveryBadValueByKey) {
  const auto r = parse_config(R"([notices]
auto_send_appendix_ii = "yes"
reminder_interval_minutes = 1
daily_status_time = "24:10"
alert_emails = ["not an address"]
)", "camtrack.toml", {});
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r, "notices.auto_send_appendix_ii"));
  EXPECT_TRUE(has_error(r, "notices.reminder_interval_minutes"));
  EXPECT_TRUE(has_error(r, "notices.daily_status_time"));
  EXPECT_TRUE(has_error(r, "notices.alert_emails[0]"));
}

TEST(SmtpSettings, SchemeChoosesSecurityAndDefaultPort) {
  std::string error;
  SmtpConfig c;
  c.url = "smtp://relay.example.vn";
  auto s = smtp_settings(c, error);
  ASSERT_TRUE(s) << error;
  EXPECT_EQ(s->host, "relay.example.vn");
  EXPECT_EQ(s->port, 587);
  EXPECT_EQ(s->security, notices::SmtpConfig::Security::starttls);
  c.url = "smtps://127.0.0.1:2465";
  c.ca_file = "/tmp/ca.pem";
  s = smtp_settings(c, error);
  ASSERT_TRUE(s) << error;
  EXPECT_EQ(s->port, 2465);
  EXPECT_EQ(s->security, notices::SmtpConfig::Security::smtps);
  EXPECT_EQ(s->ca_file, "/tmp/ca.pem");
}

TEST(SmtpSettings, BadPortOrHostIsOneClearError) {
  std::string error;
  SmtpConfig c;
  c.url = "smtp://relay:99999";
  EXPECT_FALSE(smtp_settings(c, error));
  EXPECT_NE(error.find("smtp.url"), std::string::npos);
  c.url = "smtp://user@relay:25";
  EXPECT_FALSE(smtp_settings(c, error));
  c.url = "smtp://:25";
  EXPECT_FALSE(smtp_settings(c, error));
}

TEST(MailSettings, CustomsFromTheSiteDomainFromTheSender) {
  Config config;
  config.smtp.from = "xnk@songbe.vn";
  config.notices.alert_emails = {"huong@songbe.vn"};
  incidents::Site site;
  site.enterprise_name = "Công ty TNHH Điện tử Sông Bé";
  site.customs_unit = "Chi cục Hải quan khu vực XVIII";
  site.customs_emails = {"hq18@customs.test"};
  const auto m = mail_settings(config, site);
  EXPECT_EQ(m.from.address, "xnk@songbe.vn");
  EXPECT_EQ(m.from.display_name, site.enterprise_name);
  ASSERT_EQ(m.customs.size(), 1U);
  EXPECT_EQ(m.customs[0].address, "hq18@customs.test");
  EXPECT_EQ(m.liaison.size(), 1U);
  ASSERT_EQ(m.internal.size(), 1U);
  EXPECT_EQ(m.message_id_domain, "songbe.vn");
  config.smtp.from.clear();
  EXPECT_EQ(mail_settings(config, site).message_id_domain, "camtrack.invalid");
}

TEST(PdfAttachments, TheLetterPdfComesBackDecoded) {
  const auto renderer = notices::Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates");
  notices::MailSettings settings;
  settings.from = {"xnk@songbe.vn", "Sông Bé"};
  settings.customs = {{"hq18@customs.test", ""}};
  const auto m = notices::letter_message(renderer, notices::LetterKind::appendix_ii, notices::sample_site(),
                                         notices::sample_notice(), settings, "incident-42",
                                         std::chrono::sys_seconds{std::chrono::hours{500000}},
                                         incidents::OutboxState::pending);
  const auto pdfs = pdf_attachments(m.bytes);
  ASSERT_EQ(pdfs.size(), 1U);
  EXPECT_EQ(pdfs[0].substr(0, 5), "%PDF-");
  EXPECT_GT(pdfs[0].size(), 10000U);
  EXPECT_TRUE(pdf_attachments("not a mime message").empty());
}

}  // namespace
}  // namespace camtrack::app
