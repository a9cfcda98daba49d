#include "incident_rows.hpp"

#include <algorithm>

#include "deadline_text.hpp"
#include "incidents/time_text.hpp"
#include "json_text.hpp"

namespace camtrack::store::detail {

using namespace incidents;

namespace {

constexpr const char* incident_columns =
    "SELECT id, kind, state, fault_key, occurred_at, detected_at, deadline_calendar, deadline_from, working_days, "
    "deadline_date, deadline_at, deadline_provisional, deadline_data_version, deadline_skipped, notice_number, "
    "notice_sent_at, technician, restored_at, closed_at, report_cause, report_action, report_parts, report_minutes, "
    "report_snapshot, final_snapshot_required, reopen_count FROM incidents ";

std::optional<Instant> optional_instant(const Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return from_unix(s.int64(col));
}

Incident read_incident(const Statement& s) {
  Incident i;
  i.id = s.int64(0);
  i.kind = parse_incident_kind(s.text(1)).value_or(IncidentKind::equipment);
  i.state = parse_incident_state(s.text(2)).value_or(IncidentState::open);
  i.fault_key = s.text(3);
  i.occurred_at = from_unix(s.int64(4));
  i.detected_at = from_unix(s.int64(5));
  i.deadline.calendar = s.text(6) == "enterprise" ? CalendarKind::enterprise : CalendarKind::state;
  i.deadline.from = from_unix(s.int64(7));
  i.deadline.working_days = static_cast<int>(s.int64(8));
  i.deadline.deadline_date = parse_date(s.text(9)).value_or(Date{});
  i.deadline.deadline_at = from_unix(s.int64(10));
  i.deadline.provisional = s.int64(11) != 0;
  i.deadline.data_version = s.text(12);
  i.deadline.skipped = decode_skipped(s.text(13));
  if (!s.is_null(14)) i.notice = Notice{s.text(14), from_unix(s.int64(15))};
  i.technician = s.optional_text(16);
  i.restored_at = optional_instant(s, 17);
  i.closed_at = optional_instant(s, 18);
  if (!s.is_null(19)) {
    i.report = RepairReport{s.text(19), s.text(20), s.text(21), static_cast<int>(s.int64(22)), s.optional_text(23)};
  }
  i.final_snapshot_required = s.int64(24) != 0;
  i.reopen_count = static_cast<int>(s.int64(25));
  return i;
}

std::vector<OverdueExplanation> load_explanations(Database& db, std::int64_t id) {
  auto s = db.prepare("SELECT reason, expected_completion, written_at, author FROM overdue_explanations "
                      "WHERE incident_id = ?1 ORDER BY id");
  s.bind(1, id);
  std::vector<OverdueExplanation> out;
  while (s.step()) {
    out.push_back({s.text(0), parse_date(s.text(1)).value_or(Date{}), from_unix(s.int64(2)), s.text(3)});
  }
  return out;
}

std::optional<Incident> load_one(Database& db, Statement& s) {
  if (!s.step()) return std::nullopt;
  Incident i = read_incident(s);
  i.cameras = incident_cameras(db, i.id);
  i.explanations = load_explanations(db, i.id);
  return i;
}

// Binds the columns every write sets: ?2.. in the order of the UPDATE below.
void bind_mutable(Statement& s, const Incident& i) {
  s.bind(2, incident_state_name(i.state));
  s.bind(3, i.notice ? std::optional<std::string>(i.notice->number) : std::nullopt);
  s.bind(4, i.notice ? std::optional<std::int64_t>(to_unix(i.notice->sent_at)) : std::nullopt);
  s.bind(5, i.technician);
  s.bind(6, i.restored_at ? std::optional<std::int64_t>(to_unix(*i.restored_at)) : std::nullopt);
  s.bind(7, i.closed_at ? std::optional<std::int64_t>(to_unix(*i.closed_at)) : std::nullopt);
  const auto& r = i.report;
  s.bind(8, r ? std::optional<std::string>(r->cause) : std::nullopt);
  s.bind(9, r ? std::optional<std::string>(r->action) : std::nullopt);
  s.bind(10, r ? std::optional<std::string>(r->parts) : std::nullopt);
  s.bind(11, r ? std::optional<std::int64_t>(r->minutes_spent) : std::nullopt);
  s.bind(12, r ? r->final_snapshot : std::nullopt);
  s.bind(13, i.final_snapshot_required ? 1 : 0);
  s.bind(14, i.reopen_count);
}

void add_cameras(Database& db, std::int64_t id, const std::vector<std::string>& codes, std::size_t from) {
  auto s = db.prepare("INSERT INTO incident_cameras (incident_id, position, camera_code) VALUES (?1, ?2, ?3)");
  for (std::size_t k = from; k < codes.size(); ++k) {
    s.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, codes[k]);
    s.run();
  }
}

void add_explanations(Database& db, std::int64_t id, const std::vector<OverdueExplanation>& list, std::size_t from) {
  auto s = db.prepare("INSERT INTO overdue_explanations (incident_id, reason, expected_completion, written_at, author) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
  for (std::size_t k = from; k < list.size(); ++k) {
    const auto& e = list[k];
    s.bind(1, id).bind(2, e.reason).bind(3, format_date(e.expected_completion)).bind(4, to_unix(e.written_at));
    s.bind(5, e.author);
    s.run();
  }
}

}  // namespace

std::int64_t to_unix(Instant at) { return at.time_since_epoch().count(); }
Instant from_unix(std::int64_t seconds) { return Instant{std::chrono::seconds{seconds}}; }

std::optional<Incident> load_incident(Database& db, std::int64_t id) {
  auto s = db.prepare(std::string(incident_columns) + "WHERE id = ?1");
  s.bind(1, id);
  return load_one(db, s);
}

std::optional<Incident> latest_with_fault(Database& db, const std::string& fault_key) {
  auto s = db.prepare(std::string(incident_columns) + "WHERE fault_key = ?1 ORDER BY id DESC LIMIT 1");
  s.bind(1, fault_key);
  return load_one(db, s);
}

std::optional<Incident> active_covering(Database& db, const std::string& camera_code) {
  auto s = db.prepare(std::string(incident_columns) +
                      "WHERE id IN (SELECT incident_id FROM incident_cameras WHERE camera_code = ?1) "
                      "AND state NOT IN ('restored', 'closed') ORDER BY id LIMIT 1");
  s.bind(1, camera_code);
  return load_one(db, s);
}

std::vector<std::string> incident_cameras(Database& db, std::int64_t id) {
  auto s = db.prepare("SELECT camera_code FROM incident_cameras WHERE incident_id = ?1 ORDER BY position");
  s.bind(1, id);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

std::unordered_map<std::int64_t, std::vector<std::string>> cameras_of(Database& db,
                                                                      const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::vector<std::string>> out;
  constexpr std::size_t chunk = 500;  // well under SQLite's limit on bound parameters
  for (std::size_t from = 0; from < ids.size(); from += chunk) {
    const std::size_t n = std::min(chunk, ids.size() - from);
    std::string sql = "SELECT incident_id, camera_code FROM incident_cameras WHERE incident_id IN (";
    for (std::size_t i = 0; i < n; ++i) sql += (i ? ",?" : "?") + std::to_string(i + 1);
    auto s = db.prepare(sql + ") ORDER BY incident_id, position");
    for (std::size_t i = 0; i < n; ++i) s.bind(static_cast<int>(i + 1), ids[from + i]);
    while (s.step()) out[s.int64(0)].push_back(s.text(1));
  }
  return out;
}

std::int64_t insert_incident(Database& db, const Incident& i) {
  auto s = db.prepare(
      "INSERT INTO incidents (kind, state, notice_number, notice_sent_at, technician, restored_at, closed_at, "
      "report_cause, report_action, report_parts, report_minutes, report_snapshot, final_snapshot_required, "
      "reopen_count, fault_key, occurred_at, detected_at, deadline_calendar, deadline_from, working_days, "
      "deadline_date, deadline_at, deadline_provisional, deadline_data_version, deadline_skipped) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
      "?23, ?24, ?25)");
  s.bind(1, incident_kind_name(i.kind));
  bind_mutable(s, i);
  const auto& d = i.deadline;
  s.bind(15, i.fault_key).bind(16, to_unix(i.occurred_at)).bind(17, to_unix(i.detected_at));
  s.bind(18, d.calendar == CalendarKind::enterprise ? "enterprise" : "state").bind(19, to_unix(d.from));
  s.bind(20, d.working_days).bind(21, format_date(d.deadline_date)).bind(22, to_unix(d.deadline_at));
  s.bind(23, d.provisional ? 1 : 0).bind(24, d.data_version).bind(25, encode_skipped(d.skipped));
  s.run();
  const std::int64_t id = db.last_insert_rowid();
  add_cameras(db, id, i.cameras, 0);
  add_explanations(db, id, i.explanations, 0);
  return id;
}

void update_incident(Database& db, const Incident& before, const Incident& after) {
  auto s = db.prepare(
      "UPDATE incidents SET state = ?2, notice_number = ?3, notice_sent_at = ?4, technician = ?5, restored_at = ?6, "
      "closed_at = ?7, report_cause = ?8, report_action = ?9, report_parts = ?10, report_minutes = ?11, "
      "report_snapshot = ?12, final_snapshot_required = ?13, reopen_count = ?14 WHERE id = ?1");
  s.bind(1, after.id);
  bind_mutable(s, after);
  s.run();
  if (db.changes() != 1) throw StoreError("incident " + std::to_string(after.id) + " vanished during an update");
  add_cameras(db, after.id, after.cameras, before.cameras.size());
  add_explanations(db, after.id, after.explanations, before.explanations.size());
}

void record_events(Database& db, const Incident* before, const Incident& after,
                   const std::vector<IncidentEvent>& events) {
  AuditLog audit(db);
  auto s = db.prepare("INSERT INTO incident_events (incident_id, at, actor, action, summary, audit_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  const std::string after_json = incident_json(after);
  const std::string before_json = before ? incident_json(*before) : "null";
  for (const auto& e : events) {
    const std::string details =
        JsonObject().add("summary", e.summary).add_raw("before", before_json).add_raw("after", after_json).str();
    const auto audit_id =
        audit.append({format_instant(e.at), e.actor, e.action, "incident/" + std::to_string(after.id), details});
    s.bind(1, after.id).bind(2, to_unix(e.at)).bind(3, e.actor).bind(4, e.action).bind(5, e.summary).bind(6, audit_id);
    s.run();
  }
}

void read_snapshot(Database& db, const std::function<void()>& fn) {
  if (db.in_transaction()) {
    fn();
    return;
  }
  db.exec("BEGIN");
  try {
    fn();
  } catch (...) {
    db.exec("ROLLBACK");
    throw;
  }
  db.exec("COMMIT");
}

std::vector<IncidentEvent> load_timeline(Database& db, std::int64_t id) {
  auto s = db.prepare("SELECT at, actor, action, summary FROM incident_events WHERE incident_id = ?1 ORDER BY id");
  s.bind(1, id);
  std::vector<IncidentEvent> out;
  while (s.step()) out.push_back({from_unix(s.int64(0)), s.text(1), s.text(2), s.text(3)});
  return out;
}

}  // namespace camtrack::store::detail
