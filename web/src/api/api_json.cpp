// JSON views of domain values (see api_json.hpp).
#include "api_json.hpp"

#include "incidents/time_text.hpp"

namespace camtrack::web::api {
namespace {

using incidents::format_date;
using incidents::format_instant;

json optional_instant(const std::optional<incidents::Instant>& at) {
  return at ? json(format_instant(*at)) : json(nullptr);
}

}  // namespace

json summary_json(const incidents::IncidentSummary& s) {
  return {{"id", s.id},
          {"kind", incidents::incident_kind_name(s.kind)},
          {"state", incidents::incident_state_name(s.state)},
          {"cameras", s.cameras},
          {"detected_at", format_instant(s.detected_at)},
          {"deadline_at", format_instant(s.deadline_at)},
          {"deadline_date", format_date(s.deadline_date)},
          {"overdue", s.overdue}};
}

json deadline_json(const incidents::Deadline& d) {
  json skipped = json::array();
  for (const auto& day : d.skipped)
    skipped.push_back({{"date", format_date(day.date)}, {"kind", incidents::to_string(day.kind)}, {"name", day.name}});
  return {{"calendar", incidents::to_string(d.calendar)},
          {"from", format_instant(d.from)},
          {"working_days", d.working_days},
          {"deadline_date", format_date(d.deadline_date)},
          {"deadline_at", format_instant(d.deadline_at)},
          {"provisional", d.provisional},
          {"skipped", skipped}};
}

json clock_json(const incidents::ClockStatus& c) {
  return {{"working_days_elapsed", c.working_days_elapsed},
          {"working_days_remaining", c.working_days_remaining},
          {"seconds_remaining", c.time_remaining.count()},
          {"overdue", c.overdue}};
}

json incident_json(const incidents::Incident& i) {
  json explanations = json::array();
  for (const auto& e : i.explanations)
    explanations.push_back({{"reason", e.reason},
                            {"expected_completion", format_date(e.expected_completion)},
                            {"written_at", format_instant(e.written_at)},
                            {"author", e.author}});
  json report = nullptr;
  if (i.report)
    report = {{"cause", i.report->cause},
              {"action", i.report->action},
              {"parts", i.report->parts},
              {"minutes_spent", i.report->minutes_spent},
              {"final_snapshot", i.report->final_snapshot ? json(*i.report->final_snapshot) : json(nullptr)}};
  json notice = nullptr;
  if (i.notice) notice = {{"number", i.notice->number}, {"sent_at", format_instant(i.notice->sent_at)}};
  return {{"id", i.id},
          {"kind", incidents::incident_kind_name(i.kind)},
          {"state", incidents::incident_state_name(i.state)},
          {"fault_key", i.fault_key},
          {"cameras", i.cameras},
          {"occurred_at", format_instant(i.occurred_at)},
          {"detected_at", format_instant(i.detected_at)},
          {"deadline", deadline_json(i.deadline)},
          {"notice", notice},
          {"technician", i.technician ? json(*i.technician) : json(nullptr)},
          {"restored_at", optional_instant(i.restored_at)},
          {"closed_at", optional_instant(i.closed_at)},
          {"report", report},
          {"final_snapshot_required", i.final_snapshot_required},
          {"explanations", explanations},
          {"reopen_count", i.reopen_count}};
}

json event_json(const incidents::IncidentEvent& e) {
  return {{"at", format_instant(e.at)}, {"actor", e.actor}, {"action", e.action}, {"summary", e.summary}};
}

json camera_json(const incidents::Camera& c) {
  return {{"code", c.code},
          {"name", c.name},
          {"location_class", incidents::location_class_name(c.location)},
          {"onvif_address", c.onvif_address},
          {"username", c.username},
          {"has_password", c.has_password},
          {"recorder_id", c.recorder_id ? json(*c.recorder_id) : json(nullptr)},
          {"switch", c.switch_name},
          {"enabled", c.enabled}};
}

json recorder_json(const incidents::Recorder& r) {
  return {{"id", r.id},           {"code", r.code},         {"name", r.name},
          {"address", r.address}, {"enabled", r.enabled},   {"username", r.username},
          {"has_password", r.has_password}};
}

json uplink_json(const incidents::Uplink& u) {
  return {{"id", u.id},     {"code", u.code},         {"name", u.name}, {"kind", incidents::uplink_kind_name(u.kind)},
          {"check_targets", u.check_targets}, {"enabled", u.enabled}};
}

json site_json(const incidents::Site& s) {
  return {{"enterprise_name", s.enterprise_name},
          {"tax_code", s.tax_code},
          {"address", s.address},
          {"phone", s.phone},
          {"email", s.email},
          {"contact_person", s.contact_person},
          {"legal_representative", s.legal_representative},
          {"place_name", s.place_name},
          {"customs_unit", s.customs_unit},
          {"addressee_line", s.addressee_line},
          {"customs_emails", s.customs_emails}};
}

json user_json(const incidents::User& u) {
  return {{"username", u.username},
          {"role", incidents::role_name(u.role)},
          {"disabled", u.disabled},
          {"created_at", format_instant(u.created_at)},
          {"password_changed_at", format_instant(u.password_changed_at)}};
}

json vehicle_json(const incidents::VehicleEntry& v) {
  return {{"id", v.id},
          {"incident_id", v.incident_id},
          {"gate_camera", v.gate_camera},
          {"plate", v.plate},
          {"container", v.container ? json(*v.container) : json(nullptr)},
          {"direction", incidents::direction_name(v.direction)},
          {"at", format_instant(v.at)},
          {"guard", v.guard},
          {"recorded_at", format_instant(v.recorded_at)}};
}

json notice_json(const NoticeInfo& n) {
  return {{"id", n.id},
          {"kind", n.kind},
          {"notice_number", n.notice_number},
          {"subject", n.subject},
          {"state", n.state},
          {"created_at", format_instant(n.created_at)},
          {"sent_at", optional_instant(n.sent_at)},
          {"last_error", n.last_error},
          {"has_pdf", n.has_pdf},
          {"pdf_url", n.has_pdf ? json("/api/v1/notices/" + std::to_string(n.id) + "/pdf") : json(nullptr)}};
}

json audit_json(const AuditEntry& a) {
  auto detail = json::parse(a.detail, nullptr, false);
  return {{"id", a.id},
          {"at", a.at},
          {"actor", a.actor},
          {"action", a.action},
          {"subject", a.subject},
          {"detail", detail.is_discarded() ? json(a.detail) : detail}};
}

json day_json(const incidents::DayInfo& d) {
  return {{"date", format_date(d.date)},
          {"kind", incidents::to_string(d.kind)},
          {"name", d.name},
          {"source", d.source},
          {"working", d.working}};
}

std::string_view health_name(Health h) {
  switch (h) {
    case Health::up: return "up";
    case Health::down: return "down";
    case Health::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace camtrack::web::api
