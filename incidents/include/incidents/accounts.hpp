// Accounts, browser sessions and the audit trail of who did what: the interfaces web uses and the
// store implements (store/account_store.hpp). Pure: no I/O here; `now` is a parameter. Passwords are
// checked behind AccountStore (Argon2id in the store), so web never sees a hash.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"
#include "incidents/roles.hpp"

namespace camtrack::incidents {

inline constexpr std::size_t min_password_length = 10;
inline constexpr std::size_t max_password_length = 1024;

struct User {
  std::int64_t id = 0;
  std::string username;  // 3-64 of a-z 0-9 . _ -, starting with a letter or digit
  Role role = Role::liaison;
  bool disabled = false;
  Instant created_at{};
  Instant password_changed_at{};
};

struct NewUser {
  std::string username;
  Role role = Role::liaison;
  std::string password;
};

// A change to an account: the user after the change, or a problem naming the field.
struct AccountResult {
  std::optional<User> user;
  std::string field;  // "username", "password", "role"... when !ok()
  std::string error;  // one sentence for people when !ok()
  bool ok() const { return user.has_value(); }
};

// nullopt when acceptable, else the problem in one sentence.
std::optional<std::string> username_problem(std::string_view username);
std::optional<std::string> password_problem(std::string_view password);

class AccountStore {
 public:
  virtual ~AccountStore() = default;
  // `by` names who made the change (a username, or "cli:<login>"); it goes to the audit log.
  virtual AccountResult create(const NewUser& user, std::string_view by, Instant now) = 0;
  virtual std::optional<User> find(std::string_view username) = 0;
  virtual std::vector<User> list() = 0;
  // Also ends every session of the user.
  virtual AccountResult set_password(std::string_view username, std::string_view password, std::string_view by,
                                     Instant now) = 0;
  // Also ends every session of the user. A disabled user cannot log in.
  virtual AccountResult disable(std::string_view username, std::string_view by, Instant now) = 0;
  // The user when the password is right and the account enabled; nullopt otherwise (unknown user,
  // wrong password, disabled), taking about the same time in every case.
  virtual std::optional<User> verify_password(std::string_view username, std::string_view password) = 0;
};

struct SessionPolicy {
  std::chrono::seconds idle{30 * 60};           // ends after this long without a request
  std::chrono::seconds absolute{12 * 60 * 60};  // ends this long after login, whatever happens
};

struct Session {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::liaison;
  std::string csrf_token;  // required in X-CSRF-Token on every state-changing request
  Instant created_at{};
  Instant last_seen_at{};
};

struct NewSession {
  std::string token;  // the cookie value: 256 random bits, base64url; stored only as a hash
  Session session;
};

// Whether a session is still valid at `now` under the policy (idle and absolute expiry).
bool session_alive(const Session& session, const SessionPolicy& policy, Instant now);

class SessionStore {
 public:
  virtual ~SessionStore() = default;
  virtual NewSession create(const User& user, Instant now) = 0;
  // The valid session for a cookie token; nullopt when unknown, revoked, expired or its user disabled.
  virtual std::optional<Session> find(std::string_view token, Instant now) = 0;
  // Records activity (moves the idle expiry).
  virtual void touch(std::string_view token, Instant now) = 0;
  virtual void revoke(std::string_view token) = 0;
};

// One line of the audit trail (store::AuditLog behind it).
struct AuditEvent {
  Instant at{};
  std::string actor;    // username, or "anonymous"/"cli:<login>"
  std::string action;   // e.g. auth.login, auth.login_failed, auth.logout, account.created
  std::string subject;  // e.g. user/alice
  std::string details;  // JSON text
};

class AuditSink {
 public:
  virtual ~AuditSink() = default;
  virtual void record(const AuditEvent& event) = 0;
};

}  // namespace camtrack::incidents
