// `camtrack demo`: the embedded default. Starts a simulated enterprise on 127.0.0.1 (camsim cameras over
// every location class, a recorder, the customs end of the uplink), seeds it into the inventory, runs
// camtrack on its own files under ./var (SQLite, mail folder, key) with the web UI on 127.0.0.1:8080,
// plays the fault scenario after --scenario-delay seconds and tells the newcomer where to look.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "command_support.hpp"
#include "config/validate_config.hpp"
#include "exit_codes.hpp"
#include "logging.hpp"
#include "runtime/demo_scenario.hpp"
#include "runtime/demo_seed.hpp"
#include "runtime/service.hpp"
#include "runtime/signals.hpp"

namespace camtrack::app {
namespace {

struct DemoOptions {
  std::string dir = "var";
  std::string listen = "127.0.0.1:8080";
  std::optional<std::string> admin_password;
  int cameras = 24;
  int scenario_delay = 60;  // seconds
  bool no_scenario = false;
};

incidents::Instant now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

Config demo_config(const DemoOptions& options) {
  Config config;
  const auto dir = std::filesystem::path(options.dir);
  config.database.path = (dir / "camtrack.db").string();
  config.secrets.key_file = (dir / "secret.key").string();
  config.smtp.mail_dir = (dir / "mail").string();
  config.notices.auto_send_appendix_ii = true;  // the demo's letters go out at once
  config.web.listen = options.listen;
  const auto site = demo::demo_site_record();
  config.site.enterprise_name = site.enterprise_name;
  config.site.tax_code = site.tax_code;
  config.site.address = site.address;
  config.site.phone = site.phone;
  config.site.email = site.email;
  config.site.contact_person = site.contact_person;
  config.site.legal_representative = site.legal_representative;
  config.site.place_name = site.place_name;
  config.site.customs_unit = site.customs_unit;
  config.site.customs_emails = site.customs_emails;
  // Faults show within two minutes: a check every 10 s, confirmed after 2 failures.
  config.monitor.interval_seconds = 10;
  config.monitor.timeout_seconds = 3;
  config.monitor.confirm_after_failures = 2;
  config.monitor.clear_after_successes = 2;
  config.monitor.recording_interval_seconds = 15;  // the scenario's short retention shows within a minute
  // Appendix II goes out (to the mail folder) as soon as an incident opens, without an officer's approval.
  config.notices.auto_send_appendix_ii = true;
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

void print_site(DemoSite& site, const SeedSummary& seeded, const DemoOptions& options) {
  std::cout << "  Simulated site: " << site.plan().size() << " ONVIF cameras on 127.0.0.1 ("
            << seeded.cameras_created << " new, " << seeded.cameras_updated << " resumed; first "
            << site.plan().front().code << " at " << site.camera_address(0) << "), recorder " << demo::recorder_code
            << " at " << site.recorder_address() << ", uplink " << demo::uplink_code << " to "
            << site.uplink_check_target() << "\n"
            << "  Customs account on every camera: " << demo::customs_user << " / " << demo::customs_password << "\n";
  if (options.no_scenario) {
    std::cout << "  Scenario: off (--no-scenario)\n";
  } else {
    std::cout << "  Kịch bản bắt đầu sau " << options.scenario_delay << " giây / Scenario starts in "
              << options.scenario_delay << " s\n";
  }
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
}

void print_footer() {
  std::cout << "Press Ctrl-C to stop; run it again to resume with the same database.\n"
            << std::flush;
}

void run_demo(const DemoOptions& options, CommandResult& result) {
  std::string host;
  unsigned short port = 0;
  if (!split_listen_address(options.listen, host, port, true)) {
    std::cerr << "camtrack: --listen: expected host:port, got \"" << options.listen << "\"\n";
    result.exit_code = exit_code::usage;
    return;
  }
  if (options.scenario_delay < 0) {
    std::cerr << "camtrack: --scenario-delay: expected 0 or more seconds, got " << options.scenario_delay << "\n";
    result.exit_code = exit_code::usage;
    return;
  }
  const Config config = demo_config(options);
  setup_logging(config.log);
  block_stop_signals();  // before any thread starts (simulators included)
  auto site = DemoSite::start(options.cameras);
  SeedSummary seeded;
  std::optional<std::string> error = site.site ? std::nullopt : std::optional(site.error);
  if (!error) error = seed_demo_database(config.database.path, config.secrets.key_file, *site.site, now(), seeded);
  auto started = error ? Service::StartResult{} : Service::start(config, {.demo = true, .admin_password = options.admin_password});
  if (!error && !started.service) error = started.error;
  if (error) {
    std::cerr << "camtrack: " << *error << "\n";
    result.exit_code = error->starts_with("--cameras") ? exit_code::usage : exit_code::failure;
    return;
  }
  print_welcome(config, started.service->port(), started.service->demo_accounts());
  print_site(*site.site, seeded, options);
  print_footer();
  std::optional<DemoScenario> scenario;
  if (!options.no_scenario) {
    scenario.emplace(*site.site, std::chrono::seconds(options.scenario_delay),
                     [](const std::string& line) { std::cout << line << std::endl; });
  }
  wait_for_stop_signal();
  std::cout << "camtrack demo: stopping\n";
  if (scenario) scenario->stop();
  started.service->stop();
  site.site->stop();
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
  cmd->add_option("--cameras", options->cameras, "Number of simulated cameras (1-1000)")->capture_default_str();
  cmd->add_option("--scenario-delay", options->scenario_delay,
                  "Seconds before the scripted faults start (0: at once)")->capture_default_str();
  cmd->add_flag("--no-scenario", options->no_scenario, "Run the simulated site without the scripted faults");
  cmd->callback([&result, options] { run_demo(*options, result); });
}

}  // namespace camtrack::app
