// What the notice runtime derives from the configuration once, at start: the mail settings (sender,
// customs, liaison and reminder addresses, Message-ID domain), the sending policy, the daily status
// schedule, the SMTP settings parsed from smtp.url, and the templates (built-in + site overrides).
#pragma once

#include <optional>
#include <string>

#include "config/config.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/clock_rules.hpp"
#include "incidents/inventory.hpp"
#include "notices/daily_schedule.hpp"
#include "notices/notice_mail.hpp"
#include "notices/sending_policy.hpp"
#include "notices/smtp_transport.hpp"

namespace camtrack::app {

// Sender, recipients and Message-ID domain for the letters of `site` (recipients: site.customs_emails).
notices::MailSettings mail_settings(const Config& config, const incidents::Site& site);
notices::SendingPolicy sending_policy(const NoticesConfig& config);
notices::DailySchedule daily_schedule(const NoticesConfig& config);

// The legal clocks of the incident store, on the working-day calendar (which must outlive them).
incidents::ClockRules calendar_clock_rules(const incidents::WorkingCalendar& calendar);

// smtp://host[:587] (STARTTLS) or smtps://host[:465]; nullopt with `error` set when it cannot be read.
std::optional<notices::SmtpConfig> smtp_settings(const SmtpConfig& config, std::string& error);

}  // namespace camtrack::app
