// An in-memory Outbox for sender tests.
#pragma once

#include <algorithm>
#include <map>

#include "incidents/outbox.hpp"

namespace camtrack::notices::testing {

class FakeOutbox final : public incidents::Outbox {
 public:
  std::map<std::int64_t, incidents::OutboxMessage> rows;

  std::int64_t enqueue(const incidents::OutboxMessage& m) override {
    for (const auto& [id, row] : rows) {
      if (row.message_id == m.message_id) return id;
    }
    auto copy = m;
    copy.id = static_cast<std::int64_t>(rows.size()) + 1;
    copy.next_attempt_at = m.created_at;
    rows[copy.id] = copy;
    return copy.id;
  }
  std::optional<incidents::OutboxMessage> next_due(std::chrono::sys_seconds now) override {
    std::optional<incidents::OutboxMessage> best;
    for (const auto& [id, row] : rows) {
      if (row.state == incidents::OutboxState::pending && row.next_attempt_at <= now &&
          (!best || row.next_attempt_at < best->next_attempt_at)) {
        best = row;
      }
    }
    return best;
  }
  std::optional<std::chrono::sys_seconds> next_wake() override {
    std::optional<std::chrono::sys_seconds> best;
    for (const auto& [id, row] : rows) {
      if (row.state == incidents::OutboxState::pending && (!best || row.next_attempt_at < *best)) best = row.next_attempt_at;
    }
    return best;
  }
  void begin_attempt(std::int64_t id, std::chrono::sys_seconds) override { ++rows.at(id).attempts; }
  void mark_sent(std::int64_t id, std::chrono::sys_seconds at) override {
    rows.at(id).state = incidents::OutboxState::sent;
    rows.at(id).sent_at = at;
  }
  void mark_retry(std::int64_t id, std::chrono::sys_seconds next, const std::string& error) override {
    rows.at(id).next_attempt_at = next;
    rows.at(id).last_error = error;
  }
  void mark_failed(std::int64_t id, std::chrono::sys_seconds, const std::string& error) override {
    rows.at(id).state = incidents::OutboxState::failed;
    rows.at(id).last_error = error;
  }
  void release(std::int64_t id, std::chrono::sys_seconds now, const std::optional<std::string>& bytes) override {
    rows.at(id).state = incidents::OutboxState::pending;
    rows.at(id).next_attempt_at = now;
    if (bytes) rows.at(id).bytes = *bytes;
  }
  void retry_failed(std::int64_t id, std::chrono::sys_seconds now) override { release(id, now, std::nullopt); }
  std::optional<incidents::OutboxMessage> find(std::int64_t id) override {
    auto it = rows.find(id);
    return it == rows.end() ? std::nullopt : std::optional(it->second);
  }
  std::vector<incidents::OutboxMessage> list(std::optional<incidents::OutboxState>, int) override { return {}; }
  int allocate_notice_number(int) override { return ++numbers; }
  std::optional<std::string> last_daily_status_date() override { return std::nullopt; }
  int numbers = 0;
};

}  // namespace camtrack::notices::testing
