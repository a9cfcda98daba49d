// store: camtrack's SQLite adapter. One file in WAL mode, foreign keys on, numbered migrations applied
// at open, prepared statements only, one writer. May depend on: incidents, SQLite.
//
// Database owns the connection; Statement wraps one prepared statement. Errors raise StoreError: the
// store is the one place where a failure means a broken invariant or a start-up problem, and callers
// (commands) turn it into one clear message.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "store/statement.hpp"

struct sqlite3;

namespace camtrack::store {

class StatementCache;

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OpenOptions {
  bool create_if_missing = true;
  bool apply_migrations = true;
  int busy_timeout_ms = 5000;
};

class Database {
 public:
  // Opens (or creates) the database file and brings its schema up to date in one transaction.
  // Throws StoreError with a message naming the file and the problem (not SQLite, newer schema,
  // unwritable directory...).
  static Database open(const std::filesystem::path& file, const OpenOptions& options = {});

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // A statement for sql: an idle one prepared earlier from the same text when there is one (kept per
  // connection), else a newly prepared one.
  Statement prepare(std::string_view sql);
  // Runs SQL with no parameters and no result rows (schema, pragmas).
  void exec(std::string_view sql);
  // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back and rethrows if fn throws.
  void transaction(const std::function<void()>& fn);
  bool in_transaction() const;

  int schema_version();
  std::int64_t last_insert_rowid() const;
  int changes() const;
  // Changes the connection can see: PRAGMA data_version (commits by other connections, as of the open
  // read transaction) combined with this connection's own total changes. Equal values mean equal data.
  std::pair<std::int64_t, std::int64_t> data_version();
  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_; }

 private:
  Database(sqlite3* db, std::filesystem::path file);
  void close();

  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
  std::shared_ptr<StatementCache> statements_;
};

}  // namespace camtrack::store
