#include "store/audit_log.hpp"

#include <sodium.h>

#include <array>

#include "store/database.hpp"

namespace camtrack::store {
namespace {

// Length-prefixed, so that no two different rows serialise to the same bytes.
void put_field(std::string& out, const std::string& value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    hex += digits[bytes[i] >> 4];
    hex += digits[bytes[i] & 0x0f];
  }
  return hex;
}

AuditRow read_row(const Statement& stmt) {
  AuditRow row;
  row.id = stmt.int64(0);
  row.record = {stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5)};
  row.prev_hash = stmt.text(6);
  row.hash = stmt.text(7);
  return row;
}

constexpr const char* select_rows =
    "SELECT id, at, actor, action, subject, details, prev_hash, hash FROM audit_log";

}  // namespace

std::string audit_hash(std::int64_t id, const AuditRecord& record, const std::string& prev_hash) {
  std::string message;
  put_field(message, prev_hash);
  put_field(message, std::to_string(id));
  put_field(message, record.at);
  put_field(message, record.actor);
  put_field(message, record.action);
  put_field(message, record.subject);
  put_field(message, record.details);
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size());
  return to_hex(digest.data(), digest.size());
}

std::int64_t AuditLog::append(const AuditRecord& record) {
  if (db_.in_transaction()) return append_in_transaction(record);
  std::int64_t id = 0;
  db_.transaction([&] { id = append_in_transaction(record); });
  return id;
}

std::int64_t AuditLog::append_in_transaction(const AuditRecord& record) {
  auto head = db_.prepare("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (!head.step()) throw StoreError("audit_head row is missing");
  const std::int64_t id = head.int64(0) + 1;
  const std::string prev = head.text(1);
  const std::string hash = audit_hash(id, record, prev);
  db_.prepare("INSERT INTO audit_log (id, at, actor, action, subject, details, prev_hash, hash) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
      .bind(1, id).bind(2, record.at).bind(3, record.actor).bind(4, record.action)
      .bind(5, record.subject).bind(6, record.details).bind(7, prev).bind(8, hash)
      .run();
  db_.prepare("UPDATE audit_head SET last_id = ?1, last_hash = ?2 WHERE singleton = 1")
      .bind(1, id).bind(2, hash).run();
  return id;
}

std::vector<AuditRow> AuditLog::list(std::int64_t after_id, int limit) {
  auto stmt = db_.prepare(std::string(select_rows) + " WHERE id > ?1 ORDER BY id LIMIT ?2");
  stmt.bind(1, after_id).bind(2, limit);
  std::vector<AuditRow> rows;
  while (stmt.step()) rows.push_back(read_row(stmt));
  return rows;
}

AuditVerification AuditLog::verify() {
  AuditVerification result;
  std::string prev = genesis_hash;
  std::int64_t expected_id = 1;
  auto fail = [&](std::int64_t id, std::string problem) {
    result.ok = false;
    result.first_bad_id = id;
    result.problem = std::move(problem);
  };
  auto stmt = db_.prepare(std::string(select_rows) + " ORDER BY id");
  while (stmt.step()) {
    const AuditRow row = read_row(stmt);
    if (row.id != expected_id) {
      fail(expected_id, "row " + std::to_string(expected_id) + " is missing (deleted)");
      return result;
    }
    if (row.prev_hash != prev) {
      fail(row.id, "row " + std::to_string(row.id) + " does not link to the row before it");
      return result;
    }
    if (audit_hash(row.id, row.record, row.prev_hash) != row.hash) {
      fail(row.id, "row " + std::to_string(row.id) + " was edited after it was written (hash mismatch)");
      return result;
    }
    prev = row.hash;
    result.head_hash = prev;
    ++result.rows_checked;
    ++expected_id;
  }
  auto head = db_.prepare("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (!head.step() || head.int64(0) != expected_id - 1 || head.text(1) != prev) {
    fail(expected_id, "the last rows of the history were deleted (the chain head records row " +
                          std::to_string(head.int64(0)) + ")");
  }
  return result;
}

}  // namespace camtrack::store
