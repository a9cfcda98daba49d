// When the monitor rebuilds its inventory, decided without I/O: ReloadSchedule turns "the inventory
// changed" hints (web writes) and the periodic safety-net check (a change made by another process, e.g.
// `camtrack cameras import`) into moments to act, with `now` passed in; inventory_fingerprint() says
// whether what the monitor would poll differs from what it polls.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "monitor/site_model.hpp"

namespace camtrack::app {

struct ReloadTiming {
  std::chrono::milliseconds debounce{2000};     // quiet time after the last hint before reloading
  std::chrono::milliseconds max_delay{20000};   // a steady stream of hints still reloads this soon
  std::chrono::milliseconds check_every{60000}; // safety net: compare the database's fingerprint
};

class ReloadSchedule {
 public:
  using Clock = std::chrono::steady_clock;
  ReloadSchedule(ReloadTiming timing, Clock::time_point now);

  // A hint that the inventory changed (web save, CSV import).
  void hint(Clock::time_point now);
  // A reload is due: hinted and quiet for `debounce`, or hinted `max_delay` ago.
  bool reload_due(Clock::time_point now) const;
  // The safety net's check is due.
  bool check_due(Clock::time_point now) const;
  // The inventory was read now (reloaded or found unchanged): hints so far are served, next check later.
  void served(Clock::time_point now);
  // When something next becomes due (for a timed wait).
  Clock::time_point next_wake() const;

 private:
  ReloadTiming timing_;
  std::optional<Clock::time_point> first_hint_, last_hint_;
  Clock::time_point next_check_;
};

// A 64-bit digest of everything the poller is given: every field of every camera, recorder and uplink,
// the decrypted customs accounts included. Equal digests: nothing to reload.
std::uint64_t inventory_fingerprint(const monitor::SiteInventory& site);

}  // namespace camtrack::app
