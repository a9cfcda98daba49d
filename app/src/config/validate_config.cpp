#include "config/validate_config.hpp"

#include "config/validate_notices.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace camtrack::app {
namespace {

using Errors = std::vector<ConfigError>;

void one_of(Errors& errors, const std::string& key, const std::string& value, const std::set<std::string>& allowed) {
  if (allowed.contains(value)) return;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  errors.push_back({key, "must be one of " + list + ", got \"" + value + "\""});
}

void in_range(Errors& errors, const std::string& key, std::int64_t value, std::int64_t low, std::int64_t high) {
  if (value >= low && value <= high) return;
  errors.push_back({key, "must be between " + std::to_string(low) + " and " + std::to_string(high) + ", got " +
                             std::to_string(value)});
}

void validate_site(const SiteConfig& site, Errors& errors) {
  for (std::size_t i = 0; i < site.customs_emails.size(); ++i) {
    if (!looks_like_email(site.customs_emails[i])) {
      errors.push_back({"site.customs_emails[" + std::to_string(i) + "]",
                        "not an email address: \"" + site.customs_emails[i] + "\""});
    }
  }
  if (!site.email.empty() && !looks_like_email(site.email)) {
    errors.push_back({"site.email", "not an email address: \"" + site.email + "\""});
  }
  const bool digits = std::all_of(site.tax_code.begin(), site.tax_code.end(),
                                  [](char ch) { return (ch >= '0' && ch <= '9') || ch == '-'; });
  if (!site.tax_code.empty() && (!digits || (site.tax_code.size() != 10 && site.tax_code.size() != 14))) {
    errors.push_back({"site.tax_code", "a Vietnamese tax code has 10 digits (or 10-3 for a branch), got \"" +
                                           site.tax_code + "\""});
  }
}

void validate_smtp(const SmtpConfig& smtp, Errors& errors) {
  if (smtp.url.empty()) {
    if (smtp.mail_dir.empty()) errors.push_back({"smtp.mail_dir", "must be set when smtp.url is empty"});
    return;
  }
  if (smtp.url.rfind("smtp://", 0) != 0 && smtp.url.rfind("smtps://", 0) != 0) {
    errors.push_back({"smtp.url", "must start with smtp:// or smtps://, got \"" + smtp.url + "\""});
  }
  if (!looks_like_email(smtp.from)) errors.push_back({"smtp.from", "an email address is required with smtp.url"});
}

}  // namespace

bool looks_like_email(const std::string& text) {
  const auto at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('.', at) != std::string::npos &&
         text.find_first_of(" \t\r\n<>,;") == std::string::npos;
}

bool split_listen_address(const std::string& text, std::string& host, unsigned short& port, bool allow_zero) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return false;
  host = text.substr(0, colon);
  if (host.front() == '[') {
    if (host.back() != ']') return false;
    host = host.substr(1, host.size() - 2);
  }
  unsigned value = 0;
  const auto* first = text.data() + colon + 1;
  const auto* last = text.data() + text.size();
  const auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || value > 65535 || (value == 0 && !allow_zero)) return false;
  port = static_cast<unsigned short>(value);
  return !host.empty();
}

void validate_config(const Config& c, Errors& errors) {
  validate_site(c.site, errors);
  if (c.database.path.empty()) errors.push_back({"database.path", "must not be empty"});
  one_of(errors, "log.level", c.log.level, {"trace", "debug", "info", "warn", "error", "critical", "off"});
  in_range(errors, "log.file_max_mb", c.log.file_max_mb, 1, 1024);
  in_range(errors, "log.file_count", c.log.file_count, 1, 100);
  std::string host;
  unsigned short port = 0;
  if (!split_listen_address(c.web.listen, host, port)) {
    errors.push_back({"web.listen", "expected host:port with a port from 1 to 65535, got \"" + c.web.listen + "\""});
  }
  if (c.web.tls_cert.empty() != c.web.tls_key.empty()) {
    errors.push_back({c.web.tls_cert.empty() ? "web.tls_cert" : "web.tls_key",
                      "web.tls_cert and web.tls_key go together (both for HTTPS, neither for HTTP)"});
  }
  one_of(errors, "calendar.kind", c.calendar.kind, {"state", "enterprise"});
  one_of(errors, "calendar.clock_anchor", c.calendar.clock_anchor, {"detected", "occurred"});
  if (c.secrets.key_file.empty()) errors.push_back({"secrets.key_file", "must not be empty"});
  validate_smtp(c.smtp, errors);
  in_range(errors, "monitor.interval_seconds", c.monitor.interval_seconds, 5, 3600);
  in_range(errors, "monitor.timeout_seconds", c.monitor.timeout_seconds, 1, 60);
  in_range(errors, "monitor.confirm_after_failures", c.monitor.confirm_after_failures, 1, 100);
  in_range(errors, "monitor.clear_after_successes", c.monitor.clear_after_successes, 1, 100);
  in_range(errors, "monitor.recording_interval_seconds", c.monitor.recording_interval_seconds, 5, 86400);
  if (const auto events = c.monitor.events_interval_seconds; events != 0 && (events < 5 || events > 86400)) {
    errors.push_back({"monitor.events_interval_seconds",
                      "must be 0 (off) or between 5 and 86400, got " + std::to_string(events)});
  }
  if (c.monitor.timeout_seconds >= c.monitor.interval_seconds) {
    errors.push_back({"monitor.timeout_seconds", "must be shorter than monitor.interval_seconds"});
  }
  validate_notices(c.notices, errors);
}

}  // namespace camtrack::app
