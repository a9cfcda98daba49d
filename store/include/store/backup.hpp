// Online copies of a camtrack database. SQLite's backup API reads one consistent snapshot while camtrack
// keeps writing (WAL: readers never block the writer), into a temporary file beside the destination.
// The copy is checked (PRAGMA integrity_check, the audit chain) and flushed to disk before it takes the
// destination's name, so the destination is either absent, the old file, or a verified copy.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace camtrack::store {

class Database;

struct BackupOptions {
  bool overwrite = false;  // replace an existing destination (otherwise refused)
};

struct BackupResult {
  bool ok = false;
  std::string error;            // one line naming the file and the problem
  std::int64_t bytes = 0;       // size of the copy
  int schema_version = 0;       // PRAGMA user_version of the copy
  std::int64_t audit_rows = 0;  // rows of the audit chain checked in the copy
  std::string audit_head;       // last hash of the chain (empty when the log is empty)
};

// Copies `source` to `destination`. Never leaves a partial file under the destination's name.
BackupResult backup_database(Database& source, const std::filesystem::path& destination,
                             const BackupOptions& options = {});

// Checks a database copy: integrity_check and the audit chain. Empty string when good, else the problem.
std::string verify_copy(const std::filesystem::path& file, BackupResult& facts);

}  // namespace camtrack::store
