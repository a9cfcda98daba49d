// Numbered schema migrations (store/migrations/NNNN_name.sql), applied in order, each version recorded
// in PRAGMA user_version inside the same transaction as its SQL.
#pragma once

namespace camtrack::store {

class Database;

// The newest schema version this build knows.
int latest_schema_version();

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
};

// Brings the schema to `target` (default: latest) in one transaction. Throws StoreError if the file's
// schema is newer than this build knows (a downgrade would lose data) or a migration fails.
MigrationReport migrate(Database& db, int target = -1);

}  // namespace camtrack::store
