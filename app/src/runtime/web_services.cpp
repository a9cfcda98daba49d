// Builds the web services over their own SQLite connection (see web_services.hpp).
#include "runtime/web_services.hpp"

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
    incidents::AccountStore& accounts) {
  try {
    auto db = store::Database::open(config.database.path);
    return std::unique_ptr<WebServicesHost>(new WebServicesHost(std::move(db), config, calendar, key, accounts));
  } catch (const store::StoreError& e) {
    return std::string(e.what());
  }
}

WebServicesHost::WebServicesHost(store::Database db, const Config& config, const incidents::WorkingCalendar& calendar,
                                 const SecretKey& key, incidents::AccountStore& accounts)
    : db_(std::move(db)),
      calendar_(calendar),
      cipher_(key),
      incident_store_(db_, clock_rules_for(calendar_), lifecycle_policy_for(config)),
      inventory_store_(db_, &cipher_),
      incidents_(mutex_, incident_store_, incident_store_),
      inventory_(mutex_, inventory_store_),
      audit_(mutex_, db_),
      notices_(mutex_, db_),
      services_{incidents_, incidents_, inventory_, accounts, calendar_,
                [] { return web::SiteHealth{}; }, notices_, audit_,
                [](const std::string&) { return std::optional<std::string>(); }, web::system_clock(), {}} {}

}  // namespace camtrack::app
