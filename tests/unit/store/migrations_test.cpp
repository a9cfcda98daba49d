// The schema: created from empty, upgraded from every earlier version, refused when newer.
#include <gtest/gtest.h>

#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

using camtrack::testing::TempDir;

bool table_exists(Database& db, const std::string& name) {
  auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  stmt.bind(1, name);
  stmt.step();
  return stmt.int64(0) == 1;
}

TEST(Migrations, CreateLatestSchemaWhenFileIsNew) {
  TempDir dir;
  auto db = Database::open(dir / "camtrack.db");
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_GE(latest_schema_version(), 1);
  EXPECT_TRUE(table_exists(db, "audit_log"));
  EXPECT_TRUE(table_exists(db, "audit_head"));
  auto mode = db.prepare("PRAGMA journal_mode");
  mode.step();
  EXPECT_EQ(mode.text(0), "wal");
  auto fk = db.prepare("PRAGMA foreign_keys");
  fk.step();
  EXPECT_EQ(fk.int64(0), 1);
}

TEST(Migrations, UpgradeFromEveryEarlierVersionKeepsData) {
  for (int start = 1; start < latest_schema_version(); ++start) {
    TempDir dir;
    {
      auto db = Database::open(dir / "camtrack.db", {.apply_migrations = false});
      migrate(db, start);
      ASSERT_EQ(db.schema_version(), start);
      AuditLog(db).append({"2026-01-01T00:00:00Z", "system", "test.before_upgrade", "db", "{}"});
    }
    auto db = Database::open(dir / "camtrack.db");
    EXPECT_EQ(db.schema_version(), latest_schema_version()) << "from version " << start;
    const auto check = AuditLog(db).verify();
    EXPECT_TRUE(check.ok) << check.problem;
    EXPECT_EQ(check.rows_checked, 1);
  }
}

TEST(Migrations, ReopenIsIdempotent) {
  TempDir dir;
  { auto db = Database::open(dir / "camtrack.db"); }
  auto db = Database::open(dir / "camtrack.db");
  const auto report = migrate(db);
  EXPECT_EQ(report.from_version, report.to_version);
}

TEST(Migrations, RefuseNewerSchemaWithClearMessage) {
  TempDir dir;
  {
    auto db = Database::open(dir / "camtrack.db");
    db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
  }
  try {
    Database::open(dir / "camtrack.db");
    FAIL() << "a newer schema must be refused";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this camtrack understands"), std::string::npos) << e.what();
  }
}

TEST(Database, RefuseFileThatIsNotSqliteAndLeaveItUntouched) {
  TempDir dir;
  const std::string text = "this is a text file, not a database\n";
  camtrack::testing::write_file(dir / "notes.db", text);
  try {
    Database::open(dir / "notes.db");
    FAIL() << "a text file must be refused";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("not a camtrack database"), std::string::npos) << e.what();
  }
  EXPECT_EQ(camtrack::testing::read_file(dir / "notes.db"), text);
}

TEST(Database, ExplainWhenDirectoryIsMissing) {
  TempDir dir;
  try {
    Database::open(dir / "missing" / "camtrack.db");
    FAIL() << "opening in a missing directory must fail";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
  }
}

TEST(Database, ExplainWhenLocationIsNotWritable) {
  TempDir dir;
  camtrack::testing::write_file(dir / "file", "x");
  EXPECT_THROW(Database::open(dir / "file" / "camtrack.db"), StoreError);
}

TEST(Database, RollBackTransactionWhenBodyThrows) {
  TempDir dir;
  auto db = Database::open(dir / "camtrack.db");
  EXPECT_THROW(db.transaction([&] {
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  auto count = db.prepare("SELECT count(*) FROM meta WHERE key = 'k'");
  count.step();
  EXPECT_EQ(count.int64(0), 0);
  EXPECT_FALSE(db.in_transaction());
}

}  // namespace
}  // namespace camtrack::store
