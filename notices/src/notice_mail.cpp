#include "notices/notice_mail.hpp"

#include "notices/pdf.hpp"
#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {
namespace {

const char* kind_id(LetterKind kind) {
  switch (kind) {
    case LetterKind::appendix_ii: return "appendix_ii";
    case LetterKind::overdue_explanation: return "overdue_explanation";
    case LetterKind::restoration: return "restoration";
  }
  return "letter";
}

incidents::OutboxMessage to_outbox(const MailContent& mail, std::string kind, std::string subject_ref,
                                   std::chrono::sys_seconds now, incidents::OutboxState state) {
  incidents::OutboxMessage m;
  m.message_id = mail.message_id;
  m.kind = std::move(kind);
  m.subject_ref = std::move(subject_ref);
  m.mail_from = mail.from.address;
  for (const auto& r : mail.to) m.recipients.push_back(r.address);
  m.subject = mail.subject;
  m.bytes = compose_mime(mail);
  m.state = state;
  m.created_at = now;
  m.next_attempt_at = now;
  return m;
}

MailContent content_of(const RenderedMail& rendered, const MailAddress& from, const std::vector<MailAddress>& to,
                       std::string message_id, std::chrono::sys_seconds now) {
  MailContent mail;
  mail.from = from;
  mail.to = to;
  mail.subject = rendered.subject;
  mail.text = rendered.text;
  mail.html = rendered.html;
  mail.message_id = std::move(message_id);
  mail.date = now;
  return mail;
}

}  // namespace

std::string pdf_file_name(const std::string& notice_number) {
  // "07/2026/TB-CAM" → "TB-CAM-07-2026.pdf"
  const auto first = notice_number.find('/');
  const auto second = notice_number.find('/', first == std::string::npos ? 0 : first + 1);
  if (first == std::string::npos || second == std::string::npos) return "thong-bao.pdf";
  std::string name = notice_number.substr(second + 1) + "-" + notice_number.substr(0, first) + "-" +
                     notice_number.substr(first + 1, second - first - 1) + ".pdf";
  for (auto& c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) c = '-';
  }
  return name;
}

incidents::OutboxMessage letter_message(const Renderer& renderer, LetterKind kind, const SiteInfo& site,
                                        const NoticeData& notice, const MailSettings& settings,
                                        const std::string& incident_key, std::chrono::sys_seconds now,
                                        incidents::OutboxState state) {
  const RenderedMail rendered = kind == LetterKind::appendix_ii ? renderer.appendix_ii(site, notice)
                                : kind == LetterKind::overdue_explanation ? renderer.overdue_explanation(site, notice)
                                                                           : renderer.restoration(site, notice);
  auto mail = content_of(rendered, settings.from, settings.customs,
                         make_message_id(kind_id(kind), incident_key, settings.message_id_domain), now);
  mail.attachments.push_back({pdf_file_name(notice.number), "application/pdf", render_pdf(rendered.document)});
  auto m = to_outbox(mail, kind_id(kind), incident_key, now, state);
  m.notice_number = notice.number;
  return m;
}

incidents::OutboxMessage daily_status_message(const Renderer& renderer, const SiteInfo& site,
                                              const DailyStatus& status, const MailSettings& settings,
                                              std::chrono::sys_seconds now) {
  const auto day = iso_date(status.date);
  auto mail = content_of(renderer.daily_status(site, status), settings.from, settings.liaison,
                         make_message_id("daily_status", day, settings.message_id_domain), now);
  return to_outbox(mail, "daily_status", "daily/" + day, now, incidents::OutboxState::pending);
}

incidents::OutboxMessage alert_message(const Renderer& renderer, const SiteInfo& site, const AlertData& alert,
                                       const MailSettings& settings, const std::string& key,
                                       std::chrono::sys_seconds now, bool vietnamese) {
  auto mail = content_of(renderer.alert(site, alert, vietnamese), settings.from, settings.internal,
                         make_message_id("alert", key, settings.message_id_domain), now);
  return to_outbox(mail, "alert", key, now, incidents::OutboxState::pending);
}

}  // namespace camtrack::notices
