// The monitor runtime's start-up reads: settings, inventory, active faults, clock rules.
#include "runtime/monitor_setup.hpp"

#include <algorithm>
#include <map>

#include "calendar_load.hpp"
#include "incidents/calendar/deadline.hpp"
#include "paths.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::app {

using std::chrono::milliseconds;

monitor::PollerConfig poller_config(const MonitorConfig& config) {
  monitor::PollerConfig c;
  const milliseconds interval{config.interval_seconds * 1000};
  c.interval = interval;
  c.check_timeout = std::min(milliseconds{config.timeout_seconds * 1000}, interval);
  c.deep_timeout = c.check_timeout;
  c.retry_after = std::max(milliseconds{100}, interval / 6);
  c.late_allowance = std::min(milliseconds{2000}, interval);
  c.auth_interval = c.stream_interval = c.snapshot_interval = interval * 5;
  c.recording_interval = milliseconds{config.recording_interval_seconds * 1000};
  c.events_interval = milliseconds{config.events_interval_seconds * 1000};  // 0: off
  c.uplink_interval = std::max(milliseconds{500}, interval / 2);
  c.debounce.fail_checks = static_cast<int>(config.confirm_after_failures);
  c.debounce.good_checks = static_cast<int>(config.clear_after_successes);
  c.debounce.fail_after = std::chrono::duration_cast<std::chrono::seconds>(interval * 3);
  // Rounded up, at least 3 s: fault times are whole seconds, so a 1 s window could close at once and
  // split cameras behind one switch whose confirmations straddle a second.
  c.classifier.group_window = std::max(std::chrono::seconds{3}, std::chrono::ceil<std::chrono::seconds>(interval / 3));
  return c;
}

namespace {

// The recorder's own account. A recorder stored before recorders had accounts (username empty) is
// checked, as then, with the account of the first enabled camera it records, and a warning says so.
onvif::Credentials recorder_account(store::InventoryStore& inventory, const incidents::Recorder& recorder,
                                    const std::map<std::int64_t, std::pair<std::string, onvif::Credentials>>& cameras,
                                    std::vector<std::string>& warnings) {
  const incidents::Actor system{"system", incidents::Role::admin};
  onvif::Credentials account{recorder.username, {}};
  if (!recorder.username.empty()) {
    if (!recorder.has_password) return account;
    auto password = inventory.recorder_password(system, recorder.code);
    if (password) account.password = password.value();
    else warnings.push_back("recorder " + recorder.code + ": " + password.refusal().reason);
    return account;
  }
  const auto it = cameras.find(recorder.id);
  if (it == cameras.end()) return account;
  if (recorder.enabled) {
    warnings.push_back("recorder " + recorder.code + " has no account of its own: checked with camera " +
                       it->second.first + "'s; give the recorder its customs account in the inventory");
  }
  return it->second.second;
}

}  // namespace

ReloadTiming reload_timing(const MonitorConfig& config) {
  ReloadTiming t;
  t.check_every = std::min(milliseconds{60000}, milliseconds{config.interval_seconds * 1000});
  return t;
}

SiteLoad load_site(store::Database& db, const store::CredentialCipher& cipher) {
  SiteLoad out;
  store::InventoryStore inventory(db, &cipher);
  const incidents::Actor system{"system", incidents::Role::admin};
  auto cameras = inventory.cameras(system);
  auto recorders = inventory.recorders(system);
  auto uplinks = inventory.uplinks(system);
  for (const auto* refusal : {cameras ? nullptr : &cameras.refusal(), recorders ? nullptr : &recorders.refusal(),
                              uplinks ? nullptr : &uplinks.refusal()}) {
    if (refusal != nullptr) {
      out.error = "monitor: cannot read the inventory: " + refusal->reason;
      return out;
    }
  }
  std::map<std::int64_t, std::pair<std::string, onvif::Credentials>> camera_accounts;  // by recorder id
  for (const auto& camera : cameras.value()) {
    monitor::MonitoredCamera m;
    m.camera = camera;
    m.customs_account.username = camera.username;
    if (camera.has_password) {
      auto password = inventory.camera_password(system, camera.code);
      if (password) m.customs_account.password = password.value();
      else out.warnings.push_back("camera " + camera.code + ": " + password.refusal().reason);
    }
    if (camera.recorder_id && camera.enabled) {
      camera_accounts.try_emplace(*camera.recorder_id, camera.code, m.customs_account);
    }
    out.site.cameras.push_back(std::move(m));
  }
  for (const auto& recorder : recorders.value()) {
    monitor::MonitoredRecorder m;
    m.recorder = recorder;
    m.customs_account = recorder_account(inventory, recorder, camera_accounts, out.warnings);
    out.site.recorders.push_back(std::move(m));
  }
  out.site.uplinks = uplinks.value();
  return out;
}

std::vector<monitor::ActiveFault> to_monitor_faults(const std::vector<store::ActiveFault>& faults) {
  std::vector<monitor::ActiveFault> out;
  out.reserve(faults.size());
  // Only the keys the monitor makes; an incident a person opened under another key is left to people.
  for (const auto& f : faults) {
    const std::string prefix = f.fault_key.substr(0, f.fault_key.find(':') + 1);
    for (const char* mine : {"camera:", "switch:", "recorder:", "retention:", "uplink:"}) {
      if (prefix == mine) out.push_back({f.fault_key, f.kind, f.cameras, f.detected_at});
    }
  }
  return out;
}

ClockLoad load_working_calendar(const CalendarConfig& config) {
  ClockLoad out;
  const auto kind = config.kind == "enterprise" ? incidents::CalendarKind::enterprise : incidents::CalendarKind::state;
  auto load = load_calendar(kind, shipped_file("data/calendar/vn-state.toml"), config.site_file);
  if (!load.calendar) {
    out.error = "calendar: " + load.error;
    return out;
  }
  out.calendar = std::move(load.calendar);
  return out;
}

incidents::ClockRules clock_rules(const incidents::WorkingCalendar& calendar) {
  return {[&calendar](incidents::Instant from, int days) { return incidents::compute_deadline(calendar, from, days); },
          [&calendar](const incidents::Deadline& d, incidents::Instant now) {
            return incidents::clock_status(calendar, d, now);
          }};
}

incidents::LifecyclePolicy lifecycle_policy(const CalendarConfig& config) {
  incidents::LifecyclePolicy policy;
  policy.anchor = config.clock_anchor == "occurred" ? incidents::ClockAnchor::occurred : incidents::ClockAnchor::detected;
  return policy;
}

}  // namespace camtrack::app
