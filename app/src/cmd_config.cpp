// `camtrack config check --config FILE`: validates a configuration file and lists every problem.
#include <iostream>

#include "command_support.hpp"
#include "exit_codes.hpp"

namespace camtrack::app {

void add_config_command(CLI::App& root, CommandResult& result) {
  auto* config = root.add_subcommand("config", "Check configuration files");
  config->require_subcommand(1);
  auto* check = config->add_subcommand("check", "Validate a configuration file and list every error");
  auto path = std::make_shared<std::string>();
  check->add_option("--config,-c", *path, "Configuration file (TOML)")->required();
  check->callback([&result, path] {
    if (load_config_or_report(*path, result)) {
      std::cout << *path << ": configuration is valid\n";
      result.exit_code = exit_code::ok;
    }
  });
}

}  // namespace camtrack::app
