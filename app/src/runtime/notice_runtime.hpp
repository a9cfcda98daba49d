// NoticeRuntime: the letters to customs running inside camtrack. Its own thread and database
// connection look, every few seconds and at once when poked, at the incidents that may need a letter
// (active ones, plus restored ones whose restoration notice is not enqueued yet), let the sending
// policy decide (notices/sending_policy.hpp) and enqueue what it decides; a second thread (the
// OutboxSender, with its own connection) sends the outbox over SMTP, or writes .eml files (and each
// letter's PDF) to smtp.mail_dir when no SMTP server is configured. It also sends the daily status mail.
//
// Interface for the other parts of camtrack (all thread-safe):
//  - poke(id): call after an incident opened, changed, was restored, or after an officer wrote its
//    overdue explanation (IncidentCommands::explain_overdue): the runtime reads the incident and acts at
//    once (an Appendix II is in the outbox well within a second). Never blocks.
//  - approve_appendix_ii(actor, id): an officer releases the Appendix II held for approval (and a
//    restoration notice held behind it). The letter is rendered again with the date of sending. Blocks
//    until the runtime thread has done it (at most a few seconds).
//  - An overdue explanation needs no call of its own: the explanation written through
//    IncidentCommands::explain_overdue is read from the incident, the held draft is filled and released.
// Every letter has a stable Message-ID and is stored before it is sent, so a kill -9 at any instant and a
// restart neither lose nor duplicate a letter.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "config/config.hpp"
#include "incidents/roles.hpp"
#include "runtime/notice_worker.hpp"

namespace camtrack::notices {
class OutboxSender;
class MailTransport;
}  // namespace camtrack::notices

namespace camtrack::app {

struct NoticeRuntimeOptions {
  std::chrono::milliseconds scan_interval{3000};     // the periodic look at every candidate incident
  std::chrono::milliseconds sender_idle_poll{2000};  // the mailer's look for messages from other connections
};

class NoticeRuntime {
 public:
  using Options = NoticeRuntimeOptions;

  // Loads the calendar and templates, opens its database connections and starts both threads. Null,
  // with one line for people in `error`, when it cannot start.
  static std::unique_ptr<NoticeRuntime> start(const Config& config, std::string& error, Options options = {});
  ~NoticeRuntime();
  NoticeRuntime(const NoticeRuntime&) = delete;
  NoticeRuntime& operator=(const NoticeRuntime&) = delete;

  void poke(std::int64_t incident_id);
  ApprovalResult approve_appendix_ii(const incidents::Actor& actor, std::int64_t incident_id);
  // Site template overrides refused at start ("file:line: reason"), each replaced by the built-in.
  std::vector<std::string> template_problems() const;
  void stop();

 private:
  struct Parts;
  struct PendingApproval {
    std::string username;
    incidents::Role role;
    std::int64_t incident_id;
    std::promise<ApprovalResult> result;
  };

  NoticeRuntime(Config config, Options options);
  void run();
  void step(const std::vector<std::int64_t>& poked, std::vector<std::shared_ptr<PendingApproval>>& approvals,
            bool full_scan);

  Config config_;
  Options options_;
  std::unique_ptr<Parts> parts_;
  std::set<std::int64_t> watched_;   // not active, but a letter may still be due (runtime thread only)
  std::int64_t max_seen_id_ = 0;     // runtime thread only

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::vector<std::int64_t> poked_;
  std::vector<std::shared_ptr<PendingApproval>> approvals_;
  std::thread thread_;
};

}  // namespace camtrack::app
