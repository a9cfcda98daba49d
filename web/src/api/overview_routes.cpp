// GET /api/v1/calendar/{year} (days off, make-up working days, provisional flag) and
// GET /api/v1/dashboard (live site health, coverage gaps, active incidents with their countdown).
// The dashboard is the same for every role and is polled by every open browser: it is built at most
// once per second of the service clock and otherwise served from that build (see web/README.md).
#include <algorithm>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include "api_json.hpp"
#include "api_routes.hpp"
#include "api_support.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::web::api {
namespace {

using incidents::Session;

Response calendar(WebServices& s, const Request& r) {
  const auto& cal = s.calendar;
  const std::string text(r.param("year"));
  const bool digits = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int year = digits ? std::stoi(text) : 0;
  if (year < incidents::WorkingCalendar::first_year || year > incidents::WorkingCalendar::last_year)
    throw ApiError(400, "'year' must be a year from 1900 to 2100", "year");
  json off = json::array(), makeup = json::array(), days = json::array();
  for (const auto& day : cal.special_days(year)) {
    const bool rest = cal.weekly_rest()[std::chrono::weekday{std::chrono::sys_days{day.date}}.c_encoding()];
    if (!day.working && !rest) off.push_back({{"date", incidents::format_date(day.date)}, {"name", day.name}});
    if (day.working && rest) makeup.push_back({{"date", incidents::format_date(day.date)}, {"name", day.name}});
    days.push_back(day_json(day));
  }
  return json_response(200, {{"year", year},
                             {"calendar", incidents::to_string(cal.kind())},
                             {"provisional", cal.is_provisional(year)},
                             {"source", cal.year_source(year)},
                             {"non_working_weekdays", off},
                             {"working_weekend_days", makeup},
                             {"special_days", days}});
}

// Active incidents (every state where the clock runs), soonest deadline first.
std::vector<incidents::IncidentSummary> active_incidents(WebServices& s, const Session& u, incidents::Instant now) {
  std::vector<incidents::IncidentSummary> out;
  for (auto state : {incidents::IncidentState::open, incidents::IncidentState::notified,
                     incidents::IncidentState::in_repair, incidents::IncidentState::reopened}) {
    incidents::IncidentFilter filter;
    filter.state = state;
    filter.limit = 1000;
    auto page = take(s.queries.list_incidents(actor_of(u), filter, now));
    out.insert(out.end(), page.items.begin(), page.items.end());
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.deadline_at != b.deadline_at ? a.deadline_at < b.deadline_at : a.id < b.id;
  });
  return out;
}

json countdown_json(WebServices& s, const incidents::IncidentSummary& i, incidents::Instant now) {
  json item = summary_json(i);
  item["seconds_remaining"] = (i.deadline_at - now).count();
  const auto today = incidents::local_date(now);
  int days = 0;
  if (!i.overdue && s.calendar.contains(today) && s.calendar.contains(i.deadline_date))
    days = s.calendar.working_days_between(today, i.deadline_date) + (s.calendar.is_working_day(today) ? 1 : 0);
  item["working_days_remaining"] = days;  // today counts while it is a working day
  return item;
}

json health_json(WebServices& s, const Session& u, const SiteHealth& health) {
  json cameras = json::array();
  for (const auto& c : take(s.inventory.cameras(actor_of(u)))) {
    json item = {{"code", c.code}, {"name", c.name}, {"location_class", incidents::location_class_name(c.location)},
                 {"enabled", c.enabled}, {"health", "unknown"}, {"problem", ""}, {"last_checked", nullptr},
                 {"has_snapshot", false}};
    for (const auto& h : health.cameras) {
      if (h.code != c.code) continue;
      item["health"] = health_name(h.health);
      item["problem"] = h.problem;
      if (h.last_checked) item["last_checked"] = incidents::format_instant(*h.last_checked);
      item["has_snapshot"] = h.has_snapshot;
    }
    cameras.push_back(std::move(item));
  }
  json uplinks = json::array();
  for (const auto& up : health.uplinks)
    uplinks.push_back({{"code", up.code}, {"health", health_name(up.health)}, {"problem", up.problem}});
  json gaps = json::array();
  for (auto g : health.coverage_gaps) gaps.push_back(incidents::location_class_name(g));
  return {{"monitoring", health.monitoring}, {"cameras", cameras}, {"uplinks", uplinks}, {"coverage_gaps", gaps}};
}

Response dashboard(WebServices& s, const Session& u) {
  const auto now = s.clock();
  const auto health = s.site_health ? s.site_health() : SiteHealth{};
  json body = health_json(s, u, health);
  json open = json::array();
  int overdue = 0;
  for (const auto& i : active_incidents(s, u, now)) {
    overdue += i.overdue ? 1 : 0;
    open.push_back(countdown_json(s, i, now));
  }
  body["now"] = incidents::format_instant(now);
  body["counts"] = {{"open_incidents", open.size()}, {"overdue_incidents", overdue},
                    {"coverage_gaps", health.coverage_gaps.size()}};
  body["open_incidents"] = std::move(open);
  return json_response(200, body);
}

// The dashboard body built during the current second of the clock, shared by the server's threads.
class DashboardCache {
 public:
  Response get(WebServices& s, const Session& u) {
    const auto now = s.clock();
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (built_ && built_at_ == now) return cached_;
    }
    auto response = dashboard(s, u);
    const std::lock_guard<std::mutex> lock(mutex_);
    cached_ = response;
    built_at_ = now;
    built_ = true;
    return response;
  }

 private:
  std::mutex mutex_;
  bool built_ = false;
  incidents::Instant built_at_{};
  Response cached_;
};

}  // namespace

void add_overview_routes(Router& router, Auth& auth, WebServices& s) {
  router.get("/api/v1/calendar/{year}",
             auth.require({}, guarded([&s](const Request& r, const Session&) { return calendar(s, r); })));
  auto cache = std::make_shared<DashboardCache>();
  router.get("/api/v1/dashboard", auth.require({}, guarded([&s, cache](const Request&, const Session& u) {
                                                 return cache->get(s, u);
                                               })));
}

}  // namespace camtrack::web::api
