#include "store/account_store.hpp"

#include <sodium.h>

#include <stdexcept>

#include "account_store_support.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"

namespace camtrack::store {

using namespace accounts_detail;
using incidents::AccountResult;
using incidents::Instant;
using incidents::User;

namespace {

constexpr const char* select_user =
    "SELECT id, username, role, disabled, created_at, password_changed_at FROM users";

User read_user(const Statement& stmt) {
  User user;
  user.id = stmt.int64(0);
  user.username = stmt.text(1);
  user.role = incidents::parse_role(stmt.text(2)).value_or(incidents::Role::liaison);
  user.disabled = stmt.int64(3) != 0;
  user.created_at = parse_rfc3339(stmt.text(4)).value_or(Instant{});
  user.password_changed_at = parse_rfc3339(stmt.text(5)).value_or(Instant{});
  return user;
}

AccountResult refused(std::string field, std::string error) { return {std::nullopt, std::move(field), std::move(error)}; }

}  // namespace

PasswordHashing PasswordHashing::fastest() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SqliteAccounts::SqliteAccounts(Database& db, incidents::SessionPolicy policy, PasswordHashing hashing)
    : db_(db), policy_(policy), hashing_(hashing) {
  if (sodium_init() < 0) throw StoreError("libsodium cannot be initialised");
  dummy_hash_ = hash_password(random_token());
}

std::string SqliteAccounts::hash_password(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), hashing_.ops_limit, hashing_.mem_limit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw StoreError("out of memory while hashing a password");
  }
  return out;
}

AccountResult SqliteAccounts::create(const incidents::NewUser& user, std::string_view by, Instant now) {
  if (auto problem = incidents::username_problem(user.username)) return refused("username", *problem);
  if (auto problem = incidents::password_problem(user.password)) return refused("password", *problem);
  const std::string hash = hash_password(user.password);
  std::lock_guard lock(mutex_);
  if (find_locked(user.username)) return refused("username", "user '" + user.username + "' already exists");
  const std::string at = rfc3339(now);
  db_.transaction([&] {
    db_.prepare("INSERT INTO users (username, role, password_hash, disabled, created_at, password_changed_at) "
                "VALUES (?1, ?2, ?3, 0, ?4, ?4)")
        .bind(1, user.username).bind(2, std::string(incidents::role_name(user.role))).bind(3, hash).bind(4, at)
        .run();
    audit_locked({now, std::string(by), "account.created", "user/" + user.username,
                  "{\"role\":" + json_string(incidents::role_name(user.role)) + "}"});
  });
  return {find_locked(user.username), {}, {}};
}

std::optional<User> SqliteAccounts::find(std::string_view username) {
  std::lock_guard lock(mutex_);
  return find_locked(username);
}

std::optional<User> SqliteAccounts::find_locked(std::string_view username) {
  auto stmt = db_.prepare(std::string(select_user) + " WHERE username = ?1");
  stmt.bind(1, username);
  if (!stmt.step()) return std::nullopt;
  return read_user(stmt);
}

std::vector<User> SqliteAccounts::list() {
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare(std::string(select_user) + " ORDER BY username");
  std::vector<User> users;
  while (stmt.step()) users.push_back(read_user(stmt));
  return users;
}

AccountResult SqliteAccounts::set_password(std::string_view username, std::string_view password, std::string_view by,
                                           Instant now) {
  if (auto problem = incidents::password_problem(password)) return refused("password", *problem);
  const std::string hash = hash_password(password);
  std::lock_guard lock(mutex_);
  const auto user = find_locked(username);
  if (!user) return refused("username", "no user '" + std::string(username) + "'");
  db_.transaction([&] {
    db_.prepare("UPDATE users SET password_hash = ?2, password_changed_at = ?3 WHERE id = ?1")
        .bind(1, user->id).bind(2, hash).bind(3, rfc3339(now)).run();
    db_.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(1, user->id).run();
    audit_locked({now, std::string(by), "account.password_changed", "user/" + user->username, "{}"});
  });
  return {find_locked(username), {}, {}};
}

AccountResult SqliteAccounts::disable(std::string_view username, std::string_view by, Instant now) {
  std::lock_guard lock(mutex_);
  const auto user = find_locked(username);
  if (!user) return refused("username", "no user '" + std::string(username) + "'");
  if (user->disabled) return {user, {}, {}};
  db_.transaction([&] {
    db_.prepare("UPDATE users SET disabled = 1 WHERE id = ?1").bind(1, user->id).run();
    db_.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(1, user->id).run();
    audit_locked({now, std::string(by), "account.disabled", "user/" + user->username, "{}"});
  });
  return {find_locked(username), {}, {}};
}

std::optional<User> SqliteAccounts::verify_password(std::string_view username, std::string_view password) {
  std::optional<User> user;
  std::string hash = dummy_hash_;
  {
    std::lock_guard lock(mutex_);
    auto stmt = db_.prepare("SELECT id, username, role, disabled, created_at, password_changed_at, password_hash "
                            "FROM users WHERE username = ?1");
    stmt.bind(1, username);
    if (stmt.step()) {
      user = read_user(stmt);
      hash = stmt.text(6);
    }
  }
  // Verified outside the lock: Argon2id is slow on purpose and must not stall other requests.
  const bool right = password.size() <= incidents::max_password_length &&
                     crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  if (!user || !right || user->disabled) return std::nullopt;
  return user;
}

void SqliteAccounts::record(const incidents::AuditEvent& event) {
  std::lock_guard lock(mutex_);
  audit_locked(event);
}

void SqliteAccounts::audit_locked(const incidents::AuditEvent& event) {
  AuditLog(db_).append({rfc3339(event.at), event.actor, event.action, event.subject,
                        event.details.empty() ? "{}" : event.details});
}

}  // namespace camtrack::store
