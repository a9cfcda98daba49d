// GET /incidents (filters kind, state, overdue, from, to, camera; 50 a page) and GET /incidents.csv.
#include "incidents/csv.hpp"
#include "incidents/time_text.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/incident_rows.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using namespace std::chrono;
constexpr int page_size = 50;
constexpr int csv_max_rows = 100000;

struct ParsedFilter {
  incidents::IncidentFilter filter;
  std::string error;  // names the field, in the page language
  int page = 1;
};

ParsedFilter parse_filter(const Request& request, Lang lang) {
  ParsedFilter out;
  auto bad = [&](std::string_view field_key) {
    if (out.error.empty()) out.error = std::string(tr(lang, field_key)) + ": " + std::string(tr(lang, "refusal_invalid_input"));
  };
  if (const auto v = request.query_param("kind"); !v.empty()) {
    if (auto k = incidents::parse_incident_kind(v)) out.filter.kind = k; else bad("kind");
  }
  if (const auto v = request.query_param("state"); !v.empty()) {
    if (auto s = incidents::parse_incident_state(v)) out.filter.state = s; else bad("state");
  }
  if (const auto v = request.query_param("overdue"); v == "yes" || v == "no") out.filter.overdue = v == "yes";
  else if (!v.empty()) bad("overdue");
  if (const auto v = request.query_param("from"); !v.empty()) {
    if (auto d = incidents::parse_date(v)) out.filter.detected_from = incidents::end_of_local_day(sys_days{*d} - days{1});
    else bad("date_from");
  }
  if (const auto v = request.query_param("to"); !v.empty()) {
    if (auto d = incidents::parse_date(v)) out.filter.detected_to = incidents::end_of_local_day(*d); else bad("date_to");
  }
  if (const auto v = request.query_param("camera"); !v.empty()) out.filter.camera = v;
  if (const auto v = request.query_param("page"); !v.empty()) {
    try {
      std::size_t used = 0;
      out.page = std::stoi(v, &used);
      if (used != v.size() || out.page < 1 || out.page > 100000) throw std::invalid_argument(v);
    } catch (const std::exception&) {
      out.page = 1;
      bad("page");
    }
  }
  out.filter.limit = page_size;
  out.filter.offset = (out.page - 1) * page_size;
  return out;
}

// The query string of the current filters (without page), for paging and CSV links.
std::string filter_query(const Request& request) {
  std::string q;
  for (const char* name : {"kind", "state", "overdue", "from", "to", "camera"}) {
    const auto v = request.query_param(name);
    if (!v.empty()) q += std::string(q.empty() ? "" : "&") + name + "=" + url_encode(v);
  }
  return q;
}

Data options(const PageContext& ctx, std::initializer_list<std::pair<std::string, std::string>> items, const std::string& chosen) {
  Data out = list();
  for (const auto& [value, key] : items) {
    Data o;
    o.set("value", value);
    o.set("label", std::string(ctx.t(key)));
    o.set("selected", value == chosen);
    out.push_back(o);
  }
  return out;
}

Response incident_list(const PageContext& ctx) {
  auto parsed = parse_filter(ctx.request, ctx.lang);
  Data data;
  const auto& q = ctx.request;
  data.set("kinds", options(ctx, {{"", "all"}, {"equipment", "kind_equipment"}, {"link", "kind_link"}}, q.query_param("kind")));
  data.set("states", options(ctx, {{"", "all"}, {"open", "state_open"}, {"notified", "state_notified"},
                                   {"in_repair", "state_in_repair"}, {"restored", "state_restored"},
                                   {"closed", "state_closed"}, {"reopened", "state_reopened"}}, q.query_param("state")));
  data.set("overdue_options", options(ctx, {{"", "all"}, {"yes", "yes"}, {"no", "no"}}, q.query_param("overdue")));
  data.set("from", q.query_param("from"));
  data.set("to", q.query_param("to"));
  data.set("camera", q.query_param("camera"));
  const std::string query = filter_query(q);
  data.set("csv_href", "/incidents.csv" + (query.empty() ? std::string{} : "?" + query));
  Data rows = list();
  std::int64_t total = 0;
  if (parsed.error.empty()) {
    auto page = ctx.services.queries.list_incidents(ctx.actor(), parsed.filter, ctx.now);
    if (!page.ok()) parsed.error = refusal_text(ctx.lang, page.refusal());
    else {
      for (const auto& s : page->items) rows.push_back(summary_row(ctx, s));
      total = page->total;
    }
  }
  const std::string base = "/incidents?" + query + (query.empty() ? "" : "&");
  data["rows"] = std::move(rows);
  data.set("has_rows", total > 0);
  data.set("total", std::to_string(total));
  data.set("page", std::to_string(parsed.page));
  if (parsed.page > 1) data.set("prev_href", base + "page=" + std::to_string(parsed.page - 1));
  if (static_cast<std::int64_t>(parsed.page) * page_size < total) data.set("next_href", base + "page=" + std::to_string(parsed.page + 1));
  if (!parsed.error.empty()) data.set("error", parsed.error);
  return render_page(ctx, "incidents.html", "title_incidents", std::move(data), parsed.error.empty() ? 200 : 400);
}

Response incident_csv(const PageContext& ctx) {
  auto parsed = parse_filter(ctx.request, ctx.lang);
  if (!parsed.error.empty()) return text_response(400, parsed.error + "\n");
  std::string out = incidents::csv_line({"id", "kind", "state", "cameras", "detected_at", "deadline_at", "deadline_date", "overdue"});
  parsed.filter.limit = 1000;
  for (parsed.filter.offset = 0; parsed.filter.offset < csv_max_rows; parsed.filter.offset += parsed.filter.limit) {
    auto page = ctx.services.queries.list_incidents(ctx.actor(), parsed.filter, ctx.now);
    if (!page.ok()) return text_response(400, refusal_text(ctx.lang, page.refusal()) + "\n");
    for (const auto& s : page->items) {
      std::string cameras;
      for (const auto& c : s.cameras) cameras += (cameras.empty() ? "" : " ") + c;
      out += incidents::csv_line({std::to_string(s.id), std::string(incidents::incident_kind_name(s.kind)),
                                  std::string(incidents::incident_state_name(s.state)), cameras,
                                  incidents::format_instant(s.detected_at), incidents::format_instant(s.deadline_at),
                                  incidents::format_date(s.deadline_date), s.overdue ? "true" : "false"});
    }
    if (static_cast<int>(page->items.size()) < parsed.filter.limit) break;
  }
  auto response = text_response(200, std::move(out), "text/csv; charset=utf-8");
  response.set_header("Content-Disposition", "attachment; filename=\"incidents.csv\"");
  return response;
}

}  // namespace

void add_incident_list_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/incidents", guarded(auth, services, {}, incident_list));
  router.get("/incidents.csv", guarded(auth, services, {}, incident_csv));
}

}  // namespace camtrack::web::pages
