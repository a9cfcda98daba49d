// A process killed (SIGKILL) in the middle of writing leaves a consistent database: every transaction
// is there whole or not at all, and the audit chain verifies.
#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

// Child: writes forever; each transaction appends an audit row and bumps a counter in meta.
[[noreturn]] void write_forever(const std::filesystem::path& file) {
  auto db = Database::open(file);
  for (int i = 0;; ++i) {
    db.transaction([&] {
      AuditLog(db).append({"2026-01-01T00:00:00Z", "system", "test.write", "n/" + std::to_string(i), "{}"});
      db.prepare("INSERT INTO meta (key, value) VALUES ('writes', '1') "
                 "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1").run();
    });
  }
}

TEST(StoreCrash, KillDuringWritesLeavesConsistentDatabase) {
  camtrack::testing::TempDir dir;
  const auto file = dir / "camtrack.db";
  { auto db = Database::open(file); }  // schema first, so every kill hits data writes
  for (int round = 0; round < 5; ++round) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) write_forever(file);
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 37 * round));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));

    auto db = Database::open(file);
    auto integrity = db.prepare("PRAGMA integrity_check");
    integrity.step();
    EXPECT_EQ(integrity.text(0), "ok");
    const auto chain = AuditLog(db).verify();
    EXPECT_TRUE(chain.ok) << chain.problem;
    auto writes = db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'writes'");
    ASSERT_TRUE(writes.step()) << "the child wrote nothing in round " << round;
    EXPECT_EQ(writes.int64(0), chain.rows_checked) << "a transaction was applied by halves";
  }
}

}  // namespace
}  // namespace camtrack::store
