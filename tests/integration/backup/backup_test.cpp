// `camtrack backup` against a real SQLite file while another process keeps writing to it: every copy
// opens, passes integrity_check and the audit chain, and holds the rows committed before it started;
// an existing file is never replaced without --force; bad input gets one line and no file.
#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "process.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack {
namespace {

using namespace std::chrono_literals;
using testing::run_camtrack;
using testing::TempDir;

std::int64_t audit_rows(const std::filesystem::path& file) {
  auto db = store::Database::open(file, {.create_if_missing = false, .apply_migrations = false});
  auto stmt = db.prepare("SELECT count(*) FROM audit_log");
  stmt.step();
  return stmt.int64(0);
}

void append_rows(store::Database& db, int from, int count) {
  store::AuditLog log(db);
  for (int i = from; i < from + count; ++i) {
    log.append({"2026-01-01T00:00:00Z", "writer", "test.row", "row/" + std::to_string(i), "{}"});
  }
}

// A separate process appending audit rows, one transaction each, until it is killed.
class Writer {
 public:
  explicit Writer(const std::filesystem::path& file) {
    pid_ = ::fork();
    if (pid_ == 0) {
      try {
        auto db = store::Database::open(file);
        for (int i = 0;; ++i) append_rows(db, 1'000'000 + i, 1);
      } catch (...) {
        ::_exit(3);
      }
    }
  }
  ~Writer() { stop(); }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  bool running() const { return pid_ > 0 && ::waitpid(pid_, nullptr, WNOHANG) == 0; }

 private:
  pid_t pid_ = -1;
};

std::filesystem::path make_database(const TempDir& dir, int rows) {
  const auto file = dir / "camtrack.db";
  auto db = store::Database::open(file);
  append_rows(db, 0, rows);
  return file;
}

bool has_partial_files(const std::filesystem::path& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().find(".partial") != std::string::npos) return true;
  }
  return false;
}

TEST(Backup, CopyWhileAnotherProcessWritesOpensVerifiesAndHoldsTheRows) {
  TempDir dir;
  const auto source = make_database(dir, 500);
  Writer writer(source);
  while (audit_rows(source) < 700) std::this_thread::sleep_for(10ms);
  for (int i = 0; i < 3; ++i) {
    const auto before = audit_rows(source);
    const auto copy = dir / ("copy-" + std::to_string(i) + ".db");
    const auto r = run_camtrack({"backup", "--db", source.string(), "--to", copy.string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("integrity ok, audit chain intact"), std::string::npos) << r.out;
    ASSERT_TRUE(writer.running()) << "the writer must keep writing during the backup";
    EXPECT_GE(audit_rows(copy), before);
    auto opened = store::Database::open(copy, {.create_if_missing = false});
    const auto chain = store::AuditLog(opened).verify();
    EXPECT_TRUE(chain.ok) << chain.problem;
    EXPECT_GE(chain.rows_checked, before);
  }
  writer.stop();
  EXPECT_FALSE(has_partial_files(dir.path()));
}

TEST(Backup, RefusesAnExistingFileUnlessForced) {
  TempDir dir;
  const auto source = make_database(dir, 5);
  const auto copy = dir / "backup.db";
  ASSERT_EQ(run_camtrack({"backup", "--db", source.string(), "--to", copy.string()}).exit_code, 0);
  {
    auto db = store::Database::open(source);
    append_rows(db, 5, 5);
  }
  const auto refused = run_camtrack({"backup", "--db", source.string(), "--to", copy.string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("already exists"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  EXPECT_EQ(audit_rows(copy), 5) << "the old backup must be left as it was";
  const auto forced = run_camtrack({"backup", "--db", source.string(), "--to", copy.string(), "--force"});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(audit_rows(copy), 10);
  EXPECT_FALSE(has_partial_files(dir.path()));
}

TEST(Backup, RestoredCopyOpensAsTheLiveDatabase) {
  TempDir dir;
  const auto source = make_database(dir, 3);
  const auto copy = dir / "backup.db";
  ASSERT_EQ(run_camtrack({"backup", "--db", source.string(), "--to", copy.string()}).exit_code, 0);
  std::filesystem::create_directory(dir / "restored");
  std::filesystem::copy_file(copy, dir / "restored" / "camtrack.db");
  const auto verify = run_camtrack({"audit", "verify", "--db", (dir / "restored" / "camtrack.db").string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  EXPECT_NE(verify.out.find("3 rows, chain intact"), std::string::npos) << verify.out;
}

TEST(Backup, BadInputGetsOneLineAndNoFile) {
  TempDir dir;
  const auto missing = run_camtrack({"backup", "--db", (dir / "none.db").string(), "--to", (dir / "b.db").string()});
  EXPECT_EQ(missing.exit_code, 66);
  EXPECT_NE(missing.err.find("none.db: no such database"), std::string::npos) << missing.err;

  testing::write_file(dir / "text.db", "this is not a database\n");
  const auto text = run_camtrack({"backup", "--db", (dir / "text.db").string(), "--to", (dir / "b.db").string()});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.err.find("not a camtrack database"), std::string::npos) << text.err;

  const auto source = make_database(dir, 1);
  const auto nodir = run_camtrack({"backup", "--db", source.string(), "--to", (dir / "no" / "b.db").string()});
  EXPECT_EQ(nodir.exit_code, 1);
  EXPECT_NE(nodir.err.find("does not exist"), std::string::npos) << nodir.err;

  const auto usage = run_camtrack({"backup", "--db", source.string()});
  EXPECT_EQ(usage.exit_code, 64) << usage.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "b.db"));
  EXPECT_FALSE(has_partial_files(dir.path()));
}

}  // namespace
}  // namespace camtrack
