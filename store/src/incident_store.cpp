// IncidentStore: the commands (queries are in incident_store_queries.cpp).
#include "store/incident_store.hpp"

#include "incident_rows.hpp"
#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"
#include "incidents/time_text.hpp"
#include "inventory_rows.hpp"
#include "json_text.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"

namespace camtrack::store {

using namespace incidents;

IncidentStore::IncidentStore(Database& db, ClockRules clocks, LifecyclePolicy policy)
    : db_(db), clocks_(std::move(clocks)), policy_(policy) {}

template <typename F>
Outcome<Done> IncidentStore::apply(std::int64_t id, F&& transition) {
  std::optional<Refusal> refusal;
  db_.transaction([&] {
    const auto before = detail::load_incident(db_, id);
    if (!before) {
      refusal = incident_not_found(id);
      return;
    }
    Outcome<Transition> t = transition(*before);
    if (!t) {
      refusal = t.refusal();
      return;
    }
    if (t->events.empty()) return;
    detail::update_incident(db_, *before, t->incident);
    detail::record_events(db_, &*before, t->incident, t->events);
  });
  if (refusal) return *refusal;
  return Done{};
}

Outcome<OpenResult> IncidentStore::open_incident(const Actor& actor, const OpenRequest& request, Instant now) {
  if (auto denied = check_permission(actor, Command::open_incident)) return *denied;
  std::optional<Refusal> refusal;
  OpenResult result;
  db_.transaction([&] {
    auto obs = resolve_request(request, [this](const std::string& code) { return detail::find_camera(db_, code); });
    if (!obs) {
      refusal = obs.refusal();
      return;
    }
    const auto latest = detail::latest_with_fault(db_, fault_key_of(obs.value()));
    auto plan = plan_open(actor, obs.value(), latest, clocks_, policy_, now);
    if (!plan) {
      refusal = plan.refusal();
      return;
    }
    Incident after = plan->transition.incident;
    result.decision = plan->decision;
    if (plan->decision == OpenDecision::create) {
      after.id = detail::insert_incident(db_, after);
      detail::record_events(db_, nullptr, after, plan->transition.events);
    } else if (!plan->transition.events.empty()) {
      detail::update_incident(db_, *latest, after);
      detail::record_events(db_, &*latest, after, plan->transition.events);
    }
    result.incident_id = after.id;
  });
  if (refusal) return *refusal;
  return result;
}

Outcome<Done> IncidentStore::mark_notified(const Actor& actor, std::int64_t id, const Notice& notice, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::mark_notified(i, actor, notice, now); });
}

Outcome<Done> IncidentStore::assign(const Actor& actor, std::int64_t id, const std::string& technician, Instant now) {
  return apply(id, [&](const Incident& i) { return assign_technician(i, actor, technician, now); });
}

Outcome<Done> IncidentStore::add_note(const Actor& actor, std::int64_t id, const std::string& text, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::add_note(i, actor, text, now); });
}

Outcome<Done> IncidentStore::mark_restored(const Actor& actor, std::int64_t id, Instant restored_at, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::mark_restored(i, actor, restored_at, now); });
}

Outcome<Done> IncidentStore::require_final_snapshot(const Actor& actor, std::int64_t id, bool required, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::require_final_snapshot(i, actor, required, now); });
}

Outcome<Done> IncidentStore::close(const Actor& actor, std::int64_t id, const RepairReport& report, Instant now) {
  return apply(id, [&](const Incident& i) { return close_incident(i, actor, report, now); });
}

Outcome<Done> IncidentStore::reopen(const Actor& actor, std::int64_t id, Instant returned_at, Instant now) {
  return apply(id, [&](const Incident& i) { return reopen_incident(i, actor, returned_at, policy_, now); });
}

Outcome<Done> IncidentStore::explain_overdue(const Actor& actor, std::int64_t id, const std::string& reason,
                                             const std::optional<Date>& expected, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::explain_overdue(i, actor, reason, expected, now); });
}

Outcome<VehicleEntry> IncidentStore::log_vehicle(const Actor& actor, const VehicleEntryInput& input, Instant now) {
  std::optional<Refusal> refusal;
  VehicleEntry stored;
  db_.transaction([&] {
    auto entry = prepare_vehicle_entry(actor, input, detail::find_camera(db_, input.gate_camera),
                                       detail::active_covering(db_, input.gate_camera), now);
    if (!entry) {
      refusal = entry.refusal();
      return;
    }
    stored = entry.value();
    auto s = db_.prepare("INSERT INTO vehicle_log (incident_id, gate_camera, plate, container, direction, at, guard, "
                         "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, stored.incident_id).bind(2, stored.gate_camera).bind(3, stored.plate).bind(4, stored.container);
    s.bind(5, direction_name(stored.direction)).bind(6, detail::to_unix(stored.at)).bind(7, stored.guard);
    s.bind(8, detail::to_unix(now));
    s.run();
    stored.id = db_.last_insert_rowid();
    const std::string after = JsonObject()
                                  .add("id", stored.id)
                                  .add("incident_id", stored.incident_id)
                                  .add("gate_camera", stored.gate_camera)
                                  .add("plate", stored.plate)
                                  .add_optional("container", stored.container)
                                  .add("direction", direction_name(stored.direction))
                                  .add("at", format_instant(stored.at))
                                  .str();
    AuditLog(db_).append({format_instant(now), stored.guard, "vehicle.logged",
                          "vehicle_log/" + std::to_string(stored.id),
                          JsonObject().add_raw("before", "null").add_raw("after", after).str()});
  });
  if (refusal) return *refusal;
  return stored;
}

}  // namespace camtrack::store
