// SQL behind NoticeLedger (see the header). The outbox rows are written by OutboxStore; the numbered
// enqueue repeats its INSERT inside one transaction with the notice_numbers update.
#include "store/notice_ledger.hpp"

#include "store/database.hpp"
#include "store/outbox_store.hpp"

namespace camtrack::store {
namespace {

std::vector<std::int64_t> ids(Statement& s) {
  std::vector<std::int64_t> out;
  while (s.step()) out.push_back(s.int64(0));
  return out;
}

incidents::OutboxState state_of(const std::string& s) {
  if (s == "held") return incidents::OutboxState::held;
  if (s == "pending") return incidents::OutboxState::pending;
  if (s == "sent") return incidents::OutboxState::sent;
  return incidents::OutboxState::failed;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

}  // namespace

std::vector<std::int64_t> NoticeLedger::active_incidents() {
  auto s = db_.prepare("SELECT id FROM incidents WHERE state IN ('open', 'notified', 'in_repair', 'reopened') "
                       "ORDER BY id");
  return ids(s);
}

std::vector<std::int64_t> NoticeLedger::restorations_to_announce(std::chrono::sys_seconds since) {
  auto s = db_.prepare(
      "SELECT i.id FROM outbox a JOIN incidents i ON i.id = CAST(substr(a.subject_ref, 10) AS INTEGER) "
      "WHERE a.kind = 'appendix_ii' AND a.subject_ref LIKE 'incident/%' AND i.state IN ('restored', 'closed') "
      "AND NOT EXISTS (SELECT 1 FROM outbox r WHERE r.kind = 'restoration' AND r.subject_ref = a.subject_ref) "
      "UNION "
      "SELECT i.id FROM incidents i WHERE i.state IN ('restored', 'closed') AND i.detected_at >= ?1 "
      "AND NOT EXISTS (SELECT 1 FROM outbox r WHERE r.kind = 'restoration' AND r.subject_ref = 'incident/' || i.id) "
      "ORDER BY 1");
  s.bind(1, static_cast<std::int64_t>(since.time_since_epoch().count()));
  return ids(s);
}

std::int64_t NoticeLedger::max_incident_id() {
  auto s = db_.prepare("SELECT coalesce(max(id), 0) FROM incidents");
  return s.step() ? s.int64(0) : 0;
}

std::vector<std::int64_t> NoticeLedger::incidents_after(std::int64_t id) {
  auto s = db_.prepare("SELECT id FROM incidents WHERE id > ?1 ORDER BY id");
  s.bind(1, id);
  return ids(s);
}

std::vector<OutboxEntry> NoticeLedger::entries_for(const std::string& subject_ref) {
  auto s = db_.prepare(
      "SELECT id, message_id, kind, notice_number, state, created_at, sent_at FROM outbox "
      "WHERE kind IN ('appendix_ii', 'overdue_explanation', 'restoration', 'alert') AND subject_ref = ?1 ORDER BY id");
  s.bind(1, subject_ref);
  std::vector<OutboxEntry> out;
  while (s.step()) {
    OutboxEntry e;
    e.id = s.int64(0);
    e.message_id = s.text(1);
    e.kind = s.text(2);
    e.notice_number = s.text(3);
    e.state = state_of(s.text(4));
    e.created_at = parse_rfc3339(s.text(5));
    if (const auto sent = s.optional_text(6)) e.sent_at = parse_rfc3339(*sent);
    out.push_back(std::move(e));
  }
  return out;
}

int NoticeLedger::vehicle_log_count(std::int64_t incident_id) {
  auto s = db_.prepare("SELECT count(*) FROM vehicle_log WHERE incident_id = ?1");
  s.bind(1, incident_id);
  return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

int NoticeLedger::next_notice_number(int year) {
  auto s = db_.prepare("SELECT last FROM notice_numbers WHERE year = ?1");
  s.bind(1, year);
  return s.step() ? static_cast<int>(s.int64(0)) + 1 : 1;
}

NumberedEnqueue NoticeLedger::enqueue_numbered(const incidents::OutboxMessage& m, int year, int number) {
  NumberedEnqueue result = NumberedEnqueue::inserted;
  db_.transaction([&] {
    auto exists = db_.prepare("SELECT 1 FROM outbox WHERE message_id = ?1");
    exists.bind(1, m.message_id);
    if (exists.step()) {
      result = NumberedEnqueue::already_there;
      return;
    }
    if (next_notice_number(year) != number) {
      result = NumberedEnqueue::number_taken;
      return;
    }
    auto insert = db_.prepare(
        "INSERT INTO outbox (message_id, kind, subject_ref, notice_number, mail_from, recipients, subject, bytes, "
        "state, attempts, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?10)");
    insert.bind(1, m.message_id).bind(2, m.kind).bind(3, m.subject_ref).bind(4, m.notice_number).bind(5, m.mail_from);
    insert.bind(6, joined(m.recipients)).bind(7, m.subject).bind_blob(8, m.bytes);
    insert.bind(9, m.state == incidents::OutboxState::held ? "held" : "pending").bind(10, rfc3339(m.created_at));
    insert.run();
    auto number_row = db_.prepare("INSERT INTO notice_numbers (year, last) VALUES (?1, ?2) "
                                  "ON CONFLICT (year) DO UPDATE SET last = excluded.last");
    number_row.bind(1, year).bind(2, number).run();
  });
  return result;
}

}  // namespace camtrack::store
