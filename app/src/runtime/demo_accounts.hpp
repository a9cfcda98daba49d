// The demo's accounts: one user per role (admin, officer, technician, guard, liaison), created on the
// first run with generated passwords that are printed once (only Argon2id hashes are stored). A given
// admin password is (re)applied on every run so that scripts can sign in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "incidents/accounts.hpp"

namespace camtrack::app {

struct DemoAccount {
  std::string username;
  std::string role;
  std::string password;  // empty when the account already existed (password kept)
};

struct DemoAccountsResult {
  std::vector<DemoAccount> accounts;
  std::string error;  // non-empty when an account could not be made
};

DemoAccountsResult ensure_demo_accounts(incidents::AccountStore& accounts, const std::optional<std::string>& admin_password,
                                        incidents::Instant now);

// A random password of 16 letters and digits (about 95 bits).
std::string generate_password();

}  // namespace camtrack::app
