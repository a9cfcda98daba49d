// `camtrack user add|passwd|list|disable`: accounts for the web UI. Passwords come from
// --password-file, $CAMTRACK_PASSWORD, or a prompt without echo on a terminal; they are stored only as
// Argon2id hashes. Every change is written to the audit log as "cli:<login>".
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_support.hpp"
#include "exit_codes.hpp"
#include "incidents/accounts.hpp"
#include "store/account_store.hpp"

namespace camtrack::app {
namespace {

struct UserOptions {
  std::string config;
  std::string db;
  std::string username;
  std::string role;
  std::string password_file;
  bool json = false;
};

incidents::Instant now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

std::string cli_actor() {
  for (const char* name : {"SUDO_USER", "USER", "LOGNAME"}) {
    if (const char* value = std::getenv(name); value != nullptr && *value != '\0') return std::string("cli:") + value;
  }
  return "cli";
}

std::string prompt_hidden(const char* prompt) {
  std::cerr << prompt << std::flush;
  termios old_mode{};
  const bool tty = tcgetattr(STDIN_FILENO, &old_mode) == 0;
  if (tty) {
    termios quiet = old_mode;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) tcsetattr(STDIN_FILENO, TCSANOW, &old_mode);
  std::cerr << "\n";
  return line;
}

// The new password from the file, the environment or the terminal; nullopt (with a message and an
// exit code) when there is none or it is too weak.
std::optional<std::string> read_password(const UserOptions& options, CommandResult& result) {
  std::string password;
  if (!options.password_file.empty()) {
    std::ifstream in(options.password_file);
    if (!in || !std::getline(in, password)) {
      std::cerr << "camtrack: --password-file " << options.password_file << ": cannot read it\n";
      result.exit_code = exit_code::no_input;
      return std::nullopt;
    }
    if (!password.empty() && password.back() == '\r') password.pop_back();
  } else if (const char* env = std::getenv("CAMTRACK_PASSWORD"); env != nullptr && *env != '\0') {
    password = env;
  } else if (isatty(STDIN_FILENO)) {
    password = prompt_hidden(("New password for " + options.username + ": ").c_str());
    if (prompt_hidden("Repeat it: ") != password) {
      std::cerr << "camtrack: the two passwords differ; nothing was changed\n";
      result.exit_code = exit_code::usage;
      return std::nullopt;
    }
  } else {
    std::cerr << "camtrack: no password given: use --password-file FILE, set CAMTRACK_PASSWORD, or run on a "
                 "terminal to be asked\n";
    result.exit_code = exit_code::usage;
    return std::nullopt;
  }
  if (auto problem = incidents::password_problem(password)) {
    std::cerr << "camtrack: " << *problem << "; nothing was changed\n";
    result.exit_code = exit_code::usage;
    return std::nullopt;
  }
  return password;
}

// Runs fn with the account store of the configured database; reports open failures.
template <typename Fn>
void with_accounts(const UserOptions& options, bool create_dir, CommandResult& result, Fn fn) {
  auto config = load_config_or_report(options.config, result);
  if (!config) return;
  const std::filesystem::path path = options.db.empty() ? config->database.path : options.db;
  std::error_code ignored;
  if (create_dir && path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
  if (!create_dir && !std::filesystem::exists(path)) {
    std::cerr << "camtrack: " << path.string() << ": no such database\n";
    result.exit_code = exit_code::no_input;
    return;
  }
  auto db = open_database_or_report(path.string(), result);
  if (!db) return;
  try {
    store::SqliteAccounts accounts(*db);
    fn(accounts);
  } catch (const store::StoreError& e) {
    std::cerr << "camtrack: " << e.what() << "\n";
    result.exit_code = exit_code::failure;
  }
}

bool report(const incidents::AccountResult& outcome, CommandResult& result) {
  if (outcome.ok()) return true;
  std::cerr << "camtrack: " << outcome.error << "; nothing was changed\n";
  result.exit_code = exit_code::failure;
  return false;
}

void add_user(const UserOptions& options, CommandResult& result) {
  if (auto problem = incidents::username_problem(options.username)) {
    std::cerr << "camtrack: " << *problem << "\n";
    result.exit_code = exit_code::usage;
    return;
  }
  const auto role = incidents::parse_role(options.role);
  if (!role) {
    std::cerr << "camtrack: --role: unknown role '" << options.role
              << "'; use one of admin, officer, technician, guard, liaison\n";
    result.exit_code = exit_code::usage;
    return;
  }
  const auto password = read_password(options, result);
  if (!password) return;
  with_accounts(options, true, result, [&](store::SqliteAccounts& accounts) {
    if (!report(accounts.create({options.username, *role, *password}, cli_actor(), now()), result)) return;
    std::cout << "user " << options.username << " added with role " << options.role << "\n";
    result.exit_code = exit_code::ok;
  });
}

void change_password(const UserOptions& options, CommandResult& result) {
  const auto password = read_password(options, result);
  if (!password) return;
  with_accounts(options, false, result, [&](store::SqliteAccounts& accounts) {
    if (!report(accounts.set_password(options.username, *password, cli_actor(), now()), result)) return;
    std::cout << "password of " << options.username << " changed; their sessions were ended\n";
    result.exit_code = exit_code::ok;
  });
}

void disable_user(const UserOptions& options, CommandResult& result) {
  with_accounts(options, false, result, [&](store::SqliteAccounts& accounts) {
    if (!report(accounts.disable(options.username, cli_actor(), now()), result)) return;
    std::cout << "user " << options.username << " disabled; their sessions were ended\n";
    result.exit_code = exit_code::ok;
  });
}

void list_users(const UserOptions& options, CommandResult& result) {
  with_accounts(options, false, result, [&](store::SqliteAccounts& accounts) {
    const auto users = accounts.list();
    if (options.json) {
      auto out = nlohmann::json::array();
      for (const auto& u : users) {
        out.push_back({{"username", u.username}, {"role", incidents::role_name(u.role)}, {"disabled", u.disabled}});
      }
      std::cout << out.dump(2) << "\n";
    } else {
      for (const auto& u : users) {
        std::cout << u.username << "\t" << incidents::role_name(u.role) << (u.disabled ? "\tdisabled" : "") << "\n";
      }
      if (users.empty()) std::cout << "no users yet: add one with 'camtrack user add NAME --role admin'\n";
    }
    result.exit_code = exit_code::ok;
  });
}

CLI::App* subcommand(CLI::App& parent, const char* name, const char* help, UserOptions& options) {
  auto* cmd = parent.add_subcommand(name, help);
  add_config_option(*cmd, options.config);
  add_db_option(*cmd, options.db);
  return cmd;
}

}  // namespace

void add_user_command(CLI::App& root, CommandResult& result) {
  auto* user = root.add_subcommand("user", "Accounts and roles of the web UI");
  user->require_subcommand(1);
  auto options = std::make_shared<UserOptions>();

  auto* add = subcommand(*user, "add", "Add a user with a role (admin, officer, technician, guard, liaison)", *options);
  add->add_option("username", options->username, "Login name (a-z, 0-9, '.', '_', '-')")->required();
  add->add_option("--role", options->role, "admin, officer, technician, guard or liaison")->required();
  add->add_option("--password-file", options->password_file, "Read the password from this file's first line");
  add->callback([&result, options] { add_user(*options, result); });

  auto* passwd = subcommand(*user, "passwd", "Set a user's password (ends their sessions)", *options);
  passwd->add_option("username", options->username, "Login name")->required();
  passwd->add_option("--password-file", options->password_file, "Read the password from this file's first line");
  passwd->callback([&result, options] { change_password(*options, result); });

  auto* list = subcommand(*user, "list", "List users, their roles and whether they are disabled", *options);
  list->add_flag("--json", options->json, "JSON output");
  list->callback([&result, options] { list_users(*options, result); });

  auto* disable = subcommand(*user, "disable", "Disable a user (they can no longer sign in)", *options);
  disable->add_option("username", options->username, "Login name")->required();
  disable->callback([&result, options] { disable_user(*options, result); });
}

}  // namespace camtrack::app
