// The JSON shapes of the API: one function per domain value, so the list, the detail, the dashboard
// and the CSV agree on names. Times are RFC 3339 UTC, dates YYYY-MM-DD.
#pragma once

#include <nlohmann/json.hpp>

#include "incidents/accounts.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory.hpp"
#include "web/services.hpp"

namespace camtrack::web::api {

using nlohmann::json;

// Exactly {"id","kind","state","cameras","detected_at","deadline_at","deadline_date","overdue"}.
json summary_json(const incidents::IncidentSummary& s);
json deadline_json(const incidents::Deadline& d);
json clock_json(const incidents::ClockStatus& c);
json incident_json(const incidents::Incident& i);
json event_json(const incidents::IncidentEvent& e);
json camera_json(const incidents::Camera& c);
json recorder_json(const incidents::Recorder& r);
json uplink_json(const incidents::Uplink& u);
json site_json(const incidents::Site& s);
json user_json(const incidents::User& u);
json vehicle_json(const incidents::VehicleEntry& v);
json notice_json(const NoticeInfo& n);
json audit_json(const AuditEntry& a);
json day_json(const incidents::DayInfo& d);
std::string_view health_name(Health h);

}  // namespace camtrack::web::api
