// `camtrack audit verify`: walks the hash-chained audit log and reports the first edited or deleted row.
#include <iostream>

#include "command_support.hpp"
#include "exit_codes.hpp"
#include "store/audit_log.hpp"

namespace camtrack::app {
namespace {

struct AuditOptions {
  std::string config;
  std::string db;
};

void verify(const AuditOptions& options, CommandResult& result) {
  std::string path;
  auto db = open_existing_database_or_report(options.config, options.db, path, result);
  if (!db) return;
  const auto outcome = store::AuditLog(*db).verify();
  if (!outcome.ok) {
    std::cout << "audit log of " << path << ": TAMPERED: " << outcome.problem << "\n";
    result.exit_code = exit_code::data_error;
    return;
  }
  std::cout << "audit log of " << path << ": " << outcome.rows_checked << " rows, chain intact"
            << (outcome.rows_checked > 0 ? ", head " + outcome.head_hash : std::string()) << "\n";
  result.exit_code = exit_code::ok;
}

}  // namespace

void add_audit_command(CLI::App& root, CommandResult& result) {
  auto* audit = root.add_subcommand("audit", "The tamper-evident history");
  audit->require_subcommand(1);
  auto* cmd = audit->add_subcommand("verify", "Check that no history row was edited or deleted");
  auto options = std::make_shared<AuditOptions>();
  add_config_option(*cmd, options->config);
  add_db_option(*cmd, options->db);
  cmd->callback([&result, options] { verify(*options, result); });
}

}  // namespace camtrack::app
