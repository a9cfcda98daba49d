#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "store/account_store.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

using namespace std::chrono_literals;
using incidents::Role;

std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class AccountStoreTest : public ::testing::Test {
 protected:
  AccountStoreTest() : db(Database::open(dir / "camtrack.db")), accounts(db, {}, PasswordHashing::fastest()) {}

  std::string stored_hash(const std::string& username) {
    auto stmt = db.prepare("SELECT password_hash FROM users WHERE username = ?1");
    stmt.bind(1, username);
    EXPECT_TRUE(stmt.step());
    return stmt.text(0);
  }

  testing::TempDir dir;
  Database db;
  SqliteAccounts accounts;
  incidents::Instant now{std::chrono::seconds{1'800'000'000}};
};

TEST_F(AccountStoreTest, StoresArgon2idHashAndNeverThePassword) {
  ASSERT_TRUE(accounts.create({"alice", Role::officer, "plaintext-marker-123"}, "cli:root", now).ok());
  EXPECT_EQ(stored_hash("alice").rfind("$argon2id$", 0), 0u) << stored_hash("alice");
  db = Database::open(dir / "other.db");  // closes (and checkpoints) the first file
  const auto bytes = file_bytes(dir / "camtrack.db") + file_bytes(dir / "camtrack.db-wal");
  EXPECT_NE(bytes.find("$argon2id$"), std::string::npos);
  EXPECT_EQ(bytes.find("plaintext-marker-123"), std::string::npos);
}

TEST_F(AccountStoreTest, VerifiesPasswords) {
  accounts.create({"alice", Role::officer, "correct horse battery"}, "cli:root", now);
  const auto user = accounts.verify_password("alice", "correct horse battery");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, Role::officer);
  EXPECT_FALSE(accounts.verify_password("alice", "correct horse batterY"));
  EXPECT_FALSE(accounts.verify_password("bob", "correct horse battery"));
  accounts.disable("alice", "cli:root", now);
  EXPECT_FALSE(accounts.verify_password("alice", "correct horse battery"));
}

TEST_F(AccountStoreTest, RefusesDuplicatesWeakPasswordsAndBadNames) {
  ASSERT_TRUE(accounts.create({"alice", Role::guard, "0123456789"}, "t", now).ok());
  const auto duplicate = accounts.create({"alice", Role::guard, "0123456789"}, "t", now);
  EXPECT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.field, "username");
  EXPECT_NE(duplicate.error.find("already exists"), std::string::npos);
  const auto weak = accounts.create({"bob", Role::guard, "short"}, "t", now);
  EXPECT_EQ(weak.field, "password");
  EXPECT_EQ(accounts.create({"Bad Name", Role::guard, "0123456789"}, "t", now).field, "username");
  EXPECT_EQ(accounts.list().size(), 1u);
}

TEST_F(AccountStoreTest, ChangesPasswordAndEndsSessions) {
  accounts.create({"alice", Role::admin, "first password"}, "t", now);
  const auto user = accounts.find("alice");
  const auto session = accounts.create(*user, now);
  ASSERT_TRUE(accounts.find(session.token, now));
  ASSERT_TRUE(accounts.set_password("alice", "second password", "alice", now + 1s).ok());
  EXPECT_FALSE(accounts.verify_password("alice", "first password"));
  EXPECT_TRUE(accounts.verify_password("alice", "second password"));
  EXPECT_FALSE(accounts.find(session.token, now + 2s));
  EXPECT_FALSE(accounts.set_password("nobody", "second password", "alice", now).ok());
}

TEST_F(AccountStoreTest, SessionsAreStoredHashedAndExpire) {
  accounts.create({"alice", Role::technician, "0123456789"}, "t", now);
  const auto created = accounts.create(*accounts.find("alice"), now);
  EXPECT_EQ(created.token.size(), 43u);  // 256 bits, base64url
  EXPECT_NE(created.session.csrf_token, created.token);
  auto stored = db.prepare("SELECT token_hash FROM sessions");
  ASSERT_TRUE(stored.step());
  EXPECT_NE(stored.text(0), created.token);
  EXPECT_EQ(stored.text(0).size(), 64u);

  const auto found = accounts.find(created.token, now + 10min);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->username, "alice");
  EXPECT_EQ(found->csrf_token, created.session.csrf_token);
  accounts.touch(created.token, now + 25min);
  EXPECT_TRUE(accounts.find(created.token, now + 50min));   // touched: idle clock restarted
  EXPECT_FALSE(accounts.find(created.token, now + 56min));  // 31 min idle
  EXPECT_FALSE(accounts.find("not-a-token", now));
}

TEST_F(AccountStoreTest, SessionEndsAtAbsoluteExpiryAndOnRevoke) {
  accounts.create({"alice", Role::technician, "0123456789"}, "t", now);
  const auto user = *accounts.find("alice");
  const auto a = accounts.create(user, now);
  for (auto t = now; t < now + 12h; t += 20min) accounts.touch(a.token, t);
  EXPECT_TRUE(accounts.find(a.token, now + 11h + 50min));
  EXPECT_FALSE(accounts.find(a.token, now + 12h));
  const auto b = accounts.create(user, now);
  accounts.revoke(b.token);
  EXPECT_FALSE(accounts.find(b.token, now));
}

TEST_F(AccountStoreTest, WritesEveryAccountChangeToTheAuditLog) {
  accounts.create({"alice", Role::officer, "0123456789"}, "cli:root", now);
  accounts.set_password("alice", "9876543210", "alice", now);
  accounts.disable("alice", "admin1", now);
  accounts.record({now, "alice", "auth.login", "user/alice", "{\"address\":\"127.0.0.1\"}"});
  AuditLog log(db);
  const auto rows = log.list(0, 100);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].record.action, "account.created");
  EXPECT_EQ(rows[0].record.actor, "cli:root");
  EXPECT_EQ(rows[0].record.subject, "user/alice");
  EXPECT_EQ(rows[0].record.details, "{\"role\":\"officer\"}");
  EXPECT_EQ(rows[1].record.action, "account.password_changed");
  EXPECT_EQ(rows[2].record.action, "account.disabled");
  EXPECT_EQ(rows[2].record.actor, "admin1");
  EXPECT_EQ(rows[3].record.at, "2027-01-15T08:00:00Z");
  EXPECT_TRUE(log.verify().ok);
}

}  // namespace
}  // namespace camtrack::store
