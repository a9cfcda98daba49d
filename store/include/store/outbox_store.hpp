// The SQLite outbox (migration 0004): implements incidents::Outbox. Each state change is one
// transaction; Message-ID is unique, so enqueueing the same message again changes nothing.
#pragma once

#include "incidents/outbox.hpp"

namespace camtrack::store {

class Database;

class OutboxStore final : public incidents::Outbox {
 public:
  explicit OutboxStore(Database& db) : db_(db) {}

  std::int64_t enqueue(const incidents::OutboxMessage& message) override;
  std::optional<incidents::OutboxMessage> next_due(std::chrono::sys_seconds now) override;
  std::optional<std::chrono::sys_seconds> next_wake() override;
  void begin_attempt(std::int64_t id, std::chrono::sys_seconds now) override;
  void mark_sent(std::int64_t id, std::chrono::sys_seconds at) override;
  void mark_retry(std::int64_t id, std::chrono::sys_seconds next_attempt, const std::string& error) override;
  void mark_failed(std::int64_t id, std::chrono::sys_seconds at, const std::string& error) override;
  void release(std::int64_t id, std::chrono::sys_seconds now, const std::optional<std::string>& bytes) override;
  void retry_failed(std::int64_t id, std::chrono::sys_seconds now) override;
  std::optional<incidents::OutboxMessage> find(std::int64_t id) override;
  std::vector<incidents::OutboxMessage> list(std::optional<incidents::OutboxState> state, int limit) override;
  int allocate_notice_number(int year) override;
  std::optional<std::string> last_daily_status_date() override;

 private:
  Database& db_;
};

// "2026-03-06T17:00:00Z" and back (the outbox's time columns).
std::string rfc3339(std::chrono::sys_seconds at);
std::chrono::sys_seconds parse_rfc3339(const std::string& text);

}  // namespace camtrack::store
