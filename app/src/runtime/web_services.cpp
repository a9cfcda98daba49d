// Builds the web services over their own SQLite connection (see web_services.hpp).
#include "runtime/web_services.hpp"

#include <algorithm>

#include "incidents/calendar/deadline.hpp"

namespace camtrack::app {

incidents::ClockRules clock_rules_for(const incidents::WorkingCalendar& calendar) {
  incidents::ClockRules rules;
  rules.deadline = [calendar](incidents::Instant from, int working_days) {
    return incidents::compute_deadline(calendar, from, working_days);
  };
  rules.status = [calendar](const incidents::Deadline& deadline, incidents::Instant now) {
    return incidents::clock_status(calendar, deadline, now);
  };
  return rules;
}

incidents::LifecyclePolicy lifecycle_policy_for(const Config& config) {
  incidents::LifecyclePolicy policy;
  policy.anchor = config.calendar.clock_anchor == "occurred" ? incidents::ClockAnchor::occurred
                                                             : incidents::ClockAnchor::detected;
  return policy;
}

std::variant<std::unique_ptr<WebServicesHost>, std::string> WebServicesHost::open(
    const Config& config, const incidents::WorkingCalendar& calendar, const SecretKey& key,
    incidents::AccountStore& accounts, int lanes) {
  auto host = std::unique_ptr<WebServicesHost>(new WebServicesHost(calendar, key, accounts));
  const auto clocks = clock_rules_for(host->calendar_);
  const auto policy = lifecycle_policy_for(config);
  try {
    for (int i = 0; i < std::max(lanes, 1); ++i) {
      host->lanes_.add(std::make_unique<StoreLane>(store::Database::open(config.database.path), clocks, policy,
                                                   &host->cipher_));
    }
  } catch (const store::StoreError& e) {
    return std::string(e.what());
  }
  return host;
}

WebServicesHost::WebServicesHost(const incidents::WorkingCalendar& calendar, const SecretKey& key,
                                 incidents::AccountStore& accounts)
    : calendar_(calendar),
      cipher_(key),
      incidents_(lanes_),
      inventory_(lanes_),
      audit_(lanes_),
      notices_(lanes_),
      services_{incidents_, incidents_, inventory_, accounts, calendar_,
                [] { return web::SiteHealth{}; }, notices_, audit_,
                [](const std::string&) { return std::optional<std::string>(); }, web::system_clock(), {}} {}

}  // namespace camtrack::app
