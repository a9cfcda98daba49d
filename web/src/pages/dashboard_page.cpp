// GET /: cameras by location class with their health, uplinks, coverage gaps, open incidents counting
// down to their deadlines.
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/incident_rows.hpp"
#include "pages/problem_text.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::IncidentState;

std::string health_code(Health h) { return h == Health::up ? "up" : h == Health::down ? "down" : "unknown"; }

Data health_data(const PageContext& ctx, Health h) {
  Data d;
  d.set("health", health_code(h));
  d.set("health_label", std::string(ctx.t("health_" + health_code(h))));
  return d;
}

Data camera_groups(const PageContext& ctx, const SiteHealth& site) {
  std::map<std::string, const CameraHealth*> by_code;
  for (const auto& c : site.cameras) by_code[c.code] = &c;
  auto cameras = ctx.services.inventory.cameras(ctx.actor());
  Data groups = list();
  for (const auto location : incidents::all_location_classes) {
    Data group;
    Data items = list();
    int up = 0, total = 0;
    if (cameras.ok()) {
      for (const auto& camera : *cameras) {
        if (camera.location != location || !camera.enabled) continue;
        const auto it = by_code.find(camera.code);
        const CameraHealth* health = it == by_code.end() ? nullptr : it->second;
        Data item = health_data(ctx, health ? health->health : Health::unknown);
        item.set("code", camera.code);
        item.set("name", camera.name);
        item.set("problem", health ? health->problem : std::string{});
        item.set("problem_text", health ? problem_text(ctx.lang, health->problem) : std::string{});
        item.set("checked", health && health->last_checked ? local_time_text(*health->last_checked) : std::string{});
        items.push_back(item);
        ++total;
        if (health && health->health == Health::up) ++up;
      }
    }
    if (total == 0 && !incidents::in_legal_scope(location)) continue;
    group.set("location", location_label(ctx.lang, location));
    group.set("location_code", std::string(incidents::location_class_name(location)));
    group.set("cameras", items);
    group.set("summary", std::to_string(up) + "/" + std::to_string(total));
    group.set("empty", total == 0);
    groups.push_back(group);
  }
  return groups;
}

Data uplink_rows(const PageContext& ctx, const SiteHealth& site) {
  std::map<std::string, std::string> names;
  if (auto uplinks = ctx.services.inventory.uplinks(ctx.actor()); uplinks.ok()) {
    for (const auto& u : *uplinks) names[u.code] = u.name;
  }
  Data rows = list();
  for (const auto& u : site.uplinks) {
    Data row = health_data(ctx, u.health);
    row.set("code", u.code);
    row.set("name", names[u.code]);
    row.set("problem", u.problem);
    row.set("problem_text", problem_text(ctx.lang, u.problem));
    rows.push_back(row);
  }
  return rows;
}

Data open_incident_rows(const PageContext& ctx, int& count) {
  std::vector<incidents::IncidentSummary> open;
  for (auto state : {IncidentState::open, IncidentState::notified, IncidentState::in_repair, IncidentState::reopened}) {
    incidents::IncidentFilter filter;
    filter.state = state;
    filter.limit = 200;
    auto page = ctx.services.queries.list_incidents(ctx.actor(), filter, ctx.now);
    if (page.ok()) open.insert(open.end(), page->items.begin(), page->items.end());
  }
  std::sort(open.begin(), open.end(), [](const auto& a, const auto& b) { return a.deadline_at < b.deadline_at; });
  Data rows = list();
  for (const auto& s : open) rows.push_back(summary_row(ctx, s));
  count = static_cast<int>(open.size());
  return rows;
}

std::string dashboard_body(const PageContext& ctx) {
  const SiteHealth site = ctx.services.site_health ? ctx.services.site_health() : SiteHealth{};
  Data data;
  data.set("monitoring", site.monitoring);
  data.set("groups", camera_groups(ctx, site));
  data.set("uplinks", uplink_rows(ctx, site));
  data.set("has_uplinks", !site.uplinks.empty());
  Data gaps = list();
  for (const auto location : site.coverage_gaps) {
    Data gap;
    gap.set("location", location_label(ctx.lang, location));
    gaps.push_back(gap);
  }
  data.set("gaps", gaps);
  data.set("gap_count", std::to_string(site.coverage_gaps.size()));
  data.set("has_gaps", !site.coverage_gaps.empty());
  int count = 0;
  data.set("incidents", open_incident_rows(ctx, count));
  data.set("incident_count", std::to_string(count));
  data.set("has_incidents", count > 0);
  return render_text("dashboard.html", data, ctx.lang);
}

// The body of the last build per language, shared by every user (it holds nothing of the user's).
struct DashboardCache {
  std::mutex mutex;
  std::map<Lang, std::pair<incidents::Instant, std::string>> bodies;
};

std::string cached_body(DashboardCache& cache, std::chrono::seconds max_age, const PageContext& ctx) {
  if (max_age.count() <= 0) return dashboard_body(ctx);
  std::lock_guard lock(cache.mutex);
  auto it = cache.bodies.find(ctx.lang);
  if (it != cache.bodies.end() && ctx.now >= it->second.first && ctx.now - it->second.first < max_age) {
    return it->second.second;
  }
  auto body = dashboard_body(ctx);
  cache.bodies[ctx.lang] = {ctx.now, body};
  return body;
}

}  // namespace

void add_dashboard_routes(Router& router, Auth& auth, WebServices& services, std::chrono::seconds max_age) {
  auto cache = std::make_shared<DashboardCache>();
  router.get("/", guarded(auth, services, {}, [cache, max_age](const PageContext& ctx) {
    return render_page_html(ctx, cached_body(*cache, max_age, ctx), "title_dashboard");
  }));
}

}  // namespace camtrack::web::pages
