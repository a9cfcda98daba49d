// `camtrack serve --config FILE`: the real thing — web server (and, as they land, poller and mailer)
// on one SQLite file, until SIGINT/SIGTERM.
#include <spdlog/spdlog.h>

#include <iostream>

#include "command_support.hpp"
#include "exit_codes.hpp"
#include "logging.hpp"
#include "runtime/service.hpp"
#include "runtime/signals.hpp"

namespace camtrack::app {
namespace {

void serve(const std::string& config_path, CommandResult& result) {
  auto config = load_config_or_report(config_path, result);
  if (!config) return;
  setup_logging(config->log);
  block_stop_signals();
  auto started = Service::start(*config);
  if (!started.service) {
    std::cerr << "camtrack: " << started.error << "\n";
    result.exit_code = exit_code::failure;
    return;
  }
  spdlog::get("app")->info("camtrack {} serving on http://{} (database {})", CAMTRACK_VERSION, config->web.listen,
                           config->database.path);
  const int signo = wait_for_stop_signal();
  spdlog::get("app")->info("signal {} received: stopping", signo);
  started.service->stop();
  result.exit_code = exit_code::ok;
}

}  // namespace

void add_serve_command(CLI::App& root, CommandResult& result) {
  auto* cmd = root.add_subcommand("serve", "Run camtrack for a real site (web UI, JSON API) until stopped");
  auto path = std::make_shared<std::string>();
  cmd->add_option("--config,-c", *path, "Configuration file (TOML); see camtrack.example.toml")->required();
  cmd->callback([&result, path] { serve(*path, result); });
}

}  // namespace camtrack::app
