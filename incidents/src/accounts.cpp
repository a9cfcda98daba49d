#include "incidents/accounts.hpp"

namespace camtrack::incidents {

std::optional<std::string> username_problem(std::string_view username) {
  if (username.size() < 3 || username.size() > 64) return "username must be 3 to 64 characters long";
  const auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  };
  for (char c : username) {
    if (!allowed(c)) return "username may contain only lower-case letters a-z, digits, '.', '_' and '-'";
  }
  const char first = username.front();
  if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))) {
    return "username must start with a letter or a digit";
  }
  return std::nullopt;
}

std::optional<std::string> password_problem(std::string_view password) {
  if (password.size() < min_password_length) {
    return "password is too short: use at least " + std::to_string(min_password_length) + " characters";
  }
  if (password.size() > max_password_length) {
    return "password is too long: at most " + std::to_string(max_password_length) + " bytes";
  }
  return std::nullopt;
}

bool session_alive(const Session& session, const SessionPolicy& policy, Instant now) {
  return now < session.last_seen_at + policy.idle && now < session.created_at + policy.absolute;
}

}  // namespace camtrack::incidents
