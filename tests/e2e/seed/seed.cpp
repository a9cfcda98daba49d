// camtrack_e2e_seed: puts a known small site into a camtrack database through the real store (the same
// repositories and lifecycle the product uses), for the browser tests. Three cameras and three incidents:
//   overdue  - gate camera, detected 20 days ago, still broken (an overdue explanation is due; the gate
//              guard must keep the vehicle log),
//   restored - warehouse door camera, detected 3 days ago, restored an hour ago (a technician closes it),
//   fresh    - yard camera, detected 2 hours ago (its legal clock is running).
// Usage: camtrack_e2e_seed --db FILE --calendar data/calendar/vn-state.toml
// Prints {"overdue": ID, "restored": ID, "fresh": ID} on success; exit 1 with one line on failure.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "incidents/calendar/deadline.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"

namespace {

using namespace camtrack;
using incidents::Instant;

int fail(const std::string& what) {
  std::cerr << "camtrack_e2e_seed: " << what << "\n";
  return 1;
}

incidents::ClockRules clock_rules(const incidents::WorkingCalendar& calendar) {
  return {[calendar](Instant from, int days) { return incidents::compute_deadline(calendar, from, days); },
          [calendar](const incidents::Deadline& d, Instant now) { return incidents::clock_status(calendar, d, now); }};
}

incidents::Camera camera(std::string code, std::string name, incidents::LocationClass location) {
  incidents::Camera c;
  c.code = std::move(code);
  c.name = std::move(name);
  c.location = location;
  return c;
}

template <typename T>
bool ok(const incidents::Outcome<T>& outcome, const std::string& what, std::string& error) {
  if (outcome) return true;
  error = what + ": " + outcome.refusal().reason;
  return false;
}

int seed(const std::string& db_file, const std::string& calendar_file) {
  std::ifstream in(calendar_file, std::ios::binary);
  if (!in) return fail("--calendar: cannot read " + calendar_file);
  std::ostringstream text;
  text << in.rdbuf();
  const auto calendar = incidents::calendar_from_toml(text.str(), incidents::CalendarKind::state, calendar_file);
  auto db = store::Database::open(db_file);
  store::InventoryStore inventory(db, nullptr);
  store::IncidentStore incidents_store(db, clock_rules(calendar));
  const incidents::Actor admin{"e2e-seed", incidents::Role::admin};
  const Instant now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::string error;
  for (const auto& c : {camera("CAM-GATE-01", "Cổng chính", incidents::LocationClass::gate),
                        camera("CAM-KHO-01", "Cửa kho A", incidents::LocationClass::warehouse_door),
                        camera("CAM-BAI-01", "Bãi tập kết", incidents::LocationClass::yard)}) {
    if (!ok(inventory.save_camera(admin, c, now), "camera " + c.code, error)) return fail(error);
  }
  const auto open = [&](const std::string& code, std::chrono::seconds age) {
    incidents::OpenRequest request;
    request.kind = incidents::IncidentKind::equipment;
    request.cameras = {code};
    request.detected_at = now - age;
    return incidents_store.open_incident(admin, request, now);
  };
  const auto overdue = open("CAM-GATE-01", std::chrono::hours(24 * 20));
  const auto restored = open("CAM-KHO-01", std::chrono::hours(24 * 3));
  const auto fresh = open("CAM-BAI-01", std::chrono::hours(2));
  if (!ok(overdue, "overdue incident", error) || !ok(restored, "restored incident", error) ||
      !ok(fresh, "fresh incident", error)) {
    return fail(error);
  }
  const auto back = incidents_store.mark_restored(admin, restored.value().incident_id, now - std::chrono::hours(1), now);
  if (!ok(back, "restoring", error)) return fail(error);
  std::cout << "{\"overdue\": " << overdue.value().incident_id << ", \"restored\": " << restored.value().incident_id
            << ", \"fresh\": " << fresh.value().incident_id << "}\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_file, calendar_file;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i];
    if (name == "--db") db_file = argv[i + 1];
    else if (name == "--calendar") calendar_file = argv[i + 1];
    else return fail("unknown option " + name);
  }
  if (db_file.empty() || calendar_file.empty()) return fail("usage: camtrack_e2e_seed --db FILE --calendar FILE");
  try {
    return seed(db_file, calendar_file);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}
