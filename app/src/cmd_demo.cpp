// `camtrack demo`: the embedded default. Runs camtrack on its own files under ./var (SQLite, mail
// folder, key) with the web UI on 127.0.0.1:8080, and tells the newcomer where to look.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "command_support.hpp"
#include "config/validate_config.hpp"
#include "exit_codes.hpp"
#include "logging.hpp"
#include "runtime/service.hpp"
#include "runtime/signals.hpp"

namespace camtrack::app {
namespace {

struct DemoOptions {
  std::string dir = "var";
  std::string listen = "127.0.0.1:8080";
  std::optional<std::string> admin_password;
};

Config demo_config(const DemoOptions& options) {
  Config config;
  const auto dir = std::filesystem::path(options.dir);
  config.database.path = (dir / "camtrack.db").string();
  config.secrets.key_file = (dir / "secret.key").string();
  config.smtp.mail_dir = (dir / "mail").string();
  config.notices.auto_send_appendix_ii = true;  // the demo's letters go out at once
  config.web.listen = options.listen;
  config.site.enterprise_name = "Công ty TNHH Điện tử Mẫu (demo)";
  config.site.tax_code = "3701234567";
  config.site.place_name = "Bình Dương";
  config.site.customs_unit = "Chi cục Hải quan khu vực II";
  return config;
}

void print_accounts(const std::vector<DemoAccount>& accounts, const Config& config) {
  bool any_new = false;
  std::cout << "  Accounts (one per role):\n";
  for (const auto& a : accounts) {
    std::cout << "    " << a.username << std::string(12 - std::min<std::size_t>(a.username.size(), 11), ' ')
              << (a.password.empty() ? "(password from an earlier run)" : a.password) << "\n";
    any_new = any_new || !a.password.empty();
  }
  if (any_new) std::cout << "  Passwords are stored only as Argon2id hashes: note them now.\n";
  std::cout << "  Reset one with: camtrack user passwd NAME --db " << config.database.path << "\n";
}

void print_welcome(const Config& config, unsigned short port, const std::vector<DemoAccount>& accounts) {
  const auto absolute = [](const std::string& p) { return std::filesystem::absolute(p).lexically_normal().string(); };
  std::string host;
  unsigned short ignored = 0;
  split_listen_address(config.web.listen, host, ignored, true);
  const std::string base = "http://" + host + ":" + std::to_string(port);
  std::cout << "camtrack demo is running.\n"
            << "  Web UI:       " << base << "/\n"
            << "  Health:       " << base << "/healthz\n"
            << "  Metrics:      " << base << "/metrics\n"
            << "  Database:     " << absolute(config.database.path) << "\n"
            << "  Mail folder:  " << absolute(config.smtp.mail_dir) << "\n";
  print_accounts(accounts, config);
  std::cout << "Press Ctrl-C to stop; run it again to resume with the same database.\n"
            << std::flush;
}

void demo(const DemoOptions& options, CommandResult& result) {
  std::string host;
  unsigned short port = 0;
  if (!split_listen_address(options.listen, host, port, true)) {
    std::cerr << "camtrack: --listen: expected host:port, got \"" << options.listen << "\"\n";
    result.exit_code = exit_code::usage;
    return;
  }
  const Config config = demo_config(options);
  setup_logging(config.log);
  block_stop_signals();
  auto started = Service::start(config, {.demo = true, .admin_password = options.admin_password});
  if (!started.service) {
    std::cerr << "camtrack: " << started.error << "\n";
    result.exit_code = exit_code::failure;
    return;
  }
  print_welcome(config, started.service->port(), started.service->demo_accounts());
  wait_for_stop_signal();
  std::cout << "camtrack demo: stopping\n";
  started.service->stop();
  result.exit_code = exit_code::ok;
}

}  // namespace

void add_demo_command(CLI::App& root, CommandResult& result) {
  auto* cmd = root.add_subcommand("demo", "Run a self-contained demo site (SQLite under ./var, web UI on 127.0.0.1:8080)");
  auto options = std::make_shared<DemoOptions>();
  cmd->add_option("--listen", options->listen, "Address of the web UI (host:port; port 0 picks a free one)")
      ->capture_default_str();
  cmd->add_option("--dir", options->dir, "Folder for the demo's database, key and mail")->capture_default_str();
  cmd->add_option("--admin-password", options->admin_password,
                  "Password of the demo's admin account (at least 10 characters); default: generated and printed");
  cmd->callback([&result, options] { demo(*options, result); });
}

}  // namespace camtrack::app
