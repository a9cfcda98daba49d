// Small helpers shared by subcommands: loading the config with all errors printed, opening the
// database with one clear line on failure.
#pragma once

#include <optional>
#include <string>

#include "commands.hpp"
#include "config/config.hpp"
#include "store/database.hpp"

namespace camtrack::app {

// Loads and validates a config file. On errors prints them all to stderr, sets exit code 78, returns
// nothing. An empty path gives the defaults (plus environment overrides).
std::optional<Config> load_config_or_report(const std::string& path, CommandResult& result);

// Opens (creating and migrating) the database; on failure prints "camtrack: <reason>" and sets exit 1.
std::optional<store::Database> open_database_or_report(const std::string& path, CommandResult& result);

// For commands that read an existing database: loads the config, takes --db over database.path, and opens
// the file without creating it. Prints one line and sets 78/66/1 on failure. `path` receives the file used.
std::optional<store::Database> open_existing_database_or_report(const std::string& config_path,
                                                                const std::string& db_option, std::string& path,
                                                                CommandResult& result);

// Adds the common --config option; returns a reference to the string it fills.
void add_config_option(CLI::App& cmd, std::string& path);
// Adds --db (overrides database.path of the config).
void add_db_option(CLI::App& cmd, std::string& path);

}  // namespace camtrack::app
