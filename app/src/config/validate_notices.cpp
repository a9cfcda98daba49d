// Validation of [notices]: reminder interval range, daily status time, reminder addresses.
#include "config/validate_notices.hpp"

#include "config/validate_config.hpp"

namespace camtrack::app {

std::optional<int> parse_time_of_day(const std::string& text) {
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

void validate_notices(const NoticesConfig& n, std::vector<ConfigError>& errors) {
  if (n.reminder_interval_minutes < 5 || n.reminder_interval_minutes > 10080) {
    errors.push_back({"notices.reminder_interval_minutes",
                      "must be between 5 and 10080 (one week), got " + std::to_string(n.reminder_interval_minutes)});
  }
  if (!parse_time_of_day(n.daily_status_time)) {
    errors.push_back({"notices.daily_status_time",
                      "expected HH:MM (Vietnam time, 00:00 to 23:59), got \"" + n.daily_status_time + "\""});
  }
  for (std::size_t i = 0; i < n.alert_emails.size(); ++i) {
    if (!looks_like_email(n.alert_emails[i])) {
      errors.push_back({"notices.alert_emails[" + std::to_string(i) + "]",
                        "not an email address: \"" + n.alert_emails[i] + "\""});
    }
  }
}

}  // namespace camtrack::app
