#include "cli.hpp"

#include <algorithm>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace camtrack::app {
namespace {

using Registrar = void (*)(CLI::App&, CommandResult&);

// Every working subcommand, in the order --help lists them.
constexpr Registrar registrars[] = {
    add_demo_command,
    add_serve_command,
    add_config_command,
    add_audit_command,
    add_backup_command,
    add_calendar_command,
    add_probe_command,
    add_discover_command,
    add_cameras_command,
    add_user_command,
    add_version_command,
};

bool has_subcommand(CLI::App& root, const std::string& name) {
  const auto all = root.get_subcommands([](CLI::App*) { return true; });
  return std::any_of(all.begin(), all.end(), [&](CLI::App* sub) { return sub->check_name(name); });
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App root{"camtrack: keeps an export-processing enterprise's camera system in line with customs "
                "Decision 247/QĐ-TCHQ (incidents, legal clocks, Appendix II notices)."};
  root.require_subcommand(1);
  root.set_help_all_flag("--help-all", "Show help for every subcommand");
  CommandResult result;
  for (auto add : registrars) add(root, result);
  if (argc > 1 && argv[1][0] != '-' && !has_subcommand(root, argv[1])) {
    std::cerr << "camtrack: unknown command '" << argv[1] << "'\n(run 'camtrack --help' for the list)\n";
    return exit_code::usage;
  }
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
