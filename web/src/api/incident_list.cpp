// GET /api/v1/incidents (the contract's list shape, X-Total-Count) and GET /api/v1/incidents.csv.
#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"
#include "incidents/csv.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::web::api {
namespace {

constexpr int csv_max_rows = 100000;

incidents::IncidentFilter parse_filter(const Request& request) {
  incidents::IncidentFilter filter;
  if (const auto state = request.query_param("state"); !state.empty()) {
    filter.state = incidents::parse_incident_state(state);
    if (!filter.state)
      throw ApiError(400, "'state' must be one of open, notified, in_repair, restored, closed, reopened", "state");
  }
  if (const auto kind = request.query_param("kind"); !kind.empty()) {
    filter.kind = incidents::parse_incident_kind(kind);
    if (!filter.kind) throw ApiError(400, "'kind' must be equipment or link", "kind");
  }
  filter.overdue = query_bool(request, "overdue");
  filter.detected_from = query_instant(request, "from");
  filter.detected_to = query_instant(request, "to");
  if (const auto camera = request.query_param("camera"); !camera.empty()) {
    if (camera.size() > 64) throw ApiError(400, "'camera' is longer than 64 characters", "camera");
    filter.camera = camera;
  }
  filter.offset = static_cast<int>(query_int(request, "offset", 0, 10'000'000).value_or(0));
  filter.limit = static_cast<int>(query_int(request, "limit", 1, 1000).value_or(50));
  if (filter.detected_from && filter.detected_to && *filter.detected_from >= *filter.detected_to)
    throw ApiError(400, "'to' must be after 'from'", "to");
  return filter;
}

Response list(WebServices& s, const Request& request, const incidents::Session& session) {
  const auto filter = parse_filter(request);
  const auto page = take(s.queries.list_incidents(actor_of(session), filter, s.clock()));
  json items = json::array();
  for (const auto& item : page.items) items.push_back(summary_json(item));
  auto response = json_response(200, items);
  response.set_header("X-Total-Count", std::to_string(page.total));
  return response;
}

std::vector<std::string> csv_row(const incidents::IncidentSummary& i) {
  std::string cameras;
  for (const auto& c : i.cameras) cameras += (cameras.empty() ? "" : " ") + c;
  return {std::to_string(i.id),
          std::string(incidents::incident_kind_name(i.kind)),
          std::string(incidents::incident_state_name(i.state)),
          cameras,
          incidents::format_instant(i.detected_at),
          incidents::format_instant(i.deadline_at),
          incidents::format_date(i.deadline_date),
          i.overdue ? "true" : "false"};
}

// Every matching incident (or one page when limit/offset are given), UTF-8 with a BOM for Excel.
Response csv(WebServices& s, const Request& request, const incidents::Session& session) {
  auto filter = parse_filter(request);
  const bool one_page = !request.query_param("limit").empty();
  if (!one_page) filter.limit = 1000;
  std::string body = "\xEF\xBB\xBF" + incidents::csv_line({"id", "kind", "state", "cameras", "detected_at",
                                                            "deadline_at", "deadline_date", "overdue"});
  const auto now = s.clock();
  int rows = 0;
  while (rows < csv_max_rows) {
    const auto page = take(s.queries.list_incidents(actor_of(session), filter, now));
    for (const auto& item : page.items) body += incidents::csv_line(csv_row(item));
    rows += static_cast<int>(page.items.size());
    if (one_page || page.items.empty() || filter.offset + static_cast<std::int64_t>(page.items.size()) >= page.total)
      break;
    filter.offset += static_cast<int>(page.items.size());
  }
  auto response = text_response(200, std::move(body), "text/csv; charset=utf-8");
  response.set_header("Content-Disposition", "attachment; filename=\"incidents.csv\"");
  return response;
}

}  // namespace

void add_incident_list_routes(Router& router, Auth& auth, WebServices& s) {
  router.get("/api/v1/incidents",
             auth.require({}, guarded([&s](const Request& r, const incidents::Session& u) { return list(s, r, u); })));
  router.get("/api/v1/incidents.csv",
             auth.require({}, guarded([&s](const Request& r, const incidents::Session& u) { return csv(s, r, u); })));
}

}  // namespace camtrack::web::api
