// What the monitor runtime reads before the poller starts: the poller's settings from [monitor], the
// site inventory from the database (customs-account passwords decrypted acting as "system"), the
// incidents still active, and the legal-clock rules from the working-day calendar.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/clock_rules.hpp"
#include "monitor/poller_config.hpp"
#include "monitor/site_model.hpp"
#include "runtime/inventory_reload.hpp"
#include "store/incident_store.hpp"

namespace camtrack::store {
class Database;
class CredentialCipher;
}  // namespace camtrack::store

namespace camtrack::app {

// Every interval scales from monitor.interval_seconds (60 s gives the poller's production defaults).
monitor::PollerConfig poller_config(const MonitorConfig& config);

// When the inventory is read again: 2 s after the last web change; the database checked every interval,
// at most every 60 s (for changes by other processes, e.g. `camtrack cameras import`).
ReloadTiming reload_timing(const MonitorConfig& config);

// The cameras, recorders and uplinks in the database, each with its own customs account (passwords
// decrypted acting as "system"). A recorder without an account of its own (stored before recorders had
// one) is checked with the first enabled camera's it records, with a warning. Error: one line.
struct SiteLoad {
  monitor::SiteInventory site;
  std::vector<std::string> warnings;  // e.g. a password that cannot be decrypted
  std::string error;
};
SiteLoad load_site(store::Database& db, const store::CredentialCipher& cipher);

// The active incidents whose fault keys the monitor made (camera:, switch:, recorder:, retention:, uplink:).
std::vector<monitor::ActiveFault> to_monitor_faults(const std::vector<store::ActiveFault>& faults);

// The working-day calendar of the configuration (shipped schedules + site overrides) as clock rules.
struct ClockLoad {
  std::optional<incidents::WorkingCalendar> calendar;  // kept alive by the caller for the rules
  std::string error;
};
ClockLoad load_working_calendar(const CalendarConfig& config);
incidents::ClockRules clock_rules(const incidents::WorkingCalendar& calendar);
incidents::LifecyclePolicy lifecycle_policy(const CalendarConfig& config);

}  // namespace camtrack::app
