// The hash-chained audit log: intact chains verify; edits, deletions and truncation are detected.
#include <gtest/gtest.h>

#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

using camtrack::testing::TempDir;

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<Database>(Database::open(dir_ / "camtrack.db"));
    for (int i = 1; i <= 5; ++i) {
      AuditLog(*db_).append({"2026-02-13T0" + std::to_string(i) + ":00:00Z", "officer1", "incident.opened",
                             "incident/" + std::to_string(i), R"({"cameras":["GATE-01"]})"});
    }
  }
  // What an attacker with the sqlite3 shell would do first.
  void drop_guards() {
    db_->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
  }
  AuditVerification verify() { return AuditLog(*db_).verify(); }

  TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(AuditLogTest, VerifyIntactChain) {
  const auto result = verify();
  EXPECT_TRUE(result.ok) << result.problem;
  EXPECT_EQ(result.rows_checked, 5);
  EXPECT_EQ(result.head_hash.size(), 64u);
}

TEST_F(AuditLogTest, ChainEachRowToThePreviousHash) {
  const auto rows = AuditLog(*db_).list(0, 10);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].prev_hash, genesis_hash);
  for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].prev_hash, rows[i - 1].hash);
  EXPECT_EQ(rows[2].hash, audit_hash(rows[2].id, rows[2].record, rows[2].prev_hash));
}

TEST_F(AuditLogTest, RefuseUpdateAndDeleteThroughSql) {
  EXPECT_THROW(db_->exec("UPDATE audit_log SET actor = 'x' WHERE id = 2"), StoreError);
  EXPECT_THROW(db_->exec("DELETE FROM audit_log WHERE id = 2"), StoreError);
}

TEST_F(AuditLogTest, DetectEditedRow) {
  drop_guards();
  db_->exec("UPDATE audit_log SET actor = 'someone-else' WHERE id = 3");
  const auto result = verify();
  EXPECT_FALSE(result.ok);
  ASSERT_TRUE(result.first_bad_id.has_value());
  EXPECT_EQ(*result.first_bad_id, 3);
  EXPECT_NE(result.problem.find("edited"), std::string::npos) << result.problem;
}

TEST_F(AuditLogTest, DetectEditedRowWhoseHashWasRecomputed) {
  drop_guards();
  auto rows = AuditLog(*db_).list(1, 1);
  auto record = rows[0].record;
  record.details = R"({"cameras":[]})";
  const auto forged = audit_hash(2, record, rows[0].prev_hash);
  db_->prepare("UPDATE audit_log SET details = ?1, hash = ?2 WHERE id = 2").bind(1, record.details).bind(2, forged).run();
  const auto result = verify();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_id.value_or(0), 3) << result.problem;
}

TEST_F(AuditLogTest, DetectDeletedMiddleRow) {
  drop_guards();
  db_->exec("DELETE FROM audit_log WHERE id = 2");
  const auto result = verify();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_id.value_or(0), 2);
  EXPECT_NE(result.problem.find("missing"), std::string::npos) << result.problem;
}

TEST_F(AuditLogTest, DetectDeletedLastRow) {
  drop_guards();
  db_->exec("DELETE FROM audit_log WHERE id = 5");
  const auto result = verify();
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.problem.find("deleted"), std::string::npos) << result.problem;
}

TEST_F(AuditLogTest, ContinueChainAfterReopen) {
  db_.reset();
  db_ = std::make_unique<Database>(Database::open(dir_ / "camtrack.db"));
  const auto id = AuditLog(*db_).append({"2026-02-14T00:00:00Z", "tech1", "incident.closed", "incident/1", "{}"});
  EXPECT_EQ(id, 6);
  EXPECT_TRUE(verify().ok);
}

TEST(AuditHash, DifferWhenFieldBoundariesMove) {
  const AuditRecord a{"t", "ab", "c", "s", "{}"};
  const AuditRecord b{"t", "a", "bc", "s", "{}"};
  EXPECT_NE(audit_hash(1, a, genesis_hash), audit_hash(1, b, genesis_hash));
}

}  // namespace
}  // namespace camtrack::store
