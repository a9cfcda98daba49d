// Fleet benchmark of camsim itself: CPU (share of one core) and resident memory of the camsim process,
// idle and while every camera is probed once per window. Prints one JSON object.
//   bench_camsim_fleet [--cameras N] [--hanging-percent P] [--base-port B] [--idle-s S] [--window-s W]
//                      [--timeout-ms T]
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "probe_loop.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Usage {
  double cpu_seconds = 0;
  double rss_mb = 0;
  double peak_rss_mb = 0;
};

Usage usage_of(pid_t pid) {
  Usage u;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  std::istringstream fields(line.substr(line.rfind(')') + 2));
  std::string f;
  unsigned long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && fields >> f; ++i) {
    if (i == 14) utime = std::stoul(f);
    if (i == 15) stime = std::stoul(f);
  }
  u.cpu_seconds = static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (status >> key) {
    double kb = 0;
    if (key == "VmRSS:" && status >> kb) u.rss_mb = kb / 1024;
    if (key == "VmHWM:" && status >> kb) u.peak_rss_mb = kb / 1024;
    std::getline(status, key);
  }
  return u;
}

pid_t start_camsim(const std::vector<std::string>& args, const std::string& log) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv{const_cast<char*>(CAMSIM_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (!std::freopen(log.c_str(), "w", stdout)) _exit(126);
    execv(CAMSIM_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

bool wait_ready(const std::string& log, std::chrono::seconds limit) {
  const auto until = Clock::now() + limit;
  while (Clock::now() < until) {
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find("camsim: ready") != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, double> a{{"cameras", 1000}, {"hanging-percent", 10}, {"base-port", 10000},
                                  {"idle-s", 20},     {"window-s", 60},        {"timeout-ms", 5000}};
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = std::string(argv[i]).substr(2);
    if (std::string(argv[i]).rfind("--", 0) != 0 || a.count(key) == 0) {
      std::fprintf(stderr, "bench_camsim_fleet: unknown option %s\n", argv[i]);
      return 64;
    }
    a[key] = std::stod(argv[i + 1]);
  }
  const int cameras = static_cast<int>(a["cameras"]);
  const std::string list = "/tmp/bench_camsim_fleet_" + std::to_string(getpid()) + ".json";
  const std::string log = "/tmp/bench_camsim_fleet_" + std::to_string(getpid()) + ".log";
  char hanging[32];
  std::snprintf(hanging, sizeof hanging, "%g", a["hanging-percent"]);
  const auto t0 = Clock::now();
  const pid_t sim = start_camsim({"--cameras", std::to_string(cameras), "--base-port",
                                  std::to_string(static_cast<int>(a["base-port"])), "--hanging-percent", hanging,
                                  "--user", "bench", "--password", "bench-secret", "--list", list},
                                 log);
  if (!wait_ready(log, std::chrono::seconds(120))) {
    std::fprintf(stderr, "bench_camsim_fleet: camsim did not start, see %s\n", log.c_str());
    kill(sim, SIGKILL);
    return 1;
  }
  const double startup_s = std::chrono::duration<double>(Clock::now() - t0).count();

  std::vector<camtrack::bench::ProbeTarget> targets;
  for (const auto& c : nlohmann::json::parse(std::ifstream(list))) {
    targets.push_back({c["device_url"], c["stream_url"], c["snapshot_url"]});
  }

  const Usage before_idle = usage_of(sim);
  std::this_thread::sleep_for(std::chrono::duration<double>(a["idle-s"]));
  const Usage after_idle = usage_of(sim);

  const auto probe_start = Clock::now();
  const auto counts = camtrack::bench::probe_all(targets, "bench", "bench-secret",
                                                 std::chrono::seconds(static_cast<long>(a["window-s"])),
                                                 std::chrono::milliseconds(static_cast<long>(a["timeout-ms"])));
  const double probe_s = std::chrono::duration<double>(Clock::now() - probe_start).count();
  const Usage after_probe = usage_of(sim);

  kill(sim, SIGTERM);
  int status = 0;
  waitpid(sim, &status, 0);

  const double idle_s = a["idle-s"];
  nlohmann::json out = {
      {"cameras", cameras},
      {"hanging_percent", a["hanging-percent"]},
      {"startup_seconds", startup_s},
      {"idle", {{"seconds", idle_s},
                {"cpu_percent_of_core", 100 * (after_idle.cpu_seconds - before_idle.cpu_seconds) / idle_s},
                {"rss_mb", after_idle.rss_mb}}},
      {"probing", {{"seconds", probe_s},
                   {"requests", 4L * cameras},
                   {"requests_per_second", 4.0 * cameras / probe_s},
                   {"cpu_percent_of_core", 100 * (after_probe.cpu_seconds - after_idle.cpu_seconds) / probe_s},
                   {"cpu_ms_per_request", 1000 * (after_probe.cpu_seconds - after_idle.cpu_seconds) / (4.0 * cameras)},
                   {"rss_mb", after_probe.rss_mb},
                   {"peak_rss_mb", after_probe.peak_rss_mb},
                   {"answered", counts.answered},
                   {"rejected", counts.rejected},
                   {"timed_out", counts.timed_out},
                   {"failed", counts.failed}}},
      {"camsim_exit_code", WIFEXITED(status) ? WEXITSTATUS(status) : -1}};
  std::printf("%s\n", out.dump(2).c_str());
  std::remove(list.c_str());
  return 0;
}
