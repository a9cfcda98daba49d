// Reads typed values out of a parsed TOML table, remembering every key it was asked about so that
// unknown keys can be reported, and collecting type errors instead of stopping at the first one.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "config/load_config.hpp"

namespace camtrack::app {

class TomlReader {
 public:
  TomlReader(const toml::table& root, std::vector<ConfigError>& errors) : root_(root), errors_(errors) {}

  void read(const std::string& key, std::string& out);
  void read(const std::string& key, std::int64_t& out);
  void read(const std::string& key, bool& out);
  void read(const std::string& key, std::vector<std::string>& out);
  // Reports every key of the file that no read() asked for.
  void report_unknown_keys();

 private:
  const toml::node* find(const std::string& key);
  void wrong_type(const std::string& key, const char* expected, const toml::node& node);
  void collect_unknown(const toml::table& table, const std::string& prefix);

  const toml::table& root_;
  std::vector<ConfigError>& errors_;
  std::set<std::string> known_;
};

}  // namespace camtrack::app
