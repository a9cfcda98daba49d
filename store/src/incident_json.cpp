// JSON snapshots of incidents for the audit log's before/after.
#include "deadline_text.hpp"
#include "incident_rows.hpp"
#include "incidents/time_text.hpp"
#include "json_text.hpp"

namespace camtrack::store::detail {

using namespace incidents;

namespace {

std::optional<std::string> instant_text(const std::optional<Instant>& at) {
  return at ? std::optional<std::string>(format_instant(*at)) : std::nullopt;
}

std::string deadline_json(const Deadline& d) {
  std::vector<std::string> skipped;
  for (const auto& s : d.skipped) skipped.push_back(format_date(s.date) + " " + std::string(day_kind_name(s.kind)));
  return JsonObject()
      .add("calendar", d.calendar == CalendarKind::enterprise ? "enterprise" : "state")
      .add("from", format_instant(d.from))
      .add("working_days", d.working_days)
      .add("deadline_date", format_date(d.deadline_date))
      .add("deadline_at", format_instant(d.deadline_at))
      .add("provisional", d.provisional)
      .add("data_version", d.data_version)
      .add("skipped", skipped)
      .str();
}

std::string report_json(const std::optional<RepairReport>& r) {
  if (!r) return "null";
  return JsonObject()
      .add("cause", r->cause)
      .add("action", r->action)
      .add("parts", r->parts)
      .add("minutes_spent", r->minutes_spent)
      .add_optional("final_snapshot", r->final_snapshot)
      .str();
}

std::string explanations_json(const std::vector<OverdueExplanation>& list) {
  std::string out = "[";
  for (const auto& e : list) {
    if (out.size() > 1) out += ',';
    out += JsonObject()
               .add("reason", e.reason)
               .add("expected_completion", format_date(e.expected_completion))
               .add("written_at", format_instant(e.written_at))
               .add("author", e.author)
               .str();
  }
  return out + "]";
}

}  // namespace

std::string incident_json(const Incident& i) {
  JsonObject o;
  o.add("id", i.id)
      .add("kind", incident_kind_name(i.kind))
      .add("state", incident_state_name(i.state))
      .add("fault_key", i.fault_key)
      .add("cameras", i.cameras)
      .add("occurred_at", format_instant(i.occurred_at))
      .add("detected_at", format_instant(i.detected_at))
      .add_raw("deadline", deadline_json(i.deadline));
  if (i.notice) {
    o.add_raw("notice", JsonObject().add("number", i.notice->number).add("sent_at", format_instant(i.notice->sent_at)).str());
  } else {
    o.add_raw("notice", "null");
  }
  o.add_optional("technician", i.technician)
      .add_optional("restored_at", instant_text(i.restored_at))
      .add_optional("closed_at", instant_text(i.closed_at))
      .add_raw("report", report_json(i.report))
      .add("final_snapshot_required", i.final_snapshot_required)
      .add_raw("overdue_explanations", explanations_json(i.explanations))
      .add("reopen_count", i.reopen_count);
  return o.str();
}

}  // namespace camtrack::store::detail
