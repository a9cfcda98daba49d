// backup_database: SQLite online backup into a temporary file, verified, flushed, then renamed.
#include "store/backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>

#include "store/audit_log.hpp"
#include "store/database.hpp"

namespace camtrack::store {
namespace {

namespace fs = std::filesystem;

void remove_with_sidecars(const fs::path& file) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(file.string() + suffix, ec);
}

// Copies every page of `source` into a new database file at `temp` in one read transaction: a consistent
// snapshot even while another connection or process writes.
std::string copy_pages(Database& source, const fs::path& temp) {
  sqlite3* dest = nullptr;
  if (sqlite3_open_v2(temp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    const std::string reason = dest ? sqlite3_errmsg(dest) : "out of memory";
    sqlite3_close_v2(dest);
    return temp.string() + ": cannot create the copy (" + reason + ")";
  }
  std::string error;
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
  if (!backup) {
    error = temp.string() + ": " + sqlite3_errmsg(dest);
  } else {
    int rc = SQLITE_OK;
    // BUSY/LOCKED: the source is being recovered or locked exclusively for a moment; retry for ~10 s.
    for (int attempt = 0; attempt < 200; ++attempt) {
      rc = sqlite3_backup_step(backup, -1);
      if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) error = source.file().string() + ": backup failed (" + sqlite3_errstr(rc) + ")";
  }
  if (sqlite3_close(dest) != SQLITE_OK && error.empty()) error = temp.string() + ": cannot close the copy";
  return error;
}

std::string sync_file(const fs::path& file, bool directory) {
  const int fd = ::open(file.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
  if (fd < 0) return file.string() + ": cannot open to flush (" + std::strerror(errno) + ")";
  const bool ok = ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok) return file.string() + ": cannot flush to disk (" + std::strerror(saved) + ")";
  return {};
}

// Gives the verified copy the destination's name: rename() when replacing, link() otherwise, so an
// existing file is never replaced by accident even if it appeared during the copy.
std::string publish(const fs::path& temp, const fs::path& destination, bool overwrite) {
  if (overwrite) {
    if (::rename(temp.c_str(), destination.c_str()) != 0) {
      return destination.string() + ": cannot rename the copy into place (" + std::strerror(errno) + ")";
    }
    return {};
  }
  if (::link(temp.c_str(), destination.c_str()) != 0) {
    if (errno == EEXIST) return destination.string() + ": already exists; refusing to overwrite it";
    return destination.string() + ": cannot create (" + std::strerror(errno) + ")";
  }
  ::unlink(temp.c_str());
  return {};
}

}  // namespace

std::string verify_copy(const fs::path& file, BackupResult& facts) {
  try {
    auto copy = Database::open(file, {.create_if_missing = false, .apply_migrations = false});
    auto check = copy.prepare("PRAGMA integrity_check");
    while (check.step()) {
      if (check.text(0) != "ok") return file.string() + ": integrity check failed: " + check.text(0);
    }
    facts.schema_version = copy.schema_version();
    const auto chain = AuditLog(copy).verify();
    if (!chain.ok) return file.string() + ": audit chain broken: " + chain.problem;
    facts.audit_rows = chain.rows_checked;
    facts.audit_head = chain.head_hash;
  } catch (const StoreError& e) {
    return e.what();
  }
  return {};
}

BackupResult backup_database(Database& source, const fs::path& destination, const BackupOptions& options) {
  BackupResult result;
  std::error_code ec;
  if (!options.overwrite && fs::exists(destination, ec)) {
    result.error = destination.string() + ": already exists; refusing to overwrite it";
    return result;
  }
  if (fs::is_directory(destination, ec)) {
    result.error = destination.string() + ": is a directory; name the backup file";
    return result;
  }
  const fs::path dir = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) {
    result.error = destination.string() + ": directory " + dir.string() + " does not exist";
    return result;
  }
  const fs::path temp = dir / ("." + destination.filename().string() + ".partial-" + std::to_string(::getpid()));
  remove_with_sidecars(temp);
  std::string error = copy_pages(source, temp);
  if (error.empty()) error = verify_copy(temp, result);
  if (error.empty()) error = sync_file(temp, false);
  if (error.empty()) {
    result.bytes = static_cast<std::int64_t>(fs::file_size(temp, ec));
    error = publish(temp, destination, options.overwrite);
  }
  if (error.empty()) error = sync_file(dir, true);
  remove_with_sidecars(temp);
  result.ok = error.empty();
  result.error = error;
  return result;
}

}  // namespace camtrack::store
