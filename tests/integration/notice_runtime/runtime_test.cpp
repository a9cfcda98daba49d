// The notice runtime inside one process, against the real SMTP server: an incident opens → the Appendix
// II reaches customs with its cameras, deadline and PDF and is recorded on the incident; restored → the
// restoration notice; a held Appendix II goes only after an officer approves it; an overdue explanation
// is drafted, then sent once the officer wrote it. Prints the measured delays.
#include <gtest/gtest.h>

#include <cstdio>

#include "notices/vietnamese_format.hpp"
#include "runtime/notice_runtime.hpp"
#include "store/audit_log.hpp"
#include "store/notice_ledger.hpp"
#include "temp_dir.hpp"
#include "test_site.hpp"

namespace camtrack::app::testing {
namespace {

using namespace std::chrono;
using notices::testing::SmtpPeer;

class NoticeRuntimeSmtp : public ::testing::Test {
 protected:
  void SetUp() override {
    if (camtrack::testing::run_process("/usr/bin/python3", {"-c", "import aiosmtpd"}).exit_code != 0) {
      GTEST_SKIP() << "python3-aiosmtpd is not installed";
    }
    cert_ = notices::testing::make_certificate(dir_.path());
    create_site(db_file());
    server_ = std::make_unique<SmtpPeer>(dir_ / "received", cert_);
  }

  std::filesystem::path db_file() const { return dir_ / "camtrack.db"; }

  std::unique_ptr<NoticeRuntime> start(bool auto_send) {
    std::string error;
    auto runtime = NoticeRuntime::start(site_config(db_file(), server_->port(), cert_.cert, auto_send), error);
    EXPECT_TRUE(runtime) << error;
    return runtime;
  }

  std::int64_t open(Incidents& incidents, std::vector<std::string> cameras, sys_seconds detected) {
    const auto opened = incidents.commands.open_incident(
        officer, {incidents::IncidentKind::equipment, "", std::move(cameras), detected, {}}, wall_now());
    EXPECT_TRUE(opened) << opened.refusal().reason;
    return opened ? opened->incident_id : 0;
  }

  // What the server received, without a daily status mail that may fall due during the test.
  std::vector<nlohmann::json> letters() const {
    std::vector<nlohmann::json> out;
    for (auto& m : server_->saved()) {
      if (m["message_id"].get<std::string>().rfind("<daily_status.", 0) != 0) out.push_back(std::move(m));
    }
    return out;
  }

  bool received(std::size_t count, milliseconds timeout = seconds{30}) {
    return eventually([&] { return letters().size() >= count; }, timeout);
  }

  std::vector<store::OutboxEntry> entries(std::int64_t id) {
    auto db = store::Database::open(db_file());
    return store::NoticeLedger(db).entries_for("incident/" + std::to_string(id));
  }

  camtrack::testing::TempDir dir_;
  notices::testing::Certificate cert_;
  std::unique_ptr<SmtpPeer> server_;
};

std::string this_year_number(int n) {
  return notices::notice_number(n, static_cast<int>(notices::local_date_of(wall_now()).year()));
}

TEST_F(NoticeRuntimeSmtp, AppendixIIReachesCustomsAndIsRecordedThenTheRestorationNotice) {
  auto runtime = start(true);
  ASSERT_TRUE(runtime);
  Incidents incidents(db_file());
  const auto started = steady_clock::now();
  const auto id = open(incidents, {"CAM-GATE-01", "CAM-WH-03"}, wall_now());
  runtime->poke(id);
  ASSERT_TRUE(eventually([&] { return !entries(id).empty(); }, seconds{10}));
  const auto enqueued = steady_clock::now();
  ASSERT_TRUE(received(1));
  const auto accepted = steady_clock::now();
  std::printf("[ figures ] incident opened -> Appendix II in the outbox: %lld ms; -> accepted by SMTP: %lld ms\n",
              static_cast<long long>(duration_cast<milliseconds>(enqueued - started).count()),
              static_cast<long long>(duration_cast<milliseconds>(accepted - started).count()));

  const auto detail = incidents.commands.incident_detail(officer, id, wall_now());
  ASSERT_TRUE(detail);
  const auto m = letters()[0];
  EXPECT_EQ(m["message_id"], "<appendix_ii.incident-" + std::to_string(id) + "@songbe.vn>");
  EXPECT_EQ(m["rcpt_tos"], nlohmann::json({"hq18@customs.test"}));
  EXPECT_NE(m["subject"].get<std::string>().find("Số " + this_year_number(1)), std::string::npos) << m["subject"];
  const auto text = m["text"].get<std::string>();
  EXPECT_NE(text.find("CAM-GATE-01 - Cổng chính - làn xe vào"), std::string::npos) << text;
  EXPECT_NE(text.find("CAM-WH-03"), std::string::npos);
  EXPECT_NE(text.find("Cổng ra vào"), std::string::npos);
  EXPECT_NE(text.find("Kính gửi: Chi cục Hải quan khu vực XVIII"), std::string::npos);
  EXPECT_NE(text.find(notices::date_text(detail->incident.deadline.deadline_date)), std::string::npos) << text;
  ASSERT_EQ(m["attachments"].size(), 1U);
  EXPECT_TRUE(m["attachments"][0]["pdf_magic"].get<bool>());
  EXPECT_GT(m["attachments"][0]["size"].get<int>(), 10000);

  // The sent notice is recorded on the incident (mark_notified) with its number.
  ASSERT_TRUE(eventually([&] {
    const auto d = incidents.commands.incident_detail(officer, id, wall_now());
    return d && d->incident.notice.has_value();
  }, seconds{10}));
  const auto notified = incidents.commands.incident_detail(officer, id, wall_now());
  EXPECT_EQ(notified->incident.notice->number, this_year_number(1));
  EXPECT_EQ(notified->incident.state, incidents::IncidentState::notified);

  ASSERT_TRUE(incidents.commands.mark_restored(technician, id, wall_now(), wall_now()));
  runtime->poke(id);
  ASSERT_TRUE(received(2));
  const auto r = letters()[1];
  EXPECT_EQ(r["message_id"], "<restoration.incident-" + std::to_string(id) + "@songbe.vn>");
  EXPECT_NE(r["subject"].get<std::string>().find("đã khắc phục"), std::string::npos) << r["subject"];
  EXPECT_NE(r["text"].get<std::string>().find("Thông báo số " + this_year_number(1)), std::string::npos);
  EXPECT_TRUE(r["attachments"][0]["pdf_magic"].get<bool>());

  // Nothing more to send, however long it runs.
  std::this_thread::sleep_for(seconds{4});
  EXPECT_EQ(letters().size(), 2U);
}

TEST_F(NoticeRuntimeSmtp, IncidentRestoredBeforeTheRuntimeSawItGetsBothLettersInOrder) {
  Incidents incidents(db_file());
  const auto id = open(incidents, {"CAM-YARD-04"}, wall_now());
  ASSERT_TRUE(incidents.commands.mark_restored(technician, id, wall_now(), wall_now()));
  auto runtime = start(true);
  ASSERT_TRUE(runtime);
  ASSERT_TRUE(received(2));
  EXPECT_EQ(letters()[0]["message_id"], "<appendix_ii.incident-" + std::to_string(id) + "@songbe.vn>");
  EXPECT_EQ(letters()[1]["message_id"], "<restoration.incident-" + std::to_string(id) + "@songbe.vn>");
}

TEST_F(NoticeRuntimeSmtp, HeldAppendixIIIsSentOnlyAfterAnOfficerApprovesIt) {
  auto runtime = start(false);
  ASSERT_TRUE(runtime);
  Incidents incidents(db_file());
  const auto id = open(incidents, {"CAM-YARD-01"}, wall_now());
  runtime->poke(id);
  ASSERT_TRUE(eventually([&] { return !entries(id).empty(); }, seconds{10}));
  EXPECT_EQ(entries(id)[0].state, incidents::OutboxState::held);
  std::this_thread::sleep_for(seconds{4});  // more than one scan: still nothing sent
  EXPECT_TRUE(letters().empty());

  EXPECT_EQ(runtime->approve_appendix_ii(guard, id), ApprovalResult::forbidden);
  EXPECT_EQ(runtime->approve_appendix_ii(officer, id + 1000), ApprovalResult::not_held);
  EXPECT_TRUE(letters().empty());
  EXPECT_EQ(runtime->approve_appendix_ii(officer, id), ApprovalResult::released);
  ASSERT_TRUE(received(1));
  EXPECT_EQ(letters()[0]["message_id"], "<appendix_ii.incident-" + std::to_string(id) + "@songbe.vn>");
  EXPECT_EQ(runtime->approve_appendix_ii(officer, id), ApprovalResult::not_held);

  // Restored while its Appendix II waited: the restoration notice waited behind it, then both went.
  const auto second = open(incidents, {"CAM-YARD-05"}, wall_now());
  ASSERT_TRUE(incidents.commands.mark_restored(technician, second, wall_now(), wall_now()));
  runtime->poke(second);
  ASSERT_TRUE(eventually([&] { return entries(second).size() == 2; }, seconds{10}));
  std::this_thread::sleep_for(seconds{1});
  EXPECT_EQ(letters().size(), 1U);
  EXPECT_EQ(runtime->approve_appendix_ii(officer, second), ApprovalResult::released);
  ASSERT_TRUE(received(3));
  EXPECT_EQ(letters()[1]["message_id"], "<appendix_ii.incident-" + std::to_string(second) + "@songbe.vn>");
  EXPECT_EQ(letters()[2]["message_id"], "<restoration.incident-" + std::to_string(second) + "@songbe.vn>");

  auto db = store::Database::open(db_file());
  bool audited = false;
  for (const auto& row : store::AuditLog(db).list(0, 1000)) {
    audited = audited || (row.record.action == "notice.approved" && row.record.actor == "huong" &&
                          row.record.subject == "incident/" + std::to_string(id));
  }
  EXPECT_TRUE(audited);
  std::this_thread::sleep_for(seconds{1});
  EXPECT_EQ(letters().size(), 3U);
}

TEST_F(NoticeRuntimeSmtp, OverdueExplanationIsDraftedThenSentOnceTheOfficerWroteIt) {
  auto runtime = start(true);
  ASSERT_TRUE(runtime);
  Incidents incidents(db_file());
  // Detected 30 days ago: the 10 working days are over.
  const auto id = open(incidents, {"CAM-YARD-02"}, wall_now() - days{30});
  runtime->poke(id);
  ASSERT_TRUE(received(1));  // the Appendix II
  ASSERT_TRUE(eventually([&] {
    for (const auto& e : entries(id)) {
      if (e.kind == "overdue_explanation") return e.state == incidents::OutboxState::held;
    }
    return false;
  }, seconds{10}));
  std::this_thread::sleep_for(seconds{4});
  EXPECT_EQ(letters().size(), 1U);  // the draft waits for the reason and the date

  const auto expected = notices::local_date_of(wall_now() + days{5});
  ASSERT_TRUE(incidents.commands.explain_overdue(officer, id, "Nhà cung cấp chưa giao bộ nguồn PoE thay thế", expected,
                                              wall_now()));
  runtime->poke(id);
  ASSERT_TRUE(received(2));
  const auto m = letters()[1];
  EXPECT_EQ(m["message_id"], "<overdue_explanation.incident-" + std::to_string(id) + "@songbe.vn>");
  const auto text = m["text"].get<std::string>();
  EXPECT_NE(text.find("Nhà cung cấp chưa giao bộ nguồn PoE thay thế"), std::string::npos) << text;
  EXPECT_NE(text.find(notices::date_text(expected)), std::string::npos);
  EXPECT_NE(text.find("Thông báo số " + this_year_number(1)), std::string::npos);
  EXPECT_NE(m["subject"].get<std::string>().find(this_year_number(2)), std::string::npos);
  EXPECT_TRUE(m["attachments"][0]["pdf_magic"].get<bool>());
}

TEST_F(NoticeRuntimeSmtp, DailyStatusGoesOnceAWorkingDayAcrossRestarts) {
  const auto today = notices::local_date_of(wall_now());
  if (!state_calendar().is_working_day(today)) GTEST_SKIP() << "today is not a working day in Vietnam";
  Incidents incidents(db_file());
  open(incidents, {"CAM-GATE-01"}, wall_now());
  auto config = site_config(db_file(), server_->port(), cert_.cert, false);
  config.notices.daily_status_time = "00:00";  // due since midnight, Vietnam time
  const std::string id = "<daily_status." + notices::iso_date(today) + "@songbe.vn>";
  const auto dailies = [&] {
    std::vector<nlohmann::json> out;
    for (auto& m : server_->saved()) {
      if (m["message_id"] == id) out.push_back(std::move(m));
    }
    return out;
  };
  for (int run = 0; run < 2; ++run) {
    std::string error;
    auto runtime = NoticeRuntime::start(config, error);
    ASSERT_TRUE(runtime) << error;
    ASSERT_TRUE(eventually([&] { return !dailies().empty(); }, seconds{30}));
    std::this_thread::sleep_for(seconds{4});
  }
  const auto mails = dailies();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(mails[0]["rcpt_tos"], nlohmann::json({"hq18@customs.test"}));
  EXPECT_NE(mails[0]["subject"].get<std::string>().find("1 sự cố đang mở"), std::string::npos) << mails[0]["subject"];
  EXPECT_NE(mails[0]["text"].get<std::string>().find("CAM-GATE-01"), std::string::npos);
}

TEST_F(NoticeRuntimeSmtp, WithoutSmtpEachLetterIsAnEmlFileWithItsPdfBesideIt) {
  auto config = site_config(db_file(), server_->port(), cert_.cert, true);
  config.smtp.url.clear();
  config.smtp.mail_dir = (dir_ / "mail").string();
  std::string error;
  auto runtime = NoticeRuntime::start(config, error);
  ASSERT_TRUE(runtime) << error;
  Incidents incidents(db_file());
  const auto id = open(incidents, {"CAM-YARD-03"}, wall_now());
  runtime->poke(id);
  const auto base = dir_ / "mail" / ("appendix_ii.incident-" + std::to_string(id) + "@songbe.vn");
  const auto eml = std::filesystem::path(base.string() + ".eml");
  const auto pdf = std::filesystem::path(base.string() + ".pdf");
  ASSERT_TRUE(eventually([&] { return std::filesystem::exists(eml); }, seconds{30}));
  ASSERT_TRUE(std::filesystem::exists(pdf));
  const auto pdf_bytes = camtrack::testing::read_file(pdf);
  EXPECT_EQ(pdf_bytes.substr(0, 5), "%PDF-");
  EXPECT_GT(pdf_bytes.size(), 10000U);
  EXPECT_NE(camtrack::testing::read_file(eml).find("Message-ID: <appendix_ii.incident-" + std::to_string(id)),
            std::string::npos);
  EXPECT_TRUE(letters().empty());  // nothing went to the SMTP server
}

}  // namespace
}  // namespace camtrack::app::testing
