// Who may do what: the five roles of camtrack's users (REGULATION.md §1).
#pragma once

#include <optional>
#include <string_view>

namespace camtrack::incidents {

enum class Role {
  admin,       // accounts, settings, everything
  officer,     // compliance officer: incidents, notices, overdue explanations, inventory
  technician,  // repairs: assign, notes, close with a repair report
  guard,       // gate guard: the vehicle log
  liaison,     // customs liaison officer: read only
};

constexpr std::string_view role_name(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::officer: return "officer";
    case Role::technician: return "technician";
    case Role::guard: return "guard";
    case Role::liaison: return "liaison";
  }
  return "liaison";
}

constexpr std::optional<Role> parse_role(std::string_view name) {
  for (Role r : {Role::admin, Role::officer, Role::technician, Role::guard, Role::liaison}) {
    if (role_name(r) == name) return r;
  }
  return std::nullopt;
}

// The acting user of a command: every change is recorded in the audit log under this name.
struct Actor {
  std::string_view username;
  Role role;
};

}  // namespace camtrack::incidents
