// From rendered letters to outbox messages: fills the template, renders the PDF (for numbered
// letters), composes the MIME message with a stable Message-ID and returns what the outbox stores.
// The app calls these, then Outbox::enqueue() and OutboxSender::poke().
#pragma once

#include <string>
#include <vector>

#include "incidents/outbox.hpp"
#include "notices/mime.hpp"
#include "notices/renderer.hpp"

namespace camtrack::notices {

struct MailSettings {
  MailAddress from;                       // the enterprise's sending address
  std::vector<MailAddress> customs;       // the customs branch (formal notices)
  std::vector<MailAddress> liaison;       // the daily status list
  std::vector<MailAddress> internal;      // officers and technicians (alerts)
  std::string message_id_domain = "camtrack.invalid";
};

enum class LetterKind { appendix_ii, overdue_explanation, restoration };

// A numbered letter to customs with its PDF attached. `incident_key` (e.g. "incident-42") makes the
// Message-ID stable: the same letter for the same incident is one message, however often enqueued.
incidents::OutboxMessage letter_message(const Renderer& renderer, LetterKind kind, const SiteInfo& site,
                                        const NoticeData& notice, const MailSettings& settings,
                                        const std::string& incident_key, std::chrono::sys_seconds now,
                                        incidents::OutboxState state);

// The daily status mail for status.date (subject_ref "daily/YYYY-MM-DD": the persisted last date).
incidents::OutboxMessage daily_status_message(const Renderer& renderer, const SiteInfo& site,
                                              const DailyStatus& status, const MailSettings& settings,
                                              std::chrono::sys_seconds now);

// An internal alert; `key` identifies it (e.g. "incident-42.approval.3").
incidents::OutboxMessage alert_message(const Renderer& renderer, const SiteInfo& site, const AlertData& alert,
                                       const MailSettings& settings, const std::string& key,
                                       std::chrono::sys_seconds now, bool vietnamese = false);

// "TB-CAM-07-2026.pdf" for "07/2026/TB-CAM".
std::string pdf_file_name(const std::string& notice_number);

}  // namespace camtrack::notices
