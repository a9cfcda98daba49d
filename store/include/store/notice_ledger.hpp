// What the notice runtime asks the database besides the Outbox interface: which incidents may need a
// letter, what the outbox already holds about one incident (without the message bytes), and a numbered
// letter stored together with its number in one transaction, so numbers have no gaps and none is given
// twice, and a letter enqueued again after a crash changes nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incidents/outbox.hpp"

namespace camtrack::store {

class Database;

// One outbox row about an incident, without its bytes.
struct OutboxEntry {
  std::int64_t id = 0;
  std::string message_id;
  std::string kind;            // appendix_ii, overdue_explanation, restoration, alert
  std::string notice_number;
  incidents::OutboxState state = incidents::OutboxState::pending;
  std::chrono::sys_seconds created_at{};
  std::optional<std::chrono::sys_seconds> sent_at;
};

enum class NumberedEnqueue {
  inserted,        // stored with its number
  already_there,   // a message with this Message-ID exists: nothing changed
  number_taken,    // another letter took `number` meanwhile: render again with next_notice_number()
};

class NoticeLedger {
 public:
  explicit NoticeLedger(Database& db) : db_(db) {}

  // Incidents whose fault is not fixed (open, notified, in_repair, reopened), by id.
  std::vector<std::int64_t> active_incidents();
  // Restored or closed incidents without a restoration notice that either have an Appendix II in the
  // outbox or were detected at or after `since` (a start-up scan: restored while the notices were not
  // running). Older history is never announced, so a database with years of incidents sends nothing.
  std::vector<std::int64_t> restorations_to_announce(std::chrono::sys_seconds since);
  std::int64_t max_incident_id();
  // Incidents created after `id`, by id.
  std::vector<std::int64_t> incidents_after(std::int64_t id);
  // The outbox rows whose subject_ref is `subject_ref` (e.g. incident/42), oldest first.
  std::vector<OutboxEntry> entries_for(const std::string& subject_ref);
  // Vehicle log entries written while an incident was active.
  int vehicle_log_count(std::int64_t incident_id);

  // The number the next numbered letter of `year` gets (1 for the first).
  int next_notice_number(int year);
  // Stores `message` (a letter numbered `number` of `year`) and records the number, in one transaction.
  NumberedEnqueue enqueue_numbered(const incidents::OutboxMessage& message, int year, int number);

 private:
  Database& db_;
};

}  // namespace camtrack::store
