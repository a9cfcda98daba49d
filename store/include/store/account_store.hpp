// The accounts adapter: users (Argon2id password hashes via libsodium's crypto_pwhash_str), browser
// sessions (random 256-bit tokens, stored as SHA-256) and an audit sink, all in the SQLite file
// (migration 0003). One object implements the three incidents interfaces web needs:
//
//   store::Database db = store::Database::open("var/camtrack.db");
//   store::SqliteAccounts accounts(db);
//   web::add_auth_routes(router, {accounts, accounts, accounts, clock});
//
// Every account change is written to the audit log in the same transaction. Calls are serialised by
// an internal mutex (password hashing runs outside it), so the web threads may share one object; other
// threads that use the same file should use their own Database connection.
#pragma once

#include <cstddef>
#include <mutex>

#include "incidents/accounts.hpp"

namespace camtrack::store {

class Database;

// Argon2id cost. The defaults are libsodium's "interactive" limits; tests may use the minimum.
struct PasswordHashing {
  unsigned long long ops_limit = 2;          // crypto_pwhash_OPSLIMIT_INTERACTIVE
  std::size_t mem_limit = 64 * 1024 * 1024;  // crypto_pwhash_MEMLIMIT_INTERACTIVE
  static PasswordHashing fastest();          // for tests only
};

class SqliteAccounts final : public incidents::AccountStore,
                             public incidents::SessionStore,
                             public incidents::AuditSink {
 public:
  explicit SqliteAccounts(Database& db, incidents::SessionPolicy policy = {}, PasswordHashing hashing = {});

  incidents::AccountResult create(const incidents::NewUser& user, std::string_view by, incidents::Instant now) override;
  std::optional<incidents::User> find(std::string_view username) override;
  std::vector<incidents::User> list() override;
  incidents::AccountResult set_password(std::string_view username, std::string_view password, std::string_view by,
                                        incidents::Instant now) override;
  incidents::AccountResult disable(std::string_view username, std::string_view by, incidents::Instant now) override;
  std::optional<incidents::User> verify_password(std::string_view username, std::string_view password) override;

  incidents::NewSession create(const incidents::User& user, incidents::Instant now) override;
  std::optional<incidents::Session> find(std::string_view token, incidents::Instant now) override;
  void touch(std::string_view token, incidents::Instant now) override;
  void revoke(std::string_view token) override;

  void record(const incidents::AuditEvent& event) override;

 private:
  std::string hash_password(std::string_view password) const;
  std::optional<incidents::User> find_locked(std::string_view username);
  void audit_locked(const incidents::AuditEvent& event);
  Database& db_;
  incidents::SessionPolicy policy_;
  PasswordHashing hashing_;
  std::string dummy_hash_;  // verified against for unknown users, so they take as long as known ones
  std::mutex mutex_;
};

}  // namespace camtrack::store
