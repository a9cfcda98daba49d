// Which role may run which command (REGULATION.md §1). admin: everything; officer: incidents, notices,
// explanations, inventory; technician: repairs; guard: the vehicle log; liaison: read only.
#pragma once

#include <optional>
#include <string_view>

#include "incidents/outcome.hpp"
#include "incidents/roles.hpp"

namespace camtrack::incidents {

enum class Command {
  read,
  open_incident,
  mark_notified,
  assign,
  add_note,
  mark_restored,
  require_snapshot,
  close,
  reopen,
  explain_overdue,
  log_vehicle,
  edit_inventory,
};

std::string_view command_name(Command command);
bool may(Role role, Command command);
// nullopt when allowed, else a forbidden Refusal naming the role and the command.
std::optional<Refusal> check_permission(const Actor& actor, Command command);

}  // namespace camtrack::incidents
