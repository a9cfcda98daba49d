#include <gtest/gtest.h>

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>

#include <sstream>

#include "notices/mime.hpp"
#include "notices/notice_mail.hpp"
#include "notices/samples.hpp"

namespace camtrack::notices {
namespace {

TEST(Mime, ComposesUtf8SubjectAlternativeBodyAndAttachmentWithTheGivenMessageId) {
  MailContent mail;
  mail.from = {"xnk@songbe.vn", "Công ty Sông Bé"};
  mail.to = {{"haiquan@customs.gov.vn", "Chi cục Hải quan khu vực XVIII"}, {"b@customs.gov.vn", ""}};
  mail.subject = "Thông báo sự cố hệ thống camera giám sát - Số 07/2026/TB-CAM";
  mail.text = "Kính gửi: Chi cục";
  mail.html = "<p>Kính gửi: Chi cục</p>";
  mail.attachments.push_back({"TB-CAM-07-2026.pdf", "application/pdf", std::string("%PDF-1.5\0\x01\xff", 11)});
  mail.message_id = make_message_id("appendix_ii", "incident-42", "songbe.vn");
  mail.date = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::year{2026} / 3 / 6}};
  const auto bytes = compose_mime(mail);

  EXPECT_NE(bytes.find("Message-ID: <appendix_ii.incident-42@songbe.vn>\r\n"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find("Subject: =?UTF-8?"), std::string::npos);
  EXPECT_NE(bytes.find("multipart/mixed"), std::string::npos);
  EXPECT_NE(bytes.find("multipart/alternative"), std::string::npos);
  EXPECT_NE(bytes.find("Content-Type: application/pdf"), std::string::npos);
  EXPECT_NE(bytes.find("Date: Fri, 6 Mar 2026 00:00:00"), std::string::npos) << bytes.substr(0, 600);
  EXPECT_EQ(bytes.find("Công"), std::string::npos) << "non-ASCII must be encoded";

  Poco::Net::MailMessage parsed;
  std::istringstream in(bytes);
  parsed.read(in);
  EXPECT_EQ(parsed.get("Message-ID"), "<appendix_ii.incident-42@songbe.vn>");
  EXPECT_TRUE(parsed.isMultipart());
  // The same content composes to the same bytes, apart from the random MIME boundaries.
  EXPECT_EQ(compose_mime(mail).size(), bytes.size());
}

TEST(Mime, LetterMessageCarriesNumberRecipientsAndStableIdentity) {
  const auto renderer = Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates");
  MailSettings settings;
  settings.from = {"xnk@songbe.vn", "Sông Bé"};
  settings.customs = {{"hq18@customs.gov.vn", ""}};
  settings.message_id_domain = "songbe.vn";
  const std::chrono::sys_seconds now{std::chrono::sys_days{std::chrono::year{2026} / 3 / 6}};
  const auto m = letter_message(renderer, LetterKind::appendix_ii, sample_site(), sample_notice(), settings,
                                "incident-42", now, incidents::OutboxState::held);
  EXPECT_EQ(m.message_id, "<appendix_ii.incident-42@songbe.vn>");
  EXPECT_EQ(m.notice_number, "07/2026/TB-CAM");
  EXPECT_EQ(m.recipients, std::vector<std::string>{"hq18@customs.gov.vn"});
  EXPECT_EQ(m.state, incidents::OutboxState::held);
  EXPECT_NE(m.bytes.find("filename=TB-CAM-07-2026.pdf"), std::string::npos);
  EXPECT_EQ(pdf_file_name("07/2026/TB-CAM"), "TB-CAM-07-2026.pdf");
  const auto daily = daily_status_message(renderer, sample_site(), sample_daily_status(), settings, now);
  EXPECT_EQ(daily.subject_ref, "daily/2026-03-06");
  EXPECT_EQ(daily.message_id, "<daily_status.2026-03-06@songbe.vn>");
}

}  // namespace
}  // namespace camtrack::notices
