// `camtrack version`: prints the version.
#include <iostream>

#include "commands.hpp"

namespace camtrack::app {

void add_version_command(CLI::App& root, CommandResult& result) {
  auto* cmd = root.add_subcommand("version", "Print camtrack's version");
  cmd->callback([&result] {
    std::cout << "camtrack " << CAMTRACK_VERSION << "\n";
    result.exit_code = 0;
  });
}

}  // namespace camtrack::app
