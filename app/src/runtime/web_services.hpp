// The app's implementation of web::WebServices: the incident store (with the working-day calendar's
// legal clocks), the inventory (camera passwords sealed with the credential key), the audit log and the
// outbox's notices, on SQLite connections of their own, one per web server thread ("lanes",
// locked_stores.hpp), each used by one thread at a time. Accounts are the service's SqliteAccounts
// (thread-safe itself).
//
//   auto host = WebServicesHost::open(config, calendar, key, accounts);   // error string on failure
//   web::add_api_routes(router, *auth, host->services());
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <variant>

#include "config/config.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/clock_rules.hpp"
#include "runtime/locked_stores.hpp"
#include "runtime/secret_key.hpp"
#include "runtime/store_views.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"
#include "web/services.hpp"

namespace camtrack::app {

// The legal clocks of the domain computed on a working-day calendar (a copy is kept by the rules).
incidents::ClockRules clock_rules_for(const incidents::WorkingCalendar& calendar);
// The lifecycle policy of the configuration (calendar.clock_anchor).
incidents::LifecyclePolicy lifecycle_policy_for(const Config& config);

class WebServicesHost {
 public:
  // Opens `lanes` connections to the configured database. The accounts must outlive the host.
  static std::variant<std::unique_ptr<WebServicesHost>, std::string> open(const Config& config,
                                                                          const incidents::WorkingCalendar& calendar,
                                                                          const SecretKey& key,
                                                                          incidents::AccountStore& accounts,
                                                                          int lanes = 2);
  WebServicesHost(const WebServicesHost&) = delete;
  WebServicesHost& operator=(const WebServicesHost&) = delete;

  // The value handed to add_api_routes / add_page_routes; refers to this host, which must outlive it.
  web::WebServices& services() { return services_; }
  // Live site state (the monitor's runtime sets it; until then monitoring=false).
  void set_site_health(std::function<web::SiteHealth()> source) { services_.site_health = std::move(source); }
  void set_snapshot_source(web::SnapshotSource source) { services_.snapshot = std::move(source); }
  void set_incident_changed(std::function<void(std::int64_t)> hook) { services_.incident_changed = std::move(hook); }
  // Called after every camera, recorder or uplink saved and every import through the web (set before
  // the server starts).
  void set_inventory_changed(std::function<void()> hook) { inventory_.set_on_change(std::move(hook)); }

 private:
  WebServicesHost(const incidents::WorkingCalendar& calendar, const SecretKey& key,
                  incidents::AccountStore& accounts);

  incidents::WorkingCalendar calendar_;
  store::CredentialCipher cipher_;
  StoreLanes lanes_;
  LockedIncidents incidents_;
  LockedInventory inventory_;
  SqliteAuditView audit_;
  OutboxNotices notices_;
  web::WebServices services_;
};

}  // namespace camtrack::app
