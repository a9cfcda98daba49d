// seed_web_load --db FILE [--incidents N] [--cameras N] [--active N]: writes a site's history through
// the real stores (InventoryStore, IncidentStore: every incident opened, and all but the last `active`
// restored and closed, with their timelines and audit rows), spread over the three years before now.
// For benchmarks only: it turns SQLite's synchronous writes off while it runs.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "incidents/calendar/deadline.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"

using namespace camtrack;

namespace {

struct Options {
  std::string db;
  int incidents = 100000;
  int cameras = 500;
  int active = 300;
};

int usage(const char* problem) {
  std::fprintf(stderr, "seed_web_load: %s\nusage: seed_web_load --db FILE [--incidents N] [--cameras N] [--active N]\n",
               problem);
  return 64;
}

incidents::WorkingCalendar load_calendar() {
  std::ifstream in(std::string(CAMTRACK_SOURCE_DIR) + "/data/calendar/vn-state.toml");
  std::stringstream text;
  text << in.rdbuf();
  return in ? incidents::calendar_from_toml(text.str(), incidents::CalendarKind::state)
            : incidents::rules_only_calendar();
}

const incidents::LocationClass classes[] = {incidents::LocationClass::gate, incidents::LocationClass::yard,
                                            incidents::LocationClass::warehouse_door,
                                            incidents::LocationClass::warehouse_interior,
                                            incidents::LocationClass::scrap_store};

std::string camera_code(int i) {
  char code[32];
  std::snprintf(code, sizeof code, "CAM-%04d", i);
  return code;
}

void seed(const Options& o) {
  auto db = store::Database::open(o.db);
  db.exec("PRAGMA synchronous = OFF");
  const incidents::Actor admin{"system", incidents::Role::admin};
  const incidents::Actor tech{"tech.bench", incidents::Role::technician};
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  store::InventoryStore inventory(db, nullptr);
  for (int i = 1; i <= o.cameras; ++i) {
    incidents::Camera c;
    c.code = camera_code(i);
    c.name = "Camera " + std::to_string(i);
    c.location = classes[i % 5];
    c.onvif_address = "http://127.0.0.1:" + std::to_string(20000 + i) + "/onvif/device_service";
    if (!inventory.save_camera(admin, c, now).ok()) throw std::runtime_error("camera " + c.code);
  }
  const auto calendar = load_calendar();
  incidents::ClockRules clocks{
      [calendar](incidents::Instant from, int n) { return incidents::compute_deadline(calendar, from, n); },
      [calendar](const incidents::Deadline& d, incidents::Instant at) { return incidents::clock_status(calendar, d, at); }};
  store::IncidentStore store(db, clocks);
  const auto span = std::chrono::seconds(std::chrono::days(3 * 365));
  for (int n = 0; n < o.incidents; ++n) {
    const bool active = n >= o.incidents - o.active;
    // Spread evenly over the three years; the active ones are the most recent.
    const auto detected = now - span + span * n / o.incidents;
    incidents::OpenRequest request;
    request.kind = n % 7 == 0 ? incidents::IncidentKind::link : incidents::IncidentKind::equipment;
    request.fault_key = "bench:" + std::to_string(n);
    request.cameras = {camera_code(1 + n % o.cameras)};
    request.detected_at = detected;
    const auto opened = store.open_incident(admin, request, detected);
    if (!opened.ok()) throw std::runtime_error("open: " + opened.refusal().reason);
    if (active) continue;
    const auto id = opened->incident_id;
    (void)store.mark_restored(tech, id, detected + std::chrono::hours(5), detected + std::chrono::hours(5));
    const auto closed = store.close(tech, id, {"bench cause", "bench action", "", 30, std::nullopt},
                                    detected + std::chrono::hours(6));
    if (!closed.ok()) throw std::runtime_error("close: " + closed.refusal().reason);
    if (n % 10000 == 0) std::fprintf(stderr, "%d incidents\n", n);
  }
  db.exec("PRAGMA synchronous = FULL");
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return usage(("missing value after " + arg).c_str());
    const std::string value = argv[++i];
    if (arg == "--db") o.db = value;
    else if (arg == "--incidents") o.incidents = std::atoi(value.c_str());
    else if (arg == "--cameras") o.cameras = std::atoi(value.c_str());
    else if (arg == "--active") o.active = std::atoi(value.c_str());
    else return usage(("unknown option " + arg).c_str());
  }
  if (o.db.empty()) return usage("--db is required");
  if (o.incidents < 1 || o.cameras < 1 || o.active < 0 || o.active > o.incidents)
    return usage("counts must be positive and --active at most --incidents");
  try {
    seed(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "seed_web_load: %s\n", e.what());
    return 1;
  }
  std::printf("seeded %d incidents (%d active) and %d cameras into %s\n", o.incidents, o.active, o.cameras,
              o.db.c_str());
  return 0;
}
