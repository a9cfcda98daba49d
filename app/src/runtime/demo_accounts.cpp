#include "runtime/demo_accounts.hpp"

#include <sodium.h>

namespace camtrack::app {

std::string generate_password() {
  static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string password;
  for (int i = 0; i < 16; ++i) password += alphabet[randombytes_uniform(sizeof alphabet - 1)];
  return password;
}

DemoAccountsResult ensure_demo_accounts(incidents::AccountStore& accounts, const std::optional<std::string>& admin_password,
                                        incidents::Instant now) {
  using incidents::Role;
  DemoAccountsResult result;
  for (Role role : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    const std::string name(incidents::role_name(role));
    const bool is_admin = role == Role::admin;
    DemoAccount account{name, name, ""};
    if (accounts.find(name)) {
      if (is_admin && admin_password) {
        const auto changed = accounts.set_password(name, *admin_password, "demo", now);
        if (!changed.ok()) result.error = "--admin-password: " + changed.error;
        account.password = *admin_password;
      }
    } else {
      account.password = is_admin && admin_password ? *admin_password : generate_password();
      const auto created = accounts.create({name, role, account.password}, "demo", now);
      if (!created.ok()) result.error = (is_admin && admin_password ? "--admin-password: " : name + ": ") + created.error;
    }
    if (!result.error.empty()) return result;
    result.accounts.push_back(account);
  }
  return result;
}

}  // namespace camtrack::app
