#include "store/database.hpp"

#include <sqlite3.h>

#include <system_error>

#include "statement_cache.hpp"
#include "store/migrations.hpp"

namespace camtrack::store {
namespace {

std::string describe_open_failure(const std::filesystem::path& file, int rc, sqlite3* db) {
  const std::string reason = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const auto dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return file.string() + ": directory " + dir.string() + " does not exist";
  if (rc == SQLITE_CANTOPEN) return file.string() + ": cannot open or create the database (" + reason +
                                    "; is the directory writable?)";
  return file.string() + ": " + reason;
}

void configure(Database& db, const OpenOptions& options) {
  db.exec("PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms));
  // The first real read: a file that is not SQLite fails here with SQLITE_NOTADB.
  auto mode = db.prepare("PRAGMA journal_mode = WAL");
  if (!mode.step() || mode.text(0) != "wal") {
    throw StoreError(db.file().string() + ": cannot switch the database to WAL mode");
  }
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");  // committed notices and incidents survive power loss too
}

}  // namespace

Database::Database(sqlite3* db, std::filesystem::path file)
    : db_(db), file_(std::move(file)), statements_(std::make_shared<StatementCache>()) {}

Database::Database(Database&& other) noexcept
    : db_(other.db_), file_(std::move(other.file_)), statements_(std::move(other.statements_)) {
  other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = other.db_;
    file_ = std::move(other.file_);
    statements_ = std::move(other.statements_);
    other.db_ = nullptr;
  }
  return *this;
}

Database::~Database() { close(); }

// Idle statements are finalized first; a Statement still alive finalizes itself later (close_v2).
void Database::close() {
  if (statements_) statements_->close();
  sqlite3_close_v2(db_);
}

Database Database::open(const std::filesystem::path& file, const OpenOptions& options) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    const auto message = describe_open_failure(file, rc, raw);
    sqlite3_close_v2(raw);
    throw StoreError(message);
  }
  sqlite3_extended_result_codes(raw, 1);
  Database db(raw, file);
  try {
    configure(db, options);
  } catch (const StoreError& e) {
    const std::string what = e.what();
    if (what.find("not a database") != std::string::npos) {
      throw StoreError(file.string() + ": not a camtrack database (the file is not SQLite)");
    }
    throw;
  }
  if (options.apply_migrations) migrate(db);
  return db;
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const std::string text(sql);
  if (sqlite3_stmt* idle = statements_->take(text)) return Statement(db_, idle, statements_);
  const int rc = sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT,
                                    &stmt, nullptr);
  if (rc != SQLITE_OK) {
    throw StoreError(file_.string() + ": " + sqlite3_errmsg(db_));
  }
  return Statement(db_, stmt, statements_);
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* error = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw StoreError(message);
  }
}

void Database::transaction(const std::function<void()>& fn) {
  exec("BEGIN IMMEDIATE");
  try {
    fn();
    exec("COMMIT");
  } catch (...) {
    if (in_transaction()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

int Database::schema_version() {
  auto stmt = prepare("PRAGMA user_version");
  stmt.step();
  return static_cast<int>(stmt.int64(0));
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

std::pair<std::int64_t, std::int64_t> Database::data_version() {
  auto stmt = prepare("PRAGMA data_version");
  stmt.step();
  return {stmt.int64(0), sqlite3_total_changes64(db_)};
}

}  // namespace camtrack::store
