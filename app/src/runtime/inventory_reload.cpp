// ReloadSchedule and inventory_fingerprint (see inventory_reload.hpp).
#include "runtime/inventory_reload.hpp"

#include <algorithm>
#include <string_view>

namespace camtrack::app {

ReloadSchedule::ReloadSchedule(ReloadTiming timing, Clock::time_point now)
    : timing_(timing), next_check_(now + timing.check_every) {}

void ReloadSchedule::hint(Clock::time_point now) {
  if (!first_hint_) first_hint_ = now;
  last_hint_ = now;
}

bool ReloadSchedule::reload_due(Clock::time_point now) const {
  if (!last_hint_) return false;
  return now >= *last_hint_ + timing_.debounce || now >= *first_hint_ + timing_.max_delay;
}

bool ReloadSchedule::check_due(Clock::time_point now) const { return now >= next_check_; }

void ReloadSchedule::served(Clock::time_point now) {
  first_hint_.reset();
  last_hint_.reset();
  next_check_ = now + timing_.check_every;
}

ReloadSchedule::Clock::time_point ReloadSchedule::next_wake() const {
  if (!last_hint_) return next_check_;
  return std::min({next_check_, *last_hint_ + timing_.debounce, *first_hint_ + timing_.max_delay});
}

namespace {

// FNV-1a, every value preceded by its length so that ("ab","c") and ("a","bc") differ.
class Digest {
 public:
  Digest& add(std::string_view s) {
    add_raw(s.size());
    for (const char c : s) byte(static_cast<unsigned char>(c));
    return *this;
  }
  Digest& add(std::int64_t v) { return add_raw(static_cast<std::uint64_t>(v)); }
  Digest& add(bool v) { return add_raw(v ? 1u : 0u); }
  Digest& add(const std::optional<std::int64_t>& v) { return v ? add(true).add(*v) : add(false); }
  Digest& add(const onvif::Credentials& c) { return add(c.username).add(c.password); }
  std::uint64_t value() const { return h_; }

 private:
  Digest& add_raw(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(v >> (8 * i)));
    return *this;
  }
  void byte(unsigned char b) {
    h_ ^= b;
    h_ *= 0x100000001b3ULL;
  }
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::uint64_t inventory_fingerprint(const monitor::SiteInventory& site) {
  Digest d;
  d.add(static_cast<std::int64_t>(site.cameras.size()));
  for (const auto& m : site.cameras) {
    const auto& c = m.camera;
    d.add(c.id).add(c.code).add(c.name).add(incidents::location_class_name(c.location)).add(c.onvif_address);
    d.add(c.username).add(c.has_password).add(c.recorder_id).add(c.switch_name).add(c.enabled).add(m.customs_account);
  }
  d.add(static_cast<std::int64_t>(site.recorders.size()));
  for (const auto& m : site.recorders) {
    const auto& r = m.recorder;
    d.add(r.id).add(r.code).add(r.name).add(r.address).add(r.enabled).add(m.customs_account);
  }
  d.add(static_cast<std::int64_t>(site.uplinks.size()));
  for (const auto& u : site.uplinks) {
    d.add(u.id).add(u.code).add(u.name).add(std::string_view(incidents::uplink_kind_name(u.kind))).add(u.enabled);
    d.add(static_cast<std::int64_t>(u.check_targets.size()));
    for (const auto& t : u.check_targets) d.add(t);
  }
  d.add(site.site_started.has_value());
  if (site.site_started) d.add(static_cast<std::int64_t>(site.site_started->time_since_epoch().count()));
  return d.value();
}

}  // namespace camtrack::app
