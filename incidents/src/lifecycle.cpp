// The lifecycle transitions after opening: notice, assignment, notes, restoration, closure, reopening,
// overdue explanations.
#include "incidents/lifecycle.hpp"

#include "incidents/permissions.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::incidents {
namespace {

std::string state_text(const Incident& i) { return std::string(incident_state_name(i.state)); }

Refusal wrong_state(const Incident& i, const std::string& what) {
  return refuse(RefusalCode::invalid_transition,
                "cannot " + what + ": incident " + std::to_string(i.id) + " is " + state_text(i));
}

Transition with_event(Incident next, const Actor& actor, Instant now, std::string action, std::string summary) {
  return Transition{std::move(next), {{now, std::string(actor.username), std::move(action), std::move(summary)}}};
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

Outcome<Transition> mark_notified(const Incident& i, const Actor& actor, const Notice& notice, Instant now) {
  if (auto denied = check_permission(actor, Command::mark_notified)) return *denied;
  const bool allowed = i.state == IncidentState::open || i.state == IncidentState::reopened ||
                       i.state == IncidentState::in_repair;
  if (!allowed) return wrong_state(i, "record a notice");
  if (blank(notice.number)) return refuse(RefusalCode::invalid_input, "notice number: required");
  if (notice.sent_at > now) return refuse(RefusalCode::invalid_input, "notice sent_at: is in the future");
  if (notice.sent_at < i.detected_at) {
    return refuse(RefusalCode::invalid_input, "notice sent_at: is before the incident was detected");
  }
  Incident next = i;
  next.notice = notice;
  if (i.state != IncidentState::in_repair) next.state = IncidentState::notified;
  return with_event(next, actor, now, "incident.notified",
                    "notice " + notice.number + " sent at " + format_instant(notice.sent_at));
}

Outcome<Transition> assign_technician(const Incident& i, const Actor& actor, const std::string& technician,
                                      Instant now) {
  if (auto denied = check_permission(actor, Command::assign)) return *denied;
  if (!is_active(i.state)) return wrong_state(i, "assign a technician");
  if (blank(technician)) return refuse(RefusalCode::invalid_input, "technician: required");
  Incident next = i;
  next.technician = technician;
  next.state = IncidentState::in_repair;
  return with_event(next, actor, now, "incident.assigned", "assigned to " + technician);
}

Outcome<Transition> add_note(const Incident& i, const Actor& actor, const std::string& text, Instant now) {
  if (auto denied = check_permission(actor, Command::add_note)) return *denied;
  if (blank(text)) return refuse(RefusalCode::invalid_input, "note: text is empty");
  return with_event(i, actor, now, "incident.note", text);
}

Outcome<Transition> mark_restored(const Incident& i, const Actor& actor, Instant restored_at, Instant now) {
  if (auto denied = check_permission(actor, Command::mark_restored)) return *denied;
  if (!is_active(i.state)) return wrong_state(i, "mark restored");
  if (restored_at > now) return refuse(RefusalCode::invalid_input, "restored_at: is in the future");
  if (restored_at < i.detected_at) {
    return refuse(RefusalCode::invalid_input, "restored_at: is before the incident was detected");
  }
  Incident next = i;
  next.state = IncidentState::restored;
  next.restored_at = restored_at;
  const bool late = restored_at >= i.deadline.deadline_at;
  return with_event(next, actor, now, "incident.restored",
                    "restored at " + format_instant(restored_at) + (late ? " (after the deadline)" : ""));
}

Outcome<Transition> require_final_snapshot(const Incident& i, const Actor& actor, bool required, Instant now) {
  if (auto denied = check_permission(actor, Command::require_snapshot)) return *denied;
  if (i.state == IncidentState::closed) return wrong_state(i, "change the final-snapshot requirement");
  Incident next = i;
  next.final_snapshot_required = required;
  return with_event(next, actor, now, "incident.snapshot_requirement",
                    required ? "final snapshot required at closure" : "final snapshot no longer required");
}

Outcome<Transition> close_incident(const Incident& i, const Actor& actor, const RepairReport& report,
                                   Instant now) {
  if (auto denied = check_permission(actor, Command::close)) return *denied;
  if (i.state != IncidentState::restored) return wrong_state(i, "close (only a restored incident closes)");
  if (blank(report.cause)) return refuse(RefusalCode::invalid_input, "repair report cause: required");
  if (blank(report.action)) return refuse(RefusalCode::invalid_input, "repair report action: required");
  if (report.minutes_spent < 0) return refuse(RefusalCode::invalid_input, "time spent: must not be negative");
  if (i.final_snapshot_required && (!report.final_snapshot || blank(*report.final_snapshot))) {
    return refuse(RefusalCode::invalid_input, "final snapshot: the officer requires one as proof of repair");
  }
  Incident next = i;
  next.state = IncidentState::closed;
  next.closed_at = now;
  next.report = report;
  return with_event(next, actor, now, "incident.closed", "closed: cause: " + report.cause + "; action: " + report.action);
}

Outcome<Transition> reopen_incident(const Incident& i, const Actor& actor, Instant returned_at,
                                    const LifecyclePolicy& policy, Instant now) {
  if (auto denied = check_permission(actor, Command::reopen)) return *denied;
  if (is_active(i.state) || !i.restored_at) return wrong_state(i, "reopen (only a restored or closed incident)");
  if (returned_at > now) return refuse(RefusalCode::invalid_input, "returned_at: is in the future");
  if (returned_at < *i.restored_at) return refuse(RefusalCode::invalid_input, "returned_at: is before the restoration");
  if (returned_at - *i.restored_at > policy.reopen_window) {
    return refuse(RefusalCode::invalid_transition,
                  "the fault returned more than the reopen window (" +
                      std::to_string(policy.reopen_window.count() / 3600) +
                      " h) after restoration; open a new incident");
  }
  Incident next = i;
  next.state = IncidentState::reopened;
  next.restored_at.reset();
  next.closed_at.reset();
  next.report.reset();
  ++next.reopen_count;
  return with_event(next, actor, now, "incident.reopened",
                    "the fault returned at " + format_instant(returned_at) + "; the clock runs again");
}

Outcome<Transition> explain_overdue(const Incident& i, const Actor& actor, const std::string& reason,
                                    const std::optional<Date>& expected, Instant now) {
  if (auto denied = check_permission(actor, Command::explain_overdue)) return *denied;
  if (!missed_deadline(i, now)) {
    return refuse(RefusalCode::invalid_transition,
                  "incident " + std::to_string(i.id) + " is not overdue (deadline " +
                      format_date(i.deadline.deadline_date) + ")");
  }
  if (blank(reason)) return refuse(RefusalCode::invalid_input, "reason: required");
  if (!expected) return refuse(RefusalCode::invalid_input, "expected completion date: required");
  const Date today = vietnam_date(now);
  if (*expected < today) {
    return refuse(RefusalCode::invalid_input, "expected completion date: " + format_date(*expected) +
                                                  " is in the past (today is " + format_date(today) + ")");
  }
  Incident next = i;
  next.explanations.push_back({reason, *expected, now, std::string(actor.username)});
  return with_event(next, actor, now, "incident.overdue_explained",
                    "overdue: " + reason + "; expected completion " + format_date(*expected));
}

}  // namespace camtrack::incidents
