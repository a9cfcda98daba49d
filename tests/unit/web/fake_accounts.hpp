// In-memory fakes of the accounts interfaces for handler tests: plain-text passwords, sessions in a
// map, audit events in a vector. Expiry follows incidents::session_alive like the real store.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "incidents/accounts.hpp"

namespace camtrack::web::testing {

class FakeAccounts final : public incidents::AccountStore,
                           public incidents::SessionStore,
                           public incidents::AuditSink {
 public:
  incidents::AccountResult create(const incidents::NewUser& user, std::string_view, incidents::Instant now) override {
    incidents::User u{next_id_++, user.username, user.role, false, now, now};
    users_[user.username] = {u, user.password};
    return {u, {}, {}};
  }
  std::optional<incidents::User> find(std::string_view username) override {
    const auto it = users_.find(std::string(username));
    if (it == users_.end()) return std::nullopt;
    return it->second.user;
  }
  std::vector<incidents::User> list() override {
    std::vector<incidents::User> out;
    for (const auto& [name, entry] : users_) out.push_back(entry.user);
    return out;
  }
  incidents::AccountResult set_password(std::string_view username, std::string_view password, std::string_view,
                                        incidents::Instant) override {
    users_.at(std::string(username)).password = password;
    return {find(username), {}, {}};
  }
  incidents::AccountResult disable(std::string_view username, std::string_view, incidents::Instant) override {
    users_.at(std::string(username)).user.disabled = true;
    return {find(username), {}, {}};
  }
  std::optional<incidents::User> verify_password(std::string_view username, std::string_view password) override {
    const auto it = users_.find(std::string(username));
    if (it == users_.end() || it->second.password != password || it->second.user.disabled) return std::nullopt;
    return it->second.user;
  }

  incidents::NewSession create(const incidents::User& user, incidents::Instant now) override {
    const std::string token = "token-" + std::to_string(++session_counter_);
    incidents::Session session{user.id, user.username, user.role, "csrf-" + std::to_string(session_counter_), now, now};
    sessions_[token] = session;
    return {token, session};
  }
  std::optional<incidents::Session> find(std::string_view token, incidents::Instant now) override {
    const auto it = sessions_.find(std::string(token));
    if (it == sessions_.end() || !incidents::session_alive(it->second, policy, now)) return std::nullopt;
    if (users_.at(it->second.username).user.disabled) return std::nullopt;
    return it->second;
  }
  void touch(std::string_view token, incidents::Instant now) override {
    if (auto it = sessions_.find(std::string(token)); it != sessions_.end()) it->second.last_seen_at = now;
  }
  void revoke(std::string_view token) override { sessions_.erase(std::string(token)); }

  void record(const incidents::AuditEvent& event) override { events.push_back(event); }

  incidents::SessionPolicy policy;
  std::vector<incidents::AuditEvent> events;

 private:
  struct Entry {
    incidents::User user;
    std::string password;
  };
  std::map<std::string, Entry> users_;
  std::map<std::string, incidents::Session> sessions_;
  std::int64_t next_id_ = 1;
  int session_counter_ = 0;
};

}  // namespace camtrack::web::testing
