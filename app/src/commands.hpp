// Registration of subcommands. Each cmd_<name>.cpp defines one add_<name>_command; cli.cpp lists them.
// A subcommand sets `exit_code` when it runs. Only working subcommands are registered (they appear in
// --help), so a half-built feature stays out of the list until it works.
#pragma once

#include <CLI/CLI.hpp>

namespace camtrack::app {

struct CommandResult {
  int exit_code = 0;
};

void add_version_command(CLI::App& root, CommandResult& result);
void add_user_command(CLI::App& root, CommandResult& result);
void add_calendar_command(CLI::App& root, CommandResult& result);
void add_demo_command(CLI::App& root, CommandResult& result);
void add_serve_command(CLI::App& root, CommandResult& result);
void add_config_command(CLI::App& root, CommandResult& result);
void add_audit_command(CLI::App& root, CommandResult& result);
void add_cameras_command(CLI::App& root, CommandResult& result);
void add_probe_command(CLI::App& root, CommandResult& result);
void add_discover_command(CLI::App& root, CommandResult& result);
void add_backup_command(CLI::App& root, CommandResult& result);

}  // namespace camtrack::app
