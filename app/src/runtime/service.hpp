// One running camtrack (`serve` and `demo`): prepares its directories and secret key, opens the
// database (migrating it), starts the web server, and stops it all cleanly. Later parts (poller, mailer)
// are wired here too. Failures to start come back as one line for people.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "runtime/secret_key.hpp"
#include "runtime/demo_accounts.hpp"
#include "runtime/notice_runtime.hpp"
#include "runtime/monitor_runtime.hpp"
#include "runtime/web_services.hpp"
#include "store/account_store.hpp"
#include "store/database.hpp"
#include "web/auth.hpp"
#include "web/metrics.hpp"
#include "web/server.hpp"

namespace camtrack::app {

struct ServiceOptions {
  bool demo = false;
  std::optional<std::string> admin_password;  // demo: (re)applied to the admin account
};

class Service {
 public:
  struct StartResult {
    std::unique_ptr<Service> service;  // null when start failed
    std::string error;
  };

  static StartResult start(const Config& config, const ServiceOptions& options = {});
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  unsigned short port() const { return server_ ? server_->port() : 0; }
  const Config& config() const { return config_; }
  store::Database& database() { return *db_; }
  // Letters to customs: poke(incident_id) after an incident changes, approve_appendix_ii(...).
  NoticeRuntime& notices() { return *notices_; }
  // The monitor (null when monitor.enabled is false): its live state, stats and on_change hook.
  MonitorRuntime* monitor() { return monitor_.get(); }
  web::SiteHealth site_health() const { return monitor_ ? monitor_->site_health() : web::SiteHealth{}; }
  web::SnapshotSource snapshot_source() {
    return [this](const std::string& code) { return monitor_ ? monitor_->last_snapshot(code) : std::nullopt; };
  }
  // Demo only: the accounts made or kept at start (passwords only for those just made).
  const std::vector<DemoAccount>& demo_accounts() const { return demo_accounts_; }
  // What the web reads and changes (null before start_web); e.g. to plug in the live site health.
  WebServicesHost* web_services() { return web_services_.get(); }
  void stop();

 private:
  explicit Service(Config config);
  std::optional<std::string> prepare_files();
  std::optional<std::string> prepare_accounts(const ServiceOptions& options);
  std::optional<std::string> start_web();
  std::optional<std::string> start_notices();
  std::optional<std::string> start_monitor();
  std::optional<std::string> open_web_services();

  Config config_;
  SecretKey secret_key_{};
  std::unique_ptr<store::Database> db_;
  // The web threads' own connection (SQLite serialises writers across connections; WAL lets readers on).
  std::unique_ptr<store::Database> web_db_;
  std::unique_ptr<store::SqliteAccounts> accounts_;
  std::vector<DemoAccount> demo_accounts_;
  std::unique_ptr<NoticeRuntime> notices_;  // own threads and connections; stopped before the database closes
  web::MetricsRegistry metrics_;
  std::unique_ptr<WebServicesHost> web_services_;  // outlives the server that calls it
  std::unique_ptr<web::Server> server_;
  std::optional<incidents::WorkingCalendar> calendar_;  // the monitor's clock rules refer to it
  std::unique_ptr<MonitorRuntime> monitor_;
};

}  // namespace camtrack::app
