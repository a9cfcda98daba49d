// `camtrack backup --db PATH --to FILE [--force]`: a verified online copy of the database, safe while
// `camtrack serve` runs (SQLite's backup API reads one consistent snapshot; the service keeps writing).
#include <iostream>

#include "command_support.hpp"
#include "exit_codes.hpp"
#include "store/backup.hpp"

namespace camtrack::app {
namespace {

struct BackupCommandOptions {
  std::string config;
  std::string db;
  std::string to;
  bool force = false;
};

void backup(const BackupCommandOptions& options, CommandResult& result) {
  auto config = load_config_or_report(options.config, result);
  if (!config) return;
  const std::string path = options.db.empty() ? config->database.path : options.db;
  if (!std::filesystem::exists(path)) {
    std::cerr << "camtrack: --db: " << path << ": no such database\n";
    result.exit_code = exit_code::no_input;
    return;
  }
  std::optional<store::Database> db;
  try {
    // No migrations here: a backup never changes the database it copies.
    db.emplace(store::Database::open(path, {.create_if_missing = false, .apply_migrations = false}));
  } catch (const store::StoreError& e) {
    std::cerr << "camtrack: " << e.what() << "\n";
    result.exit_code = exit_code::failure;
    return;
  }
  const auto done = store::backup_database(*db, options.to, {.overwrite = options.force});
  if (!done.ok) {
    std::cerr << "camtrack: --to: " << done.error
              << (done.error.find("already exists") != std::string::npos ? " (add --force to replace it)" : "")
              << "\n";
    result.exit_code = exit_code::failure;
    return;
  }
  std::cout << "backup of " << path << " written to " << options.to << ": " << done.bytes << " bytes, schema "
            << done.schema_version << ", integrity ok, audit chain intact (" << done.audit_rows << " rows"
            << (done.audit_head.empty() ? std::string() : ", head " + done.audit_head) << ")\n";
  result.exit_code = exit_code::ok;
}

}  // namespace

void add_backup_command(CLI::App& root, CommandResult& result) {
  auto* cmd = root.add_subcommand(
      "backup", "Copy the database while camtrack runs (SQLite online backup), verified before it is kept");
  auto options = std::make_shared<BackupCommandOptions>();
  add_config_option(*cmd, options->config);
  add_db_option(*cmd, options->db);
  cmd->add_option("--to", options->to, "The backup file to write (refused if it exists, unless --force)")
      ->required();
  cmd->add_flag("--force", options->force, "Replace the backup file if it exists");
  cmd->callback([&result, options] { backup(*options, result); });
}

}  // namespace camtrack::app
