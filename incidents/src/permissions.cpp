#include "incidents/permissions.hpp"

#include <string>

namespace camtrack::incidents {

std::string_view command_name(Command command) {
  switch (command) {
    case Command::read: return "read incidents";
    case Command::open_incident: return "open an incident";
    case Command::mark_notified: return "record a notice";
    case Command::assign: return "assign a technician";
    case Command::add_note: return "add a note";
    case Command::mark_restored: return "mark an incident restored";
    case Command::require_snapshot: return "require a final snapshot";
    case Command::close: return "close an incident";
    case Command::reopen: return "reopen an incident";
    case Command::explain_overdue: return "write an overdue explanation";
    case Command::log_vehicle: return "write the gate vehicle log";
    case Command::edit_inventory: return "edit the inventory";
  }
  return "unknown command";
}

bool may(Role role, Command command) {
  if (command == Command::read) return true;
  switch (role) {
    case Role::admin: return true;
    case Role::liaison: return false;
    case Role::guard: return command == Command::log_vehicle;
    case Role::technician:
      return command == Command::open_incident || command == Command::assign || command == Command::add_note ||
             command == Command::mark_restored || command == Command::close || command == Command::reopen;
    case Role::officer:
      return command != Command::close;  // the repair report is the technician's
  }
  return false;
}

std::optional<Refusal> check_permission(const Actor& actor, Command command) {
  if (may(actor.role, command)) return std::nullopt;
  return refuse(RefusalCode::forbidden, "role '" + std::string(role_name(actor.role)) + "' may not " +
                                            std::string(command_name(command)));
}

}  // namespace camtrack::incidents
