#include "store/migrations.hpp"

#include <string>

#include "migration_list.hpp"
#include "store/database.hpp"

namespace camtrack::store {

int latest_schema_version() {
  const auto& list = embedded_migrations();
  return list.empty() ? 0 : list.back().version;
}

MigrationReport migrate(Database& db, int target) {
  const int latest = latest_schema_version();
  if (target < 0) target = latest;
  MigrationReport report;
  db.transaction([&] {
    report.from_version = db.schema_version();
    if (report.from_version > latest) {
      throw StoreError(db.file().string() + ": database schema version " + std::to_string(report.from_version) +
                       " is newer than this camtrack understands (" + std::to_string(latest) +
                       "); upgrade camtrack instead of opening it with an older release");
    }
    for (const auto& m : embedded_migrations()) {
      if (m.version <= report.from_version || m.version > target) continue;
      try {
        db.exec(m.sql);
      } catch (const StoreError& e) {
        throw StoreError("migration " + std::to_string(m.version) + " (" + m.name + ") failed: " + e.what());
      }
      db.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    report.to_version = db.schema_version();
  });
  return report;
}

}  // namespace camtrack::store
