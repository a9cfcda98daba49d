// Configuration → notice settings (see the header).
#include "runtime/notice_setup.hpp"

#include <charconv>

#include "config/validate_notices.hpp"
#include "incidents/calendar/deadline.hpp"

namespace camtrack::app {
namespace {

std::string domain_of(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos || at + 1 >= address.size() ? std::string() : address.substr(at + 1);
}

}  // namespace

notices::MailSettings mail_settings(const Config& config, const incidents::Site& site) {
  notices::MailSettings m;
  std::string from = config.smtp.from;
  if (from.empty()) from = site.email.empty() ? "camtrack@camtrack.invalid" : site.email;
  m.from = {from, site.enterprise_name};
  for (const auto& address : site.customs_emails) m.customs.push_back({address, site.customs_unit});
  m.liaison = m.customs;
  for (const auto& address : config.notices.alert_emails) m.internal.push_back({address, ""});
  const auto domain = domain_of(from);
  if (!domain.empty()) m.message_id_domain = domain;
  return m;
}

notices::SendingPolicy sending_policy(const NoticesConfig& config) {
  notices::SendingPolicy p;
  p.auto_send_appendix_ii = config.auto_send_appendix_ii;
  p.reminder_interval = std::chrono::minutes{config.reminder_interval_minutes};
  return p;
}

notices::DailySchedule daily_schedule(const NoticesConfig& config) {
  notices::DailySchedule s;
  s.local_time = std::chrono::minutes{parse_time_of_day(config.daily_status_time).value_or(8 * 60)};
  return s;
}

incidents::ClockRules calendar_clock_rules(const incidents::WorkingCalendar& calendar) {
  return {[&calendar](incidents::Instant from, int days) { return incidents::compute_deadline(calendar, from, days); },
          [&calendar](const incidents::Deadline& d, incidents::Instant now) {
            return incidents::clock_status(calendar, d, now);
          }};
}

std::optional<notices::SmtpConfig> smtp_settings(const SmtpConfig& config, std::string& error) {
  notices::SmtpConfig c;
  std::string rest;
  if (config.url.rfind("smtps://", 0) == 0) {
    c.security = notices::SmtpConfig::Security::smtps;
    c.port = 465;
    rest = config.url.substr(8);
  } else if (config.url.rfind("smtp://", 0) == 0) {
    c.security = notices::SmtpConfig::Security::starttls;
    c.port = 587;
    rest = config.url.substr(7);
  } else {
    error = "smtp.url: must start with smtp:// or smtps://";
    return std::nullopt;
  }
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  const auto colon = rest.rfind(':');
  c.host = rest.substr(0, colon);
  if (colon != std::string::npos) {
    int port = 0;
    const auto* last = rest.data() + rest.size();
    const auto [end, ec] = std::from_chars(rest.data() + colon + 1, last, port);
    if (ec != std::errc() || end != last || port < 1 || port > 65535) {
      error = "smtp.url: bad port in \"" + config.url + "\"";
      return std::nullopt;
    }
    c.port = port;
  }
  if (c.host.empty() || c.host.find_first_of("/@ ") != std::string::npos) {
    error = "smtp.url: expected smtp://host:port, got \"" + config.url + "\"";
    return std::nullopt;
  }
  c.username = config.username;
  c.password = config.password;
  c.ca_file = config.ca_file;
  return c;
}

}  // namespace camtrack::app
