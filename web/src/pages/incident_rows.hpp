// One incident as a table row of the dashboard and the incident list (labels, countdown, urgency).
#pragma once

#include "incidents/incident_queries.hpp"
#include "pages/view.hpp"

namespace camtrack::web::pages {

// {id, href, kind, state, cameras, detected, deadline, deadline_iso, countdown, urgency, active, overdue}
Data summary_row(const PageContext& ctx, const incidents::IncidentSummary& summary);

}  // namespace camtrack::web::pages
