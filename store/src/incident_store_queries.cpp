// IncidentStore: the queries. Lists use the (state, detected_at) and (detected_at) indexes.
#include <functional>

#include "incident_rows.hpp"
#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"
#include "incidents/time_text.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"

namespace camtrack::store {

using namespace incidents;

namespace {

// WHERE clause of fixed fragments with numbered parameters; values are bound, never spliced.
struct Where {
  std::string sql;
  std::vector<std::function<void(Statement&)>> binds;

  void add(const std::string& fragment, std::function<void(Statement&, int)> bind) {
    const int index = static_cast<int>(binds.size()) + 1;
    std::string f = fragment;
    for (auto pos = f.find('?'); pos != std::string::npos; pos = f.find('?', pos + 1)) {
      f.insert(pos + 1, std::to_string(index));
    }
    sql += (sql.empty() ? " WHERE " : " AND ") + f;
    binds.push_back([bind, index](Statement& s) { bind(s, index); });
  }
  void bind_all(Statement& s) const {
    for (const auto& b : binds) b(s);
  }
};

Where where_of(const IncidentFilter& f, Instant now) {
  Where w;
  const std::int64_t now_s = detail::to_unix(now);
  if (f.kind) {
    const std::string kind(incident_kind_name(*f.kind));
    w.add("kind = ?", [kind](Statement& s, int i) { s.bind(i, kind); });
  }
  if (f.state) {
    const std::string state(incident_state_name(*f.state));
    w.add("state = ?", [state](Statement& s, int i) { s.bind(i, state); });
  }
  if (f.overdue) {
    const char* overdue = "(restored_at IS NULL AND deadline_at <= ?)";
    w.add(*f.overdue ? overdue : std::string("NOT ") + overdue, [now_s](Statement& s, int i) { s.bind(i, now_s); });
  }
  if (f.detected_from) {
    const auto v = detail::to_unix(*f.detected_from);
    w.add("detected_at >= ?", [v](Statement& s, int i) { s.bind(i, v); });
  }
  if (f.detected_to) {
    const auto v = detail::to_unix(*f.detected_to);
    w.add("detected_at < ?", [v](Statement& s, int i) { s.bind(i, v); });
  }
  if (f.camera) {
    const std::string code = *f.camera;
    w.add("id IN (SELECT incident_id FROM incident_cameras WHERE camera_code = ?)",
          [code](Statement& s, int i) { s.bind(i, code); });
  }
  return w;
}

// The filter as text, for the totals cache: every field that changes the count, `now` only when the
// overdue filter makes the count depend on it.
std::string total_key(const IncidentFilter& f, Instant now) {
  std::string key;
  auto add = [&key](const std::string& v) { key += v + '\x1f'; };
  add(f.kind ? std::string(incident_kind_name(*f.kind)) : "-");
  add(f.state ? std::string(incident_state_name(*f.state)) : "-");
  add(f.overdue ? (*f.overdue ? "1@" : "0@") + std::to_string(detail::to_unix(now)) : "-");
  add(f.detected_from ? std::to_string(detail::to_unix(*f.detected_from)) : "-");
  add(f.detected_to ? std::to_string(detail::to_unix(*f.detected_to)) : "-");
  add(f.camera ? "=" + *f.camera : "-");
  return key;
}

constexpr std::size_t max_cached_totals = 16;

}  // namespace

std::optional<std::int64_t> IncidentStore::cached_total(const std::string& filter,
                                                        std::pair<std::int64_t, std::int64_t> v) {
  for (const auto& c : totals_)
    if (c.filter == filter && c.version == v) return c.total;
  return std::nullopt;
}

void IncidentStore::remember_total(std::string filter, std::pair<std::int64_t, std::int64_t> v, std::int64_t total) {
  std::erase_if(totals_, [&](const CachedTotal& c) { return c.filter == filter || c.version != v; });
  if (totals_.size() >= max_cached_totals) totals_.erase(totals_.begin());
  totals_.push_back({std::move(filter), v, total});
}

Outcome<IncidentPage> IncidentStore::list_incidents(const Actor& actor, const IncidentFilter& filter, Instant now) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (auto bad = check_filter(filter)) return *bad;
  const Where w = where_of(filter, now);
  IncidentPage page;
  detail::read_snapshot(db_, [&] {  // one consistent snapshot for the page and its total
    const int n = static_cast<int>(w.binds.size());
    auto rows = db_.prepare("SELECT id, kind, state, detected_at, deadline_at, deadline_date, restored_at "
                            "FROM incidents" + w.sql + " ORDER BY detected_at DESC, id DESC LIMIT ?" +
                            std::to_string(n + 1) + " OFFSET ?" + std::to_string(n + 2));
    w.bind_all(rows);
    rows.bind(n + 1, filter.limit).bind(n + 2, filter.offset);
    std::vector<std::int64_t> ids;
    while (rows.step()) {
      IncidentSummary s;
      s.id = rows.int64(0);
      s.kind = parse_incident_kind(rows.text(1)).value_or(IncidentKind::equipment);
      s.state = parse_incident_state(rows.text(2)).value_or(IncidentState::open);
      s.detected_at = detail::from_unix(rows.int64(3));
      s.deadline_at = detail::from_unix(rows.int64(4));
      s.deadline_date = parse_date(rows.text(5)).value_or(Date{});
      s.overdue = rows.is_null(6) && now >= s.deadline_at;
      ids.push_back(s.id);
      page.items.push_back(std::move(s));
    }
    auto cameras = detail::cameras_of(db_, ids);
    for (auto& s : page.items) s.cameras = std::move(cameras[s.id]);
    // The read transaction is open now, so the version is the one of this snapshot.
    const auto version = db_.data_version();
    std::string key = total_key(filter, now);
    if (auto cached = cached_total(key, version)) {
      page.total = *cached;
      return;
    }
    auto count = db_.prepare("SELECT count(*) FROM incidents" + w.sql);
    w.bind_all(count);
    if (count.step()) page.total = count.int64(0);
    remember_total(std::move(key), version, page.total);
  });
  return page;
}

Outcome<IncidentDetail> IncidentStore::incident_detail(const Actor& actor, std::int64_t id, Instant now) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  std::optional<Incident> incident;
  std::vector<IncidentEvent> timeline;
  detail::read_snapshot(db_, [&] {
    incident = detail::load_incident(db_, id);
    if (incident) timeline = detail::load_timeline(db_, id);
  });
  if (!incident) return incident_not_found(id);
  return make_detail(*incident, std::move(timeline), clocks_, now);
}

Outcome<std::vector<VehicleEntry>> IncidentStore::vehicle_log(const Actor& actor, const VehicleLogFilter& filter) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  auto s = db_.prepare(
      "SELECT id, incident_id, gate_camera, plate, container, direction, at, guard, recorded_at FROM vehicle_log "
      "WHERE (?1 IS NULL OR incident_id = ?1) AND (?2 IS NULL OR at >= ?2) AND (?3 IS NULL OR at < ?3) "
      "ORDER BY at, id");
  s.bind(1, filter.incident_id);
  s.bind(2, filter.from ? std::optional<std::int64_t>(detail::to_unix(*filter.from)) : std::nullopt);
  s.bind(3, filter.to ? std::optional<std::int64_t>(detail::to_unix(*filter.to)) : std::nullopt);
  std::vector<VehicleEntry> out;
  while (s.step()) {
    VehicleEntry e;
    e.id = s.int64(0);
    e.incident_id = s.int64(1);
    e.gate_camera = s.text(2);
    e.plate = s.text(3);
    e.container = s.optional_text(4);
    e.direction = parse_direction(s.text(5)).value_or(Direction::in);
    e.at = detail::from_unix(s.int64(6));
    e.guard = s.text(7);
    e.recorded_at = detail::from_unix(s.int64(8));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace camtrack::store
