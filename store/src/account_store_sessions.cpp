// SqliteAccounts as a SessionStore: tokens are random, stored as their SHA-256, looked up with the user.
#include <chrono>

#include "account_store_support.hpp"
#include "store/account_store.hpp"
#include "store/database.hpp"

namespace camtrack::store {

using namespace accounts_detail;
using incidents::Instant;

namespace {

std::int64_t unix_seconds(Instant at) { return at.time_since_epoch().count(); }
Instant from_unix(std::int64_t seconds) { return Instant{std::chrono::seconds{seconds}}; }

// A session's last_seen_at is written at most this often: a page full of requests costs one write.
constexpr std::int64_t touch_granularity_seconds = 30;

}  // namespace

incidents::NewSession SqliteAccounts::create(const incidents::User& user, Instant now) {
  incidents::NewSession created;
  created.token = random_token();
  created.session = {user.id, user.username, user.role, random_token(), now, now};
  std::lock_guard lock(mutex_);
  db_.transaction([&] {
    // Expired sessions go when new ones come: the table stays the size of the live ones.
    db_.prepare("DELETE FROM sessions WHERE last_seen_at <= ?1 OR created_at <= ?2")
        .bind(1, unix_seconds(now - policy_.idle)).bind(2, unix_seconds(now - policy_.absolute)).run();
    db_.prepare("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
                "VALUES (?1, ?2, ?3, ?4, ?4)")
        .bind(1, sha256_hex(created.token)).bind(2, user.id).bind(3, created.session.csrf_token)
        .bind(4, unix_seconds(now)).run();
  });
  return created;
}

std::optional<incidents::Session> SqliteAccounts::find(std::string_view token, Instant now) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare(
      "SELECT s.user_id, u.username, u.role, s.csrf_token, s.created_at, s.last_seen_at, u.disabled "
      "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1");
  stmt.bind(1, sha256_hex(token));
  if (!stmt.step()) return std::nullopt;
  incidents::Session session;
  session.user_id = stmt.int64(0);
  session.username = stmt.text(1);
  session.role = incidents::parse_role(stmt.text(2)).value_or(incidents::Role::liaison);
  session.csrf_token = stmt.text(3);
  session.created_at = from_unix(stmt.int64(4));
  session.last_seen_at = from_unix(stmt.int64(5));
  if (stmt.int64(6) != 0 || !incidents::session_alive(session, policy_, now)) return std::nullopt;
  return session;
}

void SqliteAccounts::touch(std::string_view token, Instant now) {
  std::lock_guard lock(mutex_);
  db_.prepare("UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1 AND last_seen_at <= ?3")
      .bind(1, sha256_hex(token)).bind(2, unix_seconds(now)).bind(3, unix_seconds(now) - touch_granularity_seconds)
      .run();
}

void SqliteAccounts::revoke(std::string_view token) {
  std::lock_guard lock(mutex_);
  db_.prepare("DELETE FROM sessions WHERE token_hash = ?1").bind(1, sha256_hex(token)).run();
}

}  // namespace camtrack::store
