// Prepared statements kept per connection: a statement taken again from the cache starts clean (no
// row in progress, no binding left from its last use), two live statements of the same SQL are two
// statements, and one kept across a schema change still answers correctly.
#include <gtest/gtest.h>

#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

using camtrack::testing::TempDir;

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
    db_.exec("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
  }
  std::optional<std::string> value_of(std::optional<std::int64_t> k) {
    auto s = db_.prepare("SELECT v FROM t WHERE k = ?1");
    if (k) s.bind(1, *k);
    if (!s.step()) return std::nullopt;
    return s.text(0);
  }
  TempDir dir_;
  Database db_ = Database::open(dir_ / "cache.db");
};

TEST_F(StatementCacheTest, AReusedStatementHasNoBindingLeftFromItsLastUse) {
  EXPECT_EQ(value_of(2), "two");
  EXPECT_EQ(value_of(std::nullopt), std::nullopt);  // ?1 is NULL again, not 2
  EXPECT_EQ(value_of(3), "three");
}

TEST_F(StatementCacheTest, AStatementLeftMidResultStartsFromTheFirstRowWhenReused) {
  {
    auto s = db_.prepare("SELECT v FROM t ORDER BY k");
    ASSERT_TRUE(s.step());
    ASSERT_TRUE(s.step());  // left on the second row
  }
  auto s = db_.prepare("SELECT v FROM t ORDER BY k");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.text(0), "one");
}

TEST_F(StatementCacheTest, TwoLiveStatementsOfTheSameSqlAreIndependent) {
  auto outer = db_.prepare("SELECT v FROM t WHERE k >= ?1 ORDER BY k");
  outer.bind(1, 1);
  ASSERT_TRUE(outer.step());
  auto inner = db_.prepare("SELECT v FROM t WHERE k >= ?1 ORDER BY k");
  inner.bind(1, 3);
  ASSERT_TRUE(inner.step());
  EXPECT_EQ(inner.text(0), "three");
  ASSERT_TRUE(outer.step());
  EXPECT_EQ(outer.text(0), "two");
}

TEST_F(StatementCacheTest, AKeptStatementFollowsASchemaChange) {
  EXPECT_EQ(value_of(1), "one");
  db_.exec("ALTER TABLE t RENAME COLUMN v TO old_v");
  db_.exec("ALTER TABLE t ADD COLUMN v TEXT");
  db_.exec("UPDATE t SET v = 'uno' WHERE k = 1");
  EXPECT_EQ(value_of(1), "uno");
}

TEST_F(StatementCacheTest, AReadLeftOpenByAKeptStatementDoesNotHideAnotherConnectionsCommit) {
  EXPECT_EQ(value_of(1), "one");  // the statement goes back to the cache: its read must be over
  auto other = Database::open(dir_ / "cache.db");
  other.exec("UPDATE t SET v = 'eins' WHERE k = 1");
  EXPECT_EQ(value_of(1), "eins");
}

}  // namespace
}  // namespace camtrack::store
