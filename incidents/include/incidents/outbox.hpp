// The outbox: every message to customs, officers or technicians is stored here first (with its final
// bytes), then sent by the mailer. This is the interface notices/ uses; store/ implements it on SQLite
// (store/outbox_store.hpp). Pure data and an abstract class: no I/O here.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace camtrack::incidents {

enum class OutboxState {
  held,     // waiting for an officer (approval, or an explanation still to fill); never sent as is
  pending,  // to send; retried with backoff while the server is unreachable
  sent,     // the SMTP server accepted it (or the .eml file was written)
  failed,   // refused for good (5xx): shown to officers, resent only on request
};

struct OutboxMessage {
  std::int64_t id = 0;
  std::string message_id;        // RFC 5322 Message-ID with <>, unique: enqueueing it twice is a no-op
  std::string kind;              // appendix_ii, overdue_explanation, restoration, daily_status, alert
  std::string subject_ref;       // what it is about, e.g. incident/42 or daily/2026-03-06
  std::string notice_number;     // e.g. 07/2026/TB-CAM, empty for mail that is not a numbered letter
  std::string mail_from;         // envelope sender (bare address)
  std::vector<std::string> recipients;  // envelope recipients (bare addresses)
  std::string subject;           // for lists, UTF-8
  std::string bytes;             // the complete RFC 5322 message, CRLF line ends
  OutboxState state = OutboxState::pending;
  int attempts = 0;
  std::chrono::sys_seconds created_at{};
  std::chrono::sys_seconds next_attempt_at{};
  std::optional<std::chrono::sys_seconds> sent_at;
  std::string last_error;        // for officers: why the last attempt failed
};

class Outbox {
 public:
  virtual ~Outbox() = default;

  // Stores the message. Returns its id; if a message with the same Message-ID exists, returns that one's
  // id and changes nothing (a restart that enqueues again sends nothing twice).
  virtual std::int64_t enqueue(const OutboxMessage& message) = 0;
  // The next pending message due at `now` (lowest next_attempt_at first), if any.
  virtual std::optional<OutboxMessage> next_due(std::chrono::sys_seconds now) = 0;
  // The earliest next_attempt_at among pending messages (for the sender's sleep).
  virtual std::optional<std::chrono::sys_seconds> next_wake() = 0;
  // Counts an attempt before the message goes on the wire (visible if the process dies mid-send).
  virtual void begin_attempt(std::int64_t id, std::chrono::sys_seconds now) = 0;
  virtual void mark_sent(std::int64_t id, std::chrono::sys_seconds at) = 0;
  virtual void mark_retry(std::int64_t id, std::chrono::sys_seconds next_attempt, const std::string& error) = 0;
  virtual void mark_failed(std::int64_t id, std::chrono::sys_seconds at, const std::string& error) = 0;
  // A held message becomes pending (officer approval), optionally with new bytes (a filled draft).
  virtual void release(std::int64_t id, std::chrono::sys_seconds now, const std::optional<std::string>& bytes) = 0;
  // A failed message is tried again (officer request).
  virtual void retry_failed(std::int64_t id, std::chrono::sys_seconds now) = 0;
  virtual std::optional<OutboxMessage> find(std::int64_t id) = 0;
  virtual std::vector<OutboxMessage> list(std::optional<OutboxState> state, int limit) = 0;

  // Next number of the per-year notice sequence (1, 2, ...), persisted: 07/2026/TB-CAM.
  virtual int allocate_notice_number(int year) = 0;
  // The local date (YYYY-MM-DD) of the last enqueued daily status mail, if any.
  virtual std::optional<std::string> last_daily_status_date() = 0;
};

}  // namespace camtrack::incidents
