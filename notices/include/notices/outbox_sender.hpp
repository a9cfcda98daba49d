// The mailer: takes due messages from the outbox one at a time and hands them to a transport.
// Exactly once as far as SMTP allows: the attempt is counted before the message goes on the wire, the
// state changes in one transaction after the server's answer, and the Message-ID never changes. The
// residual window: if the process dies after the server accepted the message (250 after DATA) but
// before "sent" is committed, the message is sent again after restart, with the same Message-ID, which
// receiving systems use to drop the duplicate. SMTP has no way to close that window.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "incidents/outbox.hpp"
#include "notices/mail_transport.hpp"

namespace camtrack::notices {

struct RetryPolicy {
  std::chrono::seconds base{30};     // first retry after this, doubled each attempt
  std::chrono::seconds cap{3600};    // never wait longer than this
};

// Delay before the next attempt after `attempts` failed ones (1, 2, ...): base·2^(attempts-1), capped.
std::chrono::seconds retry_delay(int attempts, const RetryPolicy& policy);

class OutboxSender {
 public:
  using Clock = std::function<std::chrono::sys_seconds()>;

  // The outbox must not be used by another thread while the loop runs: give the sender its own
  // database connection (SQLite WAL lets readers and the web go on meanwhile).
  OutboxSender(incidents::Outbox& outbox, MailTransport& transport, Clock clock, RetryPolicy policy = {});
  ~OutboxSender();
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Sends every message due now, one by one; returns how many were attempted.
  int send_due();
  // Runs send_due() on a background thread until stop(); it sleeps until the next retry, a poke() or
  // `idle_poll` (to see messages enqueued by other connections).
  void start(std::chrono::milliseconds idle_poll = std::chrono::milliseconds{2000});
  void stop();
  // Wakes the loop (call after enqueueing).
  void poke();
  // The last exception the background loop caught (a database error), empty if none.
  std::string last_failure() const;

 private:
  void run(std::chrono::milliseconds idle_poll);

  incidents::Outbox& outbox_;
  MailTransport& transport_;
  Clock clock_;
  RetryPolicy policy_;
  mutable std::mutex mutex_;
  std::string last_failure_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool poked_ = false;
  std::thread thread_;
};

}  // namespace camtrack::notices
