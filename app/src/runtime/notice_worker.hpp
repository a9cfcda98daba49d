// The notice runtime's work for one incident, on the runtime's thread and database connection: reads
// the incident and what the outbox holds about it, asks the sending policy (decide_notices), renders
// and enqueues the letters it decides on (numbered, stable Message-IDs, so a repeat after a crash
// changes nothing), releases drafts an officer completed, and records a sent Appendix II on the incident
// (IncidentCommands::mark_notified). Also the officer's approval of a held Appendix II and the daily
// status mail.
#pragma once

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "notices/notice_mail.hpp"
#include "notices/renderer.hpp"
#include "runtime/notice_mapping.hpp"
#include "notices/sending_policy.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"
#include "store/notice_ledger.hpp"
#include "store/outbox_store.hpp"

namespace camtrack::app {

// The "notices" logger (the default logger where logging was not set up, e.g. in tests).
inline std::shared_ptr<spdlog::logger> notices_log() {
  auto logger = spdlog::get("notices");
  return logger ? logger : spdlog::default_logger();
}

// What an approval did (NoticeRuntime::approve_appendix_ii).
enum class ApprovalResult {
  released,     // the held Appendix II (and a held restoration notice) are now being sent
  not_held,     // nothing waits for approval: never held, already released, or no such incident
  forbidden,    // only officers and admins approve letters to customs
  unavailable,  // the notice runtime is stopped or did not answer in time
};

class NoticeWorker {
 public:
  using Instant = std::chrono::sys_seconds;

  // `db`, `renderer` and `calendar` must outlive the worker.
  NoticeWorker(store::Database& db, const Config& config, const notices::Renderer& renderer,
               const incidents::WorkingCalendar& calendar);

  // Does what the policy decides for one incident now. True when the incident needs no more
  // attention (not active, restoration notice enqueued) or does not exist; `changed` is set when
  // something was enqueued or released (the mailer should look).
  bool handle(std::int64_t incident_id, Instant now, bool& changed);
  ApprovalResult approve(const std::string& username, incidents::Role role, std::int64_t incident_id, Instant now);
  // Enqueues today's daily status mail when due; true when it did.
  bool daily_status(Instant now);

  store::NoticeLedger& ledger() { return ledger_; }

 private:
  incidents::Site site();
  std::vector<CameraFacts> cameras_of(const incidents::Incident& incident);
  notices::NoticeData letter_data(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
                                  const std::string& number, Instant now);
  bool enqueue_letter(notices::LetterKind kind, const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
                      incidents::OutboxState state, Instant now);
  std::string render_again(notices::LetterKind kind, const incidents::Incident& incident, const store::OutboxEntry& row,
                           const std::vector<store::OutboxEntry>& entries, Instant now);
  void alert(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
             const std::string& purpose, const std::string& title, const std::string& message, Instant now);
  bool release_explanation(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
                           Instant now);
  void record_notice(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries, Instant now);

  store::Database& db_;
  const Config& config_;
  const notices::Renderer& renderer_;
  const incidents::WorkingCalendar& calendar_;
  notices::SendingPolicy policy_;
  store::IncidentStore incidents_;
  store::InventoryStore inventory_;
  store::OutboxStore outbox_;
  store::NoticeLedger ledger_;
};

}  // namespace camtrack::app
