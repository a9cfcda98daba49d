// Timeline events and refusal reasons rewritten from the message catalog (see event_text.hpp). The
// domain's English texts are parsed by their fixed shapes (incidents/src/lifecycle*.cpp); a text that
// does not match keeps its stored wording, so nothing is ever lost.
#include "pages/event_text.hpp"

#include "incidents/time_text.hpp"
#include "pages/format.hpp"

namespace camtrack::web::pages {
namespace {

bool starts(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "2026-12-08T03:04:05Z" → "08/12/2026 10:04" (Vietnam time); the text itself when malformed.
std::string when(std::string_view rfc3339) {
  const auto at = incidents::parse_instant(rfc3339);
  return at ? local_time_text(*at) : std::string(rfc3339);
}

// "2026-12-08" → "08/12/2026"; the text itself when malformed.
std::string day(std::string_view iso) {
  const auto d = incidents::parse_date(iso);
  return d ? date_text(*d) : std::string(iso);
}

// "A<sep>B" split at the first `sep`; nullopt when absent.
std::optional<std::pair<std::string, std::string>> split(std::string_view s, std::string_view sep) {
  const auto at = s.find(sep);
  if (at == std::string_view::npos) return std::nullopt;
  return std::pair{std::string(s.substr(0, at)), std::string(s.substr(at + sep.size()))};
}

// "<kind> incident opened (<fault>), deadline <date>[; cameras: ...][; left out (class other): ...]"
std::optional<std::string> opened(Lang lang, std::string_view s) {
  auto head = split(s, " incident opened (");
  if (!head) return std::nullopt;
  auto fault = split(head->second, "), deadline ");
  if (!fault || fault->second.size() < 10) return std::nullopt;
  const std::string kind(tr(lang, "ev_kind_" + head->first));
  std::string out = fill_message(lang, "ev_opened", {kind, fault->first, day(fault->second.substr(0, 10))});
  std::string_view rest = std::string_view(fault->second).substr(10);
  while (starts(rest, "; ")) {
    rest.remove_prefix(2);
    const auto next = rest.find("; ");
    const std::string_view part = rest.substr(0, next);
    if (starts(part, "cameras: ")) {
      out += "; " + fill_message(lang, "ev_cameras", {std::string(part.substr(9))});
    } else if (starts(part, "left out (class other): ")) {
      out += "; " + fill_message(lang, "ev_left_out", {std::string(part.substr(24))});
    } else {
      out += "; " + std::string(part);
    }
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
  }
  return rest.empty() ? std::optional(out) : std::nullopt;
}

std::optional<std::string> rewrite(Lang lang, std::string_view action, std::string_view s) {
  if (action == "incident.opened") return opened(lang, s);
  if (action == "incident.cameras_added" && starts(s, "cameras added: ")) {
    return fill_message(lang, "ev_cameras_added", {std::string(s.substr(15))});
  }
  if (action == "incident.notified" && starts(s, "notice ")) {
    const auto at = s.rfind(" sent at ");
    if (at == std::string_view::npos || at < 7) return std::nullopt;
    return fill_message(lang, "ev_notified", {std::string(s.substr(7, at - 7)), when(s.substr(at + 9))});
  }
  if (action == "incident.assigned" && starts(s, "assigned to ")) {
    return fill_message(lang, "ev_assigned", {std::string(s.substr(12))});
  }
  if (action == "incident.note") return fill_message(lang, "ev_note", {std::string(s)});
  if (action == "incident.restored" && starts(s, "restored at ")) {
    constexpr std::string_view late = " (after the deadline)";
    const bool is_late = s.size() > late.size() && s.substr(s.size() - late.size()) == late;
    const auto at = s.substr(12, s.size() - 12 - (is_late ? late.size() : 0));
    return fill_message(lang, is_late ? "ev_restored_late" : "ev_restored", {when(at)});
  }
  if (action == "incident.snapshot_requirement") {
    if (s == "final snapshot required at closure") return std::string(tr(lang, "ev_snapshot_required"));
    if (s == "final snapshot no longer required") return std::string(tr(lang, "ev_snapshot_not_required"));
    return std::nullopt;
  }
  if (action == "incident.closed" && starts(s, "closed: cause: ")) {
    auto parts = split(s.substr(15), "; action: ");
    if (!parts) return std::nullopt;
    return fill_message(lang, "ev_closed", {parts->first, parts->second});
  }
  if (action == "incident.reopened" && starts(s, "the fault returned at ")) {
    auto parts = split(s.substr(22), "; ");
    if (!parts) return std::nullopt;
    return fill_message(lang, "ev_reopened", {when(parts->first)});
  }
  if (action == "incident.overdue_explained" && starts(s, "overdue: ")) {
    const auto at = s.rfind("; expected completion ");
    if (at == std::string_view::npos || at < 9) return std::nullopt;
    return fill_message(lang, "ev_explained", {std::string(s.substr(9, at - 9)), day(s.substr(at + 22))});
  }
  return std::nullopt;
}

// The quoted value of "... '<value>' ..." (the first quoted part).
std::optional<std::string> quoted(std::string_view s) {
  const auto open = s.find('\'');
  if (open == std::string_view::npos) return std::nullopt;
  const auto close = s.find('\'', open + 1);
  if (close == std::string_view::npos) return std::nullopt;
  return std::string(s.substr(open + 1, close - open - 1));
}

// "plate: 'X' ...; container: 'Y' ..." (the vehicle-log checks) with every part rewritten; nullopt when
// a part is not a field problem that has a catalog message.
std::optional<std::string> field_problems(Lang lang, std::string_view reason) {
  std::string out;
  while (!reason.empty()) {
    const auto end = reason.find("; ");
    const std::string_view part = reason.substr(0, end);
    const auto colon = part.find(": ");
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string problem(part.substr(colon + 2));
    const auto text = field_problem_text(lang, part.substr(0, colon), problem);
    if (text == problem) return std::nullopt;
    out += (out.empty() ? "" : "; ") + text;
    reason = end == std::string_view::npos ? std::string_view{} : reason.substr(end + 2);
  }
  return out.empty() ? std::nullopt : std::optional(out);
}

}  // namespace

std::string fill_message(Lang lang, std::string_view key, std::initializer_list<std::string> args) {
  std::string out(tr(lang, key));
  int n = 1;
  for (const auto& arg : args) {
    const std::string mark = "{" + std::to_string(n++) + "}";
    if (const auto at = out.find(mark); at != std::string::npos) out.replace(at, mark.size(), arg);
  }
  return out;
}

std::string event_text(Lang lang, const incidents::IncidentEvent& event) {
  return rewrite(lang, event.action, event.summary).value_or(event.summary);
}

std::optional<std::string> refusal_reason_text(Lang lang, const incidents::Refusal& refusal) {
  using incidents::RefusalCode;
  if (lang != Lang::vi) return std::nullopt;
  const std::string_view r = refusal.reason;
  if (refusal.code == RefusalCode::forbidden && starts(r, "role '")) return std::string(tr(lang, "rf_role"));
  if (refusal.code == RefusalCode::invalid_transition) {
    if (starts(r, "cannot ")) {
      const auto at = r.rfind(" is ");
      const auto state = at == std::string_view::npos ? std::nullopt : incidents::parse_incident_state(r.substr(at + 4));
      if (state) return fill_message(lang, "rf_state", {state_label(lang, *state)});
    }
    if (const auto at = r.find(" is not overdue (deadline "); at != std::string_view::npos && r.size() >= at + 36) {
      return fill_message(lang, "rf_not_overdue", {day(r.substr(at + 26, 10))});
    }
  }
  if (refusal.code == RefusalCode::invalid_input) {
    if (r == "repair report cause: required") return std::string(tr(lang, "rf_report_cause"));
    if (r == "repair report action: required") return std::string(tr(lang, "rf_report_action"));
    if (auto fields = field_problems(lang, r)) return fields;
  }
  if (refusal.code == RefusalCode::not_found && r.find("no camera with code '") != std::string_view::npos) {
    if (auto code = quoted(r)) return fill_message(lang, "rf_unknown_camera", {*code});
  }
  return std::nullopt;
}

std::string field_problem_text(Lang lang, std::string_view field, const std::string& problem) {
  if (lang != Lang::vi) return problem;
  if (problem == "required") return std::string(tr(lang, "field_required"));
  if (field == "plate") {
    if (auto plate = quoted(problem)) return fill_message(lang, "rf_plate", {*plate});
  }
  if (field == "container") {
    if (auto number = quoted(problem)) return fill_message(lang, "rf_container", {*number});
  }
  return problem;
}

}  // namespace camtrack::web::pages
