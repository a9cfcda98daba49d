// Mail to a real SMTP server on 127.0.0.1 (aiosmtpd): STARTTLS/SMTPS, AUTH, MIME as received, retries
// while the server is down, and a sender killed mid-send that neither loses nor duplicates a message.
#include <gtest/gtest.h>

#include <csignal>
#include <set>

#include "notices/notice_mail.hpp"
#include "notices/outbox_sender.hpp"
#include "notices/samples.hpp"
#include "notices/smtp_transport.hpp"
#include "smtp_peer.hpp"
#include "store/database.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;
using camtrack::testing::BackgroundProcess;

class SmtpDelivery : public ::testing::Test {
 protected:
  void SetUp() override {
    if (camtrack::testing::run_process("/usr/bin/python3", {"-c", "import aiosmtpd"}).exit_code != 0) {
      GTEST_SKIP() << "python3-aiosmtpd is not installed";
    }
    cert_ = testing::make_certificate(dir_.path());
    settings_.from = {"xnk@songbe.vn", "Công ty TNHH Điện tử Sông Bé"};
    settings_.customs = {{"hq18@customs.test", "Chi cục Hải quan khu vực XVIII"}, {"lanh.dao@customs.test", ""}};
    settings_.message_id_domain = "songbe.vn";
  }

  SmtpConfig config(int port, SmtpConfig::Security security = SmtpConfig::Security::starttls) const {
    SmtpConfig c;
    c.host = "127.0.0.1";
    c.port = port;
    c.security = security;
    c.username = "camtrack";
    c.password = "secret";
    c.ca_file = cert_.cert.string();
    c.connect_timeout = milliseconds{3000};
    c.total_timeout = milliseconds{15000};
    return c;
  }

  incidents::OutboxMessage letter(const std::string& key) const {
    return letter_message(renderer_, LetterKind::appendix_ii, sample_site(), sample_notice(), settings_, key, now_,
                          incidents::OutboxState::pending);
  }

  camtrack::testing::TempDir dir_;
  testing::Certificate cert_;
  MailSettings settings_;
  Renderer renderer_ = Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates");
  sys_seconds now_{sys_days{year{2026} / 3 / 6} + hours{2}};
};

TEST_F(SmtpDelivery, NoticeArrivesOverStartTlsWithAuthRecipientsSubjectPartsAndPdf) {
  testing::SmtpPeer server(dir_ / "received", cert_);
  SmtpTransport transport(config(server.port()));
  const auto result = transport.send(letter("incident-42"));
  ASSERT_EQ(result.kind, SendResult::Kind::delivered) << result.detail;
  const auto saved = server.saved();
  ASSERT_EQ(saved.size(), 1U);
  const auto& m = saved[0];
  EXPECT_EQ(m["mail_from"], "xnk@songbe.vn");
  EXPECT_EQ(m["rcpt_tos"], nlohmann::json({"hq18@customs.test", "lanh.dao@customs.test"}));
  EXPECT_EQ(m["subject"], "Thông báo sự cố hệ thống camera giám sát - Số 07/2026/TB-CAM - Công ty TNHH Điện tử Sông Bé");
  EXPECT_EQ(m["message_id"], "<appendix_ii.incident-42@songbe.vn>");
  EXPECT_EQ(m["from"], "Công ty TNHH Điện tử Sông Bé <xnk@songbe.vn>");
  EXPECT_EQ(m["parts"], nlohmann::json({"multipart/mixed", "multipart/alternative", "text/plain", "text/html",
                                        "application/pdf"}));
  ASSERT_EQ(m["attachments"].size(), 1U);
  EXPECT_EQ(m["attachments"][0]["filename"], "TB-CAM-07-2026.pdf");
  EXPECT_TRUE(m["attachments"][0]["pdf_magic"].get<bool>());
  EXPECT_GT(m["attachments"][0]["size"].get<int>(), 10000);
  EXPECT_NE(m["text"].get<std::string>().find("Kính gửi: Chi cục Hải quan khu vực XVIII"), std::string::npos);
  EXPECT_NE(m["html"].get<std::string>().find("Độc lập - Tự do - Hạnh phúc"), std::string::npos);
}

TEST_F(SmtpDelivery, SmtpsWithImplicitTlsWorksToo) {
  testing::SmtpPeer server(dir_ / "received", cert_, {"--implicit-tls"});
  SmtpTransport transport(config(server.port(), SmtpConfig::Security::smtps));
  const auto result = transport.send(letter("incident-43"));
  EXPECT_EQ(result.kind, SendResult::Kind::delivered) << result.detail;
  EXPECT_EQ(server.saved().size(), 1U);
}

TEST_F(SmtpDelivery, RejectedLoginIsRetriedAndRejectedRecipientFailsForGood) {
  testing::SmtpPeer server(dir_ / "received", cert_, {"--reject", "lanh.dao@customs.test"});
  auto wrong = config(server.port());
  wrong.password = "wrong";
  const auto denied = SmtpTransport(wrong).send(letter("incident-44"));
  EXPECT_EQ(denied.kind, SendResult::Kind::retry) << denied.detail;
  EXPECT_NE(denied.detail.find("authentication rejected"), std::string::npos) << denied.detail;
  const auto rejected = SmtpTransport(config(server.port())).send(letter("incident-44"));
  EXPECT_EQ(rejected.kind, SendResult::Kind::permanent) << rejected.detail;
  EXPECT_NE(rejected.detail.find("550"), std::string::npos) << rejected.detail;
  EXPECT_TRUE(server.saved().empty());
}

TEST_F(SmtpDelivery, ServerDownForAWhileThenUpDeliversExactlyOnce) {
  int port = 0;
  {
    testing::SmtpPeer probe(dir_ / "unused", cert_);
    port = probe.port();
    probe.stop();
  }
  auto db = store::Database::open(dir_ / "camtrack.db");
  store::OutboxStore outbox(db);
  const auto id = outbox.enqueue(letter("incident-45"));
  SmtpTransport transport(config(port));
  sys_seconds clock = now_;
  OutboxSender sender(outbox, transport, [&] { return clock; }, RetryPolicy{seconds{30}, seconds{600}});
  EXPECT_EQ(sender.send_due(), 1);
  EXPECT_EQ(sender.send_due(), 0);  // backing off
  clock += seconds{30};
  EXPECT_EQ(sender.send_due(), 1);
  auto stored = outbox.find(id);
  EXPECT_EQ(stored->state, incidents::OutboxState::pending);
  EXPECT_EQ(stored->attempts, 2);
  EXPECT_EQ(stored->next_attempt_at, clock + seconds{60});
  EXPECT_FALSE(stored->last_error.empty());

  testing::SmtpPeer server(dir_ / "received", cert_, {}, port);
  clock += seconds{60};
  EXPECT_EQ(sender.send_due(), 1);
  clock += hours{5};
  EXPECT_EQ(sender.send_due(), 0);
  EXPECT_EQ(outbox.find(id)->state, incidents::OutboxState::sent);
  ASSERT_EQ(server.saved().size(), 1U);
  EXPECT_EQ(server.saved()[0]["message_id"], "<appendix_ii.incident-45@songbe.vn>");
}

TEST_F(SmtpDelivery, SenderKilledMidSendRepeatedlyLosesNothingAndDuplicatesNothing) {
  const auto db_file = dir_ / "camtrack.db";
  std::set<std::string> expected;
  {
    auto db = store::Database::open(db_file);
    store::OutboxStore outbox(db);
    for (int i = 0; i < 3; ++i) {
      auto m = letter("incident-" + std::to_string(50 + i));
      m.recipients = {"hq18@customs.test"};
      expected.insert(m.message_id);
      outbox.enqueue(m);
    }
  }
  // Each RCPT takes 1.5 s: the sender is killed while the server holds it there, before DATA.
  testing::SmtpPeer server(dir_ / "received", cert_, {"--slow-rcpt", "1.5"});
  const std::vector<std::string> child_args{db_file.string(), std::to_string(server.port()), cert_.cert.string(),
                                            "camtrack", "secret"};
  for (int kill = 1; kill <= 3; ++kill) {
    BackgroundProcess child(NOTICES_SENDER_CHILD, child_args);
    ASSERT_TRUE(server.process().wait_for_output("RCPT " + std::to_string(kill), seconds{20})) << child.err();
    child.signal(SIGKILL);
    EXPECT_EQ(child.wait(seconds{5}), -1);
  }
  EXPECT_TRUE(server.saved().empty());
  BackgroundProcess finisher(NOTICES_SENDER_CHILD, child_args);
  ASSERT_EQ(finisher.wait(seconds{60}), 0) << finisher.err();

  std::multiset<std::string> received;
  for (const auto& m : server.saved()) received.insert(m["message_id"].get<std::string>());
  EXPECT_EQ(received.size(), 3U);
  EXPECT_EQ(std::set<std::string>(received.begin(), received.end()), expected);
  auto db = store::Database::open(db_file);
  store::OutboxStore outbox(db);
  const auto rows = outbox.list(std::nullopt, 10);
  ASSERT_EQ(rows.size(), 3U);
  int attempts = 0;
  for (const auto& r : rows) {
    EXPECT_EQ(r.state, incidents::OutboxState::sent) << r.message_id;
    attempts += r.attempts;
  }
  EXPECT_EQ(attempts, 6);  // three killed attempts on the first message(s), then one each
}

}  // namespace
}  // namespace camtrack::notices
