// MemoryStore: incidents and the vehicle log (the inventory part is in memory_inventory.cpp).
#include "incidents/memory_store.hpp"

#include <algorithm>

#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"

namespace camtrack::incidents {

MemoryStore::MemoryStore(ClockRules clocks, LifecyclePolicy policy)
    : clocks_(std::move(clocks)), policy_(policy) {}

template <typename F>
Outcome<Done> MemoryStore::apply(std::int64_t id, F&& transition) {
  auto it = incidents_.find(id);
  if (it == incidents_.end()) return incident_not_found(id);
  Outcome<Transition> t = transition(it->second);
  if (!t) return t.refusal();
  commit(t.value());
  return Done{};
}

void MemoryStore::commit(const Transition& t) {
  incidents_[t.incident.id] = t.incident;
  auto& timeline = timelines_[t.incident.id];
  timeline.insert(timeline.end(), t.events.begin(), t.events.end());
}

std::optional<Incident> MemoryStore::latest_with_fault(const std::string& key) const {
  for (auto it = incidents_.rbegin(); it != incidents_.rend(); ++it) {
    if (it->second.fault_key == key) return it->second;
  }
  return std::nullopt;
}

std::optional<Incident> MemoryStore::active_covering(const std::string& code) const {
  for (const auto& [id, inc] : incidents_) {
    if (is_active(inc.state) && std::find(inc.cameras.begin(), inc.cameras.end(), code) != inc.cameras.end()) {
      return inc;
    }
  }
  return std::nullopt;
}

Outcome<OpenResult> MemoryStore::open_incident(const Actor& actor, const OpenRequest& request, Instant now) {
  if (auto denied = check_permission(actor, Command::open_incident)) return *denied;
  auto obs = resolve_request(request, [this](const std::string& code) { return find_camera(code); });
  if (!obs) return obs.refusal();
  auto plan = plan_open(actor, obs.value(), latest_with_fault(fault_key_of(obs.value())), clocks_, policy_, now);
  if (!plan) return plan.refusal();
  Transition t = plan->transition;
  if (t.incident.id == 0) t.incident.id = incidents_.empty() ? 1 : incidents_.rbegin()->first + 1;
  commit(t);
  return OpenResult{t.incident.id, plan->decision};
}

Outcome<Done> MemoryStore::mark_notified(const Actor& actor, std::int64_t id, const Notice& notice, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::mark_notified(i, actor, notice, now); });
}

Outcome<Done> MemoryStore::assign(const Actor& actor, std::int64_t id, const std::string& technician, Instant now) {
  return apply(id, [&](const Incident& i) { return assign_technician(i, actor, technician, now); });
}

Outcome<Done> MemoryStore::add_note(const Actor& actor, std::int64_t id, const std::string& text, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::add_note(i, actor, text, now); });
}

Outcome<Done> MemoryStore::mark_restored(const Actor& actor, std::int64_t id, Instant restored_at, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::mark_restored(i, actor, restored_at, now); });
}

Outcome<Done> MemoryStore::require_final_snapshot(const Actor& actor, std::int64_t id, bool required, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::require_final_snapshot(i, actor, required, now); });
}

Outcome<Done> MemoryStore::close(const Actor& actor, std::int64_t id, const RepairReport& report, Instant now) {
  return apply(id, [&](const Incident& i) { return close_incident(i, actor, report, now); });
}

Outcome<Done> MemoryStore::reopen(const Actor& actor, std::int64_t id, Instant returned_at, Instant now) {
  return apply(id, [&](const Incident& i) { return reopen_incident(i, actor, returned_at, policy_, now); });
}

Outcome<Done> MemoryStore::explain_overdue(const Actor& actor, std::int64_t id, const std::string& reason,
                                           const std::optional<Date>& expected, Instant now) {
  return apply(id, [&](const Incident& i) { return incidents::explain_overdue(i, actor, reason, expected, now); });
}

Outcome<VehicleEntry> MemoryStore::log_vehicle(const Actor& actor, const VehicleEntryInput& input, Instant now) {
  auto entry = prepare_vehicle_entry(actor, input, find_camera(input.gate_camera),
                                     active_covering(input.gate_camera), now);
  if (!entry) return entry.refusal();
  VehicleEntry stored = entry.value();
  stored.id = static_cast<std::int64_t>(vehicle_log_.size()) + 1;
  vehicle_log_.push_back(stored);  // kept out of the incident's timeline: see vehicle_log()
  return stored;
}

Outcome<IncidentPage> MemoryStore::list_incidents(const Actor& actor, const IncidentFilter& filter, Instant now) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (auto bad = check_filter(filter)) return *bad;
  std::vector<const Incident*> hits;
  for (const auto& [id, inc] : incidents_) {
    if (matches(filter, inc, now)) hits.push_back(&inc);
  }
  std::sort(hits.begin(), hits.end(), [](const Incident* a, const Incident* b) {
    return a->detected_at != b->detected_at ? a->detected_at > b->detected_at : a->id > b->id;
  });
  IncidentPage page;
  page.total = static_cast<std::int64_t>(hits.size());
  for (std::size_t k = static_cast<std::size_t>(filter.offset);
       k < hits.size() && page.items.size() < static_cast<std::size_t>(filter.limit); ++k) {
    page.items.push_back(summarize(*hits[k], now));
  }
  return page;
}

Outcome<IncidentDetail> MemoryStore::incident_detail(const Actor& actor, std::int64_t id, Instant now) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  auto it = incidents_.find(id);
  if (it == incidents_.end()) return incident_not_found(id);
  return make_detail(it->second, timelines_[id], clocks_, now);
}

Outcome<std::vector<VehicleEntry>> MemoryStore::vehicle_log(const Actor& actor, const VehicleLogFilter& filter) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  std::vector<VehicleEntry> out;
  for (const auto& e : vehicle_log_) {
    if (filter.incident_id && e.incident_id != *filter.incident_id) continue;
    if (filter.from && e.at < *filter.from) continue;
    if (filter.to && e.at >= *filter.to) continue;
    out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  return out;
}

}  // namespace camtrack::incidents
