// The tamper-evident history: an append-only table where each row carries the SHA-256 of its own
// fields and of the previous row's hash. verify() walks the chain and names the first broken row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace camtrack::store {

class Database;

struct AuditRecord {
  std::string at;       // RFC 3339 UTC, e.g. 2026-03-06T17:00:00Z
  std::string actor;    // user name or "system"
  std::string action;   // e.g. incident.opened
  std::string subject;  // e.g. incident/42
  std::string details;  // JSON text
};

struct AuditRow {
  std::int64_t id = 0;
  AuditRecord record;
  std::string prev_hash;
  std::string hash;
};

struct AuditVerification {
  bool ok = true;
  std::int64_t rows_checked = 0;
  std::optional<std::int64_t> first_bad_id;  // the first row whose hash or link is wrong
  std::string problem;                         // one sentence for people
  std::string head_hash;                       // the last good hash (an anchor to publish)
};

inline constexpr const char* genesis_hash = "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) of a row's fields chained to the previous hash.
std::string audit_hash(std::int64_t id, const AuditRecord& record, const std::string& prev_hash);

class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}

  // Appends one row; joins the caller's transaction or opens its own. Returns the row id.
  std::int64_t append(const AuditRecord& record);
  std::vector<AuditRow> list(std::int64_t after_id, int limit);
  AuditVerification verify();

 private:
  std::int64_t append_in_transaction(const AuditRecord& record);
  Database& db_;
};

}  // namespace camtrack::store
