#include "store/outbox_store.hpp"

#include <cstdio>

#include "store/database.hpp"

namespace camtrack::store {

using incidents::OutboxMessage;
using incidents::OutboxState;

namespace {

const char* state_name(OutboxState s) {
  switch (s) {
    case OutboxState::held: return "held";
    case OutboxState::pending: return "pending";
    case OutboxState::sent: return "sent";
    case OutboxState::failed: return "failed";
  }
  return "failed";
}

OutboxState parse_state(const std::string& s) {
  if (s == "held") return OutboxState::held;
  if (s == "pending") return OutboxState::pending;
  if (s == "sent") return OutboxState::sent;
  return OutboxState::failed;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const auto end = text.find('\n', start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

constexpr const char* columns =
    "id, message_id, kind, subject_ref, notice_number, mail_from, recipients, subject, bytes, state, attempts, "
    "created_at, next_attempt_at, sent_at, last_error";

OutboxMessage read_row(const Statement& s) {
  OutboxMessage m;
  m.id = s.int64(0);
  m.message_id = s.text(1);
  m.kind = s.text(2);
  m.subject_ref = s.text(3);
  m.notice_number = s.text(4);
  m.mail_from = s.text(5);
  m.recipients = split_lines(s.text(6));
  m.subject = s.text(7);
  m.bytes = s.text(8);
  m.state = parse_state(s.text(9));
  m.attempts = static_cast<int>(s.int64(10));
  m.created_at = parse_rfc3339(s.text(11));
  m.next_attempt_at = parse_rfc3339(s.text(12));
  if (const auto sent = s.optional_text(13)) m.sent_at = parse_rfc3339(*sent);
  m.last_error = s.text(14);
  return m;
}

}  // namespace

std::string rfc3339(std::chrono::sys_seconds at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{at - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buf;
}

std::chrono::sys_seconds parse_rfc3339(const std::string& text) {
  int y = 0;
  unsigned mo = 0, d = 0;
  int h = 0, mi = 0, s = 0;
  if (std::sscanf(text.c_str(), "%d-%u-%uT%d:%d:%dZ", &y, &mo, &d, &h, &mi, &s) != 6) {
    throw StoreError("outbox: bad time value '" + text + "'");
  }
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{mo} / std::chrono::day{d}} +
         std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

std::int64_t OutboxStore::enqueue(const OutboxMessage& m) {
  std::int64_t id = 0;
  db_.transaction([&] {
    auto insert = db_.prepare(
        "INSERT INTO outbox (message_id, kind, subject_ref, notice_number, mail_from, recipients, subject, bytes, "
        "state, attempts, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?10) "
        "ON CONFLICT (message_id) DO NOTHING");
    insert.bind(1, m.message_id).bind(2, m.kind).bind(3, m.subject_ref).bind(4, m.notice_number).bind(5, m.mail_from);
    insert.bind(6, join_lines(m.recipients)).bind(7, m.subject).bind_blob(8, m.bytes).bind(9, state_name(m.state));
    insert.bind(10, rfc3339(m.created_at));
    insert.run();
    auto find_id = db_.prepare("SELECT id FROM outbox WHERE message_id = ?1");
    find_id.bind(1, m.message_id);
    find_id.step();
    id = find_id.int64(0);
  });
  return id;
}

std::optional<OutboxMessage> OutboxStore::next_due(std::chrono::sys_seconds now) {
  auto s = db_.prepare(std::string("SELECT ") + columns +
                       " FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1");
  s.bind(1, rfc3339(now));
  if (!s.step()) return std::nullopt;
  return read_row(s);
}

std::optional<std::chrono::sys_seconds> OutboxStore::next_wake() {
  auto s = db_.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'");
  if (!s.step() || s.is_null(0)) return std::nullopt;
  return parse_rfc3339(s.text(0));
}

void OutboxStore::begin_attempt(std::int64_t id, std::chrono::sys_seconds now) {
  auto s = db_.prepare("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2 WHERE id = ?1");
  s.bind(1, id).bind(2, rfc3339(now)).run();
}

void OutboxStore::mark_sent(std::int64_t id, std::chrono::sys_seconds at) {
  auto s = db_.prepare("UPDATE outbox SET state = 'sent', sent_at = ?2, last_error = '' WHERE id = ?1 AND state = 'pending'");
  s.bind(1, id).bind(2, rfc3339(at)).run();
}

void OutboxStore::mark_retry(std::int64_t id, std::chrono::sys_seconds next_attempt, const std::string& error) {
  auto s = db_.prepare("UPDATE outbox SET next_attempt_at = ?2, last_error = ?3 WHERE id = ?1 AND state = 'pending'");
  s.bind(1, id).bind(2, rfc3339(next_attempt)).bind(3, error).run();
}

void OutboxStore::mark_failed(std::int64_t id, std::chrono::sys_seconds at, const std::string& error) {
  auto s = db_.prepare("UPDATE outbox SET state = 'failed', last_attempt_at = ?2, last_error = ?3 WHERE id = ?1 AND state = 'pending'");
  s.bind(1, id).bind(2, rfc3339(at)).bind(3, error).run();
}

void OutboxStore::release(std::int64_t id, std::chrono::sys_seconds now, const std::optional<std::string>& bytes) {
  db_.transaction([&] {
    if (bytes) {
      auto b = db_.prepare("UPDATE outbox SET bytes = ?2 WHERE id = ?1 AND state = 'held'");
      b.bind(1, id).bind_blob(2, *bytes).run();
    }
    auto s = db_.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?2 WHERE id = ?1 AND state = 'held'");
    s.bind(1, id).bind(2, rfc3339(now)).run();
  });
}

void OutboxStore::retry_failed(std::int64_t id, std::chrono::sys_seconds now) {
  auto s = db_.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?2 WHERE id = ?1 AND state = 'failed'");
  s.bind(1, id).bind(2, rfc3339(now)).run();
}

std::optional<OutboxMessage> OutboxStore::find(std::int64_t id) {
  auto s = db_.prepare(std::string("SELECT ") + columns + " FROM outbox WHERE id = ?1");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return read_row(s);
}

std::vector<OutboxMessage> OutboxStore::list(std::optional<OutboxState> state, int limit) {
  auto s = db_.prepare(std::string("SELECT ") + columns +
                       " FROM outbox WHERE ?1 IS NULL OR state = ?1 ORDER BY id DESC LIMIT ?2");
  if (state) {
    s.bind(1, state_name(*state));
  } else {
    s.bind(1, std::nullopt);
  }
  s.bind(2, limit);
  std::vector<OutboxMessage> out;
  while (s.step()) out.push_back(read_row(s));
  return out;
}

int OutboxStore::allocate_notice_number(int year) {
  int number = 0;
  db_.transaction([&] {
    auto up = db_.prepare("INSERT INTO notice_numbers (year, last) VALUES (?1, 1) "
                          "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last");
    up.bind(1, year);
    up.step();
    number = static_cast<int>(up.int64(0));
    up.reset();
  });
  return number;
}

std::optional<std::string> OutboxStore::last_daily_status_date() {
  auto s = db_.prepare("SELECT max(substr(subject_ref, 7)) FROM outbox WHERE kind = 'daily_status' AND subject_ref LIKE 'daily/%'");
  if (!s.step() || s.is_null(0)) return std::nullopt;
  return s.text(0);
}

}  // namespace camtrack::store
