#include "cli.hpp"

#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace camtrack::app {
namespace {

using Registrar = void (*)(CLI::App&, CommandResult&);

// Every working subcommand, in the order --help lists them.
constexpr Registrar registrars[] = {
    add_config_command,
    add_audit_command,
    add_version_command,
};

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App root{"camtrack: keeps an export-processing enterprise's camera system in line with customs "
                "Decision 247/QĐ-TCHQ (incidents, legal clocks, Appendix II notices)."};
  root.require_subcommand(1);
  root.set_help_all_flag("--help-all", "Show help for every subcommand");
  CommandResult result;
  for (auto add : registrars) add(root, result);
  try {
    root.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return root.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return root.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "camtrack: " << e.what() << "\n(run 'camtrack --help' for usage)\n";
    return exit_code::usage;
  }
  return result.exit_code;
}

}  // namespace camtrack::app
