// seed_web_load --db FILE [--incidents N] [--cameras N] [--active N]: writes a site's history through
// the real stores (InventoryStore, IncidentStore: every incident opened, and all but the last `active`
// restored and closed, with their timelines and audit rows), spread over the three years before now.
// Each incident also gets the customs correspondence a live site would already have sent: its Appendix
// II (notice number, marked notified) and, once restored, its restoration letter, as sent outbox rows.
// Without them the notices runtime of the measured server would spend the run catching up on letters.
// For benchmarks only: it turns SQLite's synchronous writes off while it runs.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "incidents/calendar/deadline.hpp"
#include "incidents/time_text.hpp"
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

// A sent letter in the outbox (a placeholder body: the benchmark reads lists, never these bytes).
void record_sent_letter(store::Database& db, const std::string& kind, std::int64_t incident_id,
                        const std::string& number, incidents::Instant at) {
  const std::string ref = "incident/" + std::to_string(incident_id);
  const std::string when = incidents::format_instant(at);
  auto s = db.prepare("INSERT INTO outbox (message_id, kind, subject_ref, notice_number, mail_from, recipients, "
                      "subject, bytes, state, attempts, created_at, next_attempt_at, last_attempt_at, sent_at) "
                      "VALUES (?1, ?2, ?3, ?4, 'camtrack@bench.invalid', 'customs@bench.invalid', ?5, ?6, 'sent', 1, "
                      "?7, ?7, ?7, ?7)");
  s.bind(1, "<" + kind + "." + ref + "@bench.invalid>").bind(2, kind).bind(3, ref).bind(4, number);
  s.bind(5, kind + " " + ref).bind_blob(6, "seeded history").bind(7, when);
  s.run();
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
    const auto id = opened->incident_id;
    const auto notified = detected + std::chrono::minutes(2);
    const std::string number = std::to_string(n + 1) + "/TB-BENCH";
    if (!store.mark_notified(admin, id, {number, notified}, notified).ok()) throw std::runtime_error("notify");
    record_sent_letter(db, "appendix_ii", id, number, notified);
    if (active) continue;
    (void)store.mark_restored(tech, id, detected + std::chrono::hours(5), detected + std::chrono::hours(5));
    const auto closed = store.close(tech, id, {"bench cause", "bench action", "", 30, std::nullopt},
                                    detected + std::chrono::hours(6));
    if (!closed.ok()) throw std::runtime_error("close: " + closed.refusal().reason);
    record_sent_letter(db, "restoration", id, "", detected + std::chrono::hours(5));
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
