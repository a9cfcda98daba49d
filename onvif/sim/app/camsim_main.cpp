// camsim: the ONVIF device simulator as a program, for scripts, benchmarks and the demo.
//   camsim --cameras 10000 --base-port 20000 --hanging-percent 10 --control-port 19999
//          --user admin --password secret [--list cameras.json] [--stats-interval 10]
// Prints a summary (and every camera when there are few), then "camsim: ready"; stops cleanly on
// SIGINT/SIGTERM, printing its own CPU time and resident memory.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include "camsim/camera_json.hpp"
#include "camsim/simulator.hpp"
#include "process_usage.hpp"

namespace {

using camtrack::camsim::Simulator;
using camtrack::camsim::SimulatorOptions;

void print_usage_line(const Simulator& sim, double interval_cpu, double interval_seconds) {
  const auto u = camtrack::camsim::current_process_usage();
  const auto s = sim.stats();
  std::printf(
      "camsim: stats cpu_seconds=%.2f cpu_percent_of_core=%.1f rss_mb=%.1f peak_rss_mb=%.1f connections_open=%llu "
      "hanging=%llu soap=%llu rtsp=%llu snapshots=%llu\n",
      u.cpu_seconds, interval_seconds > 0 ? 100.0 * interval_cpu / interval_seconds : 0.0, u.rss_mb, u.peak_rss_mb,
      static_cast<unsigned long long>(s.connections_open), static_cast<unsigned long long>(s.connections_hanging),
      static_cast<unsigned long long>(s.soap_requests), static_cast<unsigned long long>(s.rtsp_requests),
      static_cast<unsigned long long>(s.snapshot_requests));
  std::fflush(stdout);
}

void print_cameras(const Simulator& sim, const std::string& list_file) {
  const auto cams = sim.cameras();
  const auto& o = sim.options();
  std::printf("camsim: %d camera(s) on 127.0.0.1, user '%s', HTTP ports %u-%u, RTSP ports %u-%u%s\n", o.cameras,
              o.user.c_str(), cams.front().http_port, cams.back().http_port, cams.front().rtsp_port,
              cams.back().rtsp_port,
              cams.size() > 1 && cams.front().rtsp_port == cams.back().rtsp_port ? " (shared, path /cam<i>/)" : "");
  if (const auto port = sim.control_port()) std::printf("camsim: control http://127.0.0.1:%u/cameras\n", *port);
  if (cams.size() <= 20) {
    for (const auto& c : cams) {
      std::printf("camera %d: device %s stream %s snapshot %s%s\n", c.index, c.device_url.c_str(),
                  c.stream_url.c_str(), c.snapshot_url.c_str(), c.faults.hang ? " (hanging)" : "");
    }
  }
  if (!list_file.empty()) {
    const std::string json = camtrack::camsim::to_json_text(cams);
    if (list_file == "-") {
      std::printf("%s\n", json.c_str());
    } else {
      std::ofstream(list_file) << json << '\n';
      std::printf("camsim: camera list written to %s\n", list_file.c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"camsim: ONVIF device simulator (127.0.0.1 only) with fault injection and fleet mode"};
  SimulatorOptions o;
  int control_port = -1;
  int base_port = 0;
  int hang_close = static_cast<int>(o.hang_close_after.count());
  int stats_interval = 0;
  std::string list_file;
  app.add_option("--cameras", o.cameras, "number of simulated cameras")->check(CLI::Range(1, 30000));
  app.add_option("--base-port", base_port, "camera i: HTTP on base+i, RTSP on base+cameras+i (0: OS picks)")
      ->check(CLI::Range(0, 65535));
  app.add_option("--control-port", control_port, "HTTP JSON control endpoint port (0: OS picks; absent: none)")
      ->check(CLI::Range(0, 65535));
  app.add_option("--bind", o.bind_address, "bind address (127.0.0.1 only)");
  app.add_option("--user", o.user, "ONVIF/RTSP user");
  app.add_option("--password", o.password, "password (default: $CAMSIM_PASSWORD, else 'admin')");
  app.add_option("--hanging-percent", o.hanging_percent, "share of cameras that start hanging")->check(CLI::Range(0.0, 100.0));
  app.add_flag("--shared-rtsp", o.shared_rtsp, "one RTSP port for all cameras, camera i under /cam<i>/ (automatic when descriptors are short)");
  app.add_flag("--rtsp-digest", o.rtsp_digest, "RTSP DESCRIBE demands Digest authentication");
  app.add_option("--retention-days", o.retention_days, "footage reaches back this many days");
  app.add_option("--short-retention-days", o.short_retention_days, "footage days with the short_retention fault");
  app.add_option("--hang-close-seconds", hang_close, "close hanging connections after this idle time")
      ->check(CLI::Range(1, 86400));
  app.add_option("--list", list_file, "write the cameras as JSON to FILE ('-': stdout)");
  app.add_option("--stats-interval", stats_interval, "print own CPU and RSS every N seconds (0: only at exit)")
      ->check(CLI::Range(0, 86400));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 64;
  }
  if (app.count("--password") == 0) {
    if (const char* env = std::getenv("CAMSIM_PASSWORD")) o.password = env;
  }
  o.base_port = static_cast<std::uint16_t>(base_port);
  if (control_port >= 0) o.control_port = static_cast<std::uint16_t>(control_port);
  o.hang_close_after = std::chrono::seconds(hang_close);

  // Block the stop signals before any thread starts, then wait for them here.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<Simulator> sim;
  try {
    sim = std::make_unique<Simulator>(o);
    sim->start();
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "camsim: %s\n", e.what());
    return 64;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "camsim: cannot start: %s\n", e.what());
    return 1;
  }
  print_cameras(*sim, list_file);
  std::printf("camsim: ready\n");
  std::fflush(stdout);

  double last_cpu = camtrack::camsim::current_process_usage().cpu_seconds;
  for (;;) {
    timespec wait{stats_interval > 0 ? stats_interval : 3600, 0};
    const int sig = sigtimedwait(&stop_signals, nullptr, &wait);
    if (sig == SIGINT || sig == SIGTERM) break;
    if (stats_interval > 0) {
      const double cpu = camtrack::camsim::current_process_usage().cpu_seconds;
      print_usage_line(*sim, cpu - last_cpu, stats_interval);
      last_cpu = cpu;
    }
  }
  sim->stop();
  print_usage_line(*sim, 0, 0);
  std::printf("camsim: stopped\n");
  return 0;
}
