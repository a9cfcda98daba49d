// A site for the monitor-in-the-service tests: a camsim fleet on 127.0.0.1, a temp directory with a
// camtrack.toml (5 s interval and events interval, K = 2, M = 2), cameras imported with `camtrack cameras import`, the real
// `camtrack serve` in the background, and the incidents read back from the database file.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "camsim/simulator.hpp"
#include "http_client.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

namespace camtrack::testing {

struct IncidentRow {
  std::int64_t id = 0;
  std::string kind;
  std::string state;
  std::string fault_key;
  std::int64_t deadline_at = 0;
  std::int64_t detected_at = 0;
  std::vector<std::string> cameras;
};

struct SiteCamera {
  std::string code;
  std::string location = "gate";
  std::string switch_name;
};

class MonitoredSite {
 public:
  // cameras[i] is camsim camera i.
  explicit MonitoredSite(std::vector<SiteCamera> cameras);
  ~MonitoredSite();

  camsim::Simulator& sim() { return *sim_; }
  // An uplink whose only target is a TCP listener on 127.0.0.1 (customs_up(false) closes it).
  void add_uplink(const std::string& code);
  void customs_up(bool up);

  void start_camtrack();
  void kill_camtrack();  // SIGKILL, no clean-up
  void stop_camtrack();  // SIGTERM, expects exit 0
  unsigned short port() const { return port_; }
  std::string log() const;
  std::filesystem::path database() const { return dir_ / "site.db"; }

  std::vector<IncidentRow> incidents() const;
  // Polls the database until pred holds (true) or timeout (false).
  bool wait_incidents(const std::function<bool(const std::vector<IncidentRow>&)>& pred,
                      std::chrono::seconds timeout = std::chrono::seconds(60)) const;

 private:
  class Endpoint;
  TempDir dir_;
  std::unique_ptr<camsim::Simulator> sim_;
  std::unique_ptr<Endpoint> customs_;
  std::unique_ptr<BackgroundProcess> camtrack_;
  unsigned short port_ = 0;
  std::string past_logs_;
};

// An officer signed in to the site's `camtrack serve` (added with `camtrack user add`).
struct Officer {
  unsigned short port = 0;
  std::string cookie, csrf;
  HttpReply get(const std::string& target) const;
  HttpReply put(const std::string& target, const nlohmann::json& body) const;
};
Officer officer_of(MonitoredSite& site);

// Incidents with this fault key.
std::vector<IncidentRow> with_key(const std::vector<IncidentRow>& rows, const std::string& key);

}  // namespace camtrack::testing
