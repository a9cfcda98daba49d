// Fleet benchmark of the poller: camsim (separate process) serves N cameras on 127.0.0.1, a share of
// them hanging; the poller checks them all every interval for a few minutes. Reports the poller's own
// CPU (% of one core, getrusage, measured after the first interval), resident memory, late checks,
// overruns, and how long a camera killed mid-run takes to become an `open` observation.
//   bench_monitor_fleet [--cameras 10000] [--hanging-percent 10] [--interval-s 60] [--duration-s 240]
//                       [--deep-interval-s 300] [--events-interval-s 60] [--base-port 10000] [--workers 2]
//                       [--timeout-ms 5000]   (--events-interval-s 0: no events check)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <unistd.h>

#include "fleet_support.hpp"
#include "monitor/poller.hpp"

using namespace camtrack;
using Clock = std::chrono::steady_clock;

namespace {

std::map<std::string, double> parse_args(int argc, char** argv) {
  std::map<std::string, double> a = {{"cameras", 10000},     {"hanging-percent", 10}, {"interval-s", 60},
                                     {"duration-s", 240},    {"deep-interval-s", 300}, {"base-port", 10000},
                                     {"workers", 2},         {"timeout-ms", 5000},     {"max-in-flight", 512},
                                     {"events-interval-s", 60}};
  for (int i = 1; i < argc; i += 2) {
    std::string key = argv[i];
    if (key == "--help" || key == "-h") {
      std::printf("usage: bench_monitor_fleet [--NAME VALUE]...; NAME (default):");
      for (const auto& [name, value] : a) std::printf(" %s (%g)", name.c_str(), value);
      std::printf("\n--events-interval-s 0: no events check. Starts camsim with the fleet, then the poller.\n");
      std::exit(0);
    }
    if (key.rfind("--", 0) != 0 || a.count(key.substr(2)) == 0 || i + 1 >= argc) {
      std::fprintf(stderr, "bench_monitor_fleet: unknown option or missing value: %s (try --help)\n", argv[i]);
      std::exit(64);
    }
    a[key.substr(2)] = std::atof(argv[i + 1]);
  }
  return a;
}

const incidents::LocationClass kClasses[] = {
    incidents::LocationClass::gate,        incidents::LocationClass::yard,
    incidents::LocationClass::warehouse_door, incidents::LocationClass::warehouse_interior,
    incidents::LocationClass::scrap_store, incidents::LocationClass::tax_free_store};

}  // namespace

int main(int argc, char** argv) {
  auto a = parse_args(argc, argv);
  const int cameras = static_cast<int>(a["cameras"]);
  const auto base_port = static_cast<unsigned short>(a["base-port"]);
  const auto control_port = static_cast<unsigned short>(base_port - 1);
  const std::string list_file = "/tmp/bench_monitor_fleet_" + std::to_string(getpid()) + ".json";
  const std::string log_file = "/tmp/bench_monitor_fleet_camsim_" + std::to_string(getpid()) + ".log";
  char hanging_arg[32];
  std::snprintf(hanging_arg, sizeof hanging_arg, "%g", a["hanging-percent"]);
  const pid_t sim = bench::start_camsim(
      CAMSIM_BINARY,
      {"--cameras", std::to_string(cameras), "--base-port", std::to_string(base_port), "--control-port",
       std::to_string(control_port), "--hanging-percent", hanging_arg, "--user", "customs", "--password",
       "bench-secret", "--list", list_file, "--stats-interval", "60"},
      log_file, 120);
  if (sim < 0) {
    std::fprintf(stderr, "bench_monitor_fleet: camsim did not start (see %s)\n", log_file.c_str());
    return 1;
  }
  const auto sim_cams = bench::read_camera_list(list_file);

  monitor::SiteInventory site;
  for (const auto& c : sim_cams) {
    monitor::MonitoredCamera m;
    m.camera.id = c.index + 1;
    char code[32];
    std::snprintf(code, sizeof code, "CAM-%05d", c.index);
    m.camera.code = code;
    m.camera.location = kClasses[c.index % 6];
    m.camera.onvif_address = c.device_url;
    m.camera.switch_name = "SW-" + std::to_string(c.index / 24);
    m.customs_account = {"customs", "bench-secret"};
    site.cameras.push_back(std::move(m));
  }
  incidents::Uplink wan;
  wan.code = "WAN-1";
  wan.check_targets = {"localhost:" + std::to_string(control_port)};
  site.uplinks = {wan};

  monitor::PollerConfig cfg;
  cfg.interval = std::chrono::milliseconds(static_cast<long>(a["interval-s"] * 1000));
  cfg.retry_after = std::max(std::chrono::milliseconds(1000), cfg.interval / 6);
  cfg.check_timeout = std::chrono::milliseconds(static_cast<long>(a["timeout-ms"]));
  cfg.auth_interval = cfg.stream_interval = cfg.snapshot_interval =
      std::chrono::milliseconds(static_cast<long>(a["deep-interval-s"] * 1000));
  cfg.events_interval = std::chrono::milliseconds(static_cast<long>(a["events-interval-s"] * 1000));
  cfg.uplink_interval = std::chrono::milliseconds(30'000);
  cfg.workers = static_cast<int>(a["workers"]);
  cfg.max_in_flight = static_cast<std::size_t>(a["max-in-flight"]);
  // Shortened intervals scale the group window too (20 s at the production 60 s interval).
  cfg.classifier.group_window =
      std::chrono::seconds(std::max<long>(1, std::min<long>(20, static_cast<long>(a["interval-s"] / 3))));
  cfg.seed = 42;

  // The victim: a live camera killed after 1.5 intervals; detection = its open observation.
  const int victim = 5;
  char victim_code[32];
  std::snprintf(victim_code, sizeof victim_code, "CAM-%05d", victim);
  std::mutex mutex;
  std::optional<Clock::time_point> killed_at, detected_at;
  std::uint64_t opened = 0;
  monitor::Poller poller(cfg, site, [&](const monitor::Observation& o) {
    std::lock_guard lock(mutex);
    if (o.action != monitor::ObservationAction::open) return;
    ++opened;
    for (const auto& c : o.cameras) {
      if (c == victim_code && killed_at && !detected_at) detected_at = Clock::now();
    }
  });

  const auto t0 = Clock::now();
  poller.start();
  const double interval_s = a["interval-s"];
  const double duration_s = a["duration-s"];
  std::optional<bench::Usage> warm;
  Clock::time_point warm_at;
  double next_report = interval_s;
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    const double t = std::chrono::duration<double>(Clock::now() - t0).count();
    if (!warm && t >= interval_s) {
      warm = bench::own_usage();
      warm_at = Clock::now();
    }
    if (!killed_at && t >= 1.5 * interval_s) {
      const int status = bench::http_post(control_port, "/cameras/" + std::to_string(victim) + "/faults",
                                          "{\"down\": true}");
      std::lock_guard lock(mutex);
      killed_at = Clock::now();
      if (status != 200) std::fprintf(stderr, "bench_monitor_fleet: kill answered %d\n", status);
    }
    if (t >= next_report) {
      next_report += interval_s;
      const auto s = poller.stats();
      const auto u = bench::own_usage();
      std::printf("t=%.0fs up=%llu down=%llu checks=%llu failed=%llu late=%llu overruns=%llu sweeps=%llu "
                  "last_sweep=%.1fs deep=%llu skipped=%llu rss=%.1fMB\n",
                  t, static_cast<unsigned long long>(s.cameras_up), static_cast<unsigned long long>(s.cameras_down),
                  static_cast<unsigned long long>(s.checks_started), static_cast<unsigned long long>(s.checks_failed),
                  static_cast<unsigned long long>(s.late_checks), static_cast<unsigned long long>(s.overruns),
                  static_cast<unsigned long long>(s.sweeps_completed), s.last_sweep_seconds,
                  static_cast<unsigned long long>(s.deep_checks), static_cast<unsigned long long>(s.deep_checks_skipped),
                  u.rss_mb);
      std::fflush(stdout);
    }
    if (t >= duration_s) break;
  }
  const auto end_usage = bench::own_usage();
  const auto end_at = Clock::now();
  const auto s = poller.stats();
  poller.stop();
  bench::stop_camsim(sim);

  const double window = std::chrono::duration<double>(end_at - warm_at).count();
  const double cpu_pct = warm ? 100.0 * (end_usage.cpu_seconds - warm->cpu_seconds) / window : 0;
  double detection = -1;
  {
    std::lock_guard lock(mutex);
    if (killed_at && detected_at) detection = std::chrono::duration<double>(*detected_at - *killed_at).count();
  }
  std::printf(
      "RESULT cameras=%d hanging_percent=%g interval_s=%g deep_interval_s=%g duration_s=%g cpu_percent_of_core=%.1f "
      "(steady window %.0fs, total cpu %.1fs) rss_mb=%.1f peak_rss_mb=%.1f checks=%llu failed=%llu late_checks=%llu "
      "overruns=%llu sweeps=%llu last_sweep_s=%.1f max_in_flight=%llu deep_checks=%llu deep_skipped=%llu "
      "p_latency_le_50ms=%.3f opened=%llu detection_s=%.1f detection_intervals=%.2f\n",
      cameras, a["hanging-percent"], interval_s, a["deep-interval-s"], duration_s, cpu_pct, window,
      end_usage.cpu_seconds, end_usage.rss_mb, end_usage.peak_rss_mb, static_cast<unsigned long long>(s.checks_started),
      static_cast<unsigned long long>(s.checks_failed), static_cast<unsigned long long>(s.late_checks),
      static_cast<unsigned long long>(s.overruns), static_cast<unsigned long long>(s.sweeps_completed),
      s.last_sweep_seconds, static_cast<unsigned long long>(s.max_in_flight_seen),
      static_cast<unsigned long long>(s.deep_checks), static_cast<unsigned long long>(s.deep_checks_skipped),
      s.check_latency.count ? static_cast<double>(s.check_latency.buckets[3]) / static_cast<double>(s.check_latency.count) : 0.0,
      static_cast<unsigned long long>(opened), detection, detection / interval_s);
  std::remove(list_file.c_str());
  return detection >= 0 ? 0 : 2;
}
