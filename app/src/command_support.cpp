#include "command_support.hpp"

#include <iostream>

#include "config/load_config.hpp"
#include "exit_codes.hpp"

namespace camtrack::app {

std::optional<Config> load_config_or_report(const std::string& path, CommandResult& result) {
  const auto env = camtrack_environment();
  ConfigResult loaded = path.empty() ? parse_config("", "(defaults)", env) : load_config(path, env);
  if (!loaded.ok()) {
    std::cerr << format_errors(path.empty() ? "(defaults)" : path, loaded.errors);
    std::cerr << "camtrack: " << loaded.errors.size() << " configuration error(s); nothing was started\n";
    result.exit_code = exit_code::config;
    return std::nullopt;
  }
  return std::move(loaded.config);
}

std::optional<store::Database> open_database_or_report(const std::string& path, CommandResult& result) {
  try {
    return store::Database::open(path);
  } catch (const store::StoreError& e) {
    std::cerr << "camtrack: " << e.what() << "\n";
    result.exit_code = exit_code::failure;
    return std::nullopt;
  }
}

std::optional<store::Database> open_existing_database_or_report(const std::string& config_path,
                                                                const std::string& db_option, std::string& path,
                                                                CommandResult& result) {
  auto config = load_config_or_report(config_path, result);
  if (!config) return std::nullopt;
  path = db_option.empty() ? config->database.path : db_option;
  if (!std::filesystem::exists(path)) {
    std::cerr << "camtrack: " << path << ": no such database\n";
    result.exit_code = exit_code::no_input;
    return std::nullopt;
  }
  return open_database_or_report(path, result);
}

void add_config_option(CLI::App& cmd, std::string& path) {
  cmd.add_option("--config,-c", path, "Configuration file (TOML); see camtrack.example.toml");
}

void add_db_option(CLI::App& cmd, std::string& path) {
  cmd.add_option("--db", path, "SQLite database file (default: database.path of the config, var/camtrack.db)");
}

}  // namespace camtrack::app
