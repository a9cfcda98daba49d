// Loading the configuration: defaults, then the TOML file, then secrets from the environment, then
// validation. Every problem is collected (key and reason) so the user fixes them all in one go.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "config/config.hpp"

namespace camtrack::app {

struct ConfigError {
  std::string key;      // e.g. "web.listen" ("" for the file as a whole)
  std::string problem;  // e.g. "expected host:port, got \"8080\""
};

struct ConfigResult {
  Config config;
  std::vector<ConfigError> errors;
  bool ok() const { return errors.empty(); }
};

using Environment = std::map<std::string, std::string>;

// Reads the process environment's CAMTRACK_* variables.
Environment camtrack_environment();

// Parses TOML text (file_name only labels messages) and applies environment overrides.
ConfigResult parse_config(const std::string& toml_text, const std::string& file_name, const Environment& env);
// Reads and parses a file; a missing or unreadable file is an error of key "".
ConfigResult load_config(const std::filesystem::path& file, const Environment& env);

// "camtrack.toml: web.listen: expected host:port" — one line per error.
std::string format_errors(const std::string& file_name, const std::vector<ConfigError>& errors);

}  // namespace camtrack::app
