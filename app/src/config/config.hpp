// camtrack's configuration: one value built at start (defaults → file → environment → validation) and
// handed to the parts that need it. There is no global config object.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace camtrack::app {

struct SiteConfig {
  std::string enterprise_name;
  std::string tax_code;
  std::string address;
  std::string phone;
  std::string email;
  std::string contact_person;
  std::string legal_representative;
  std::string place_name;            // "<địa danh>" in letters, e.g. "Bình Dương"
  std::string customs_unit;          // addressee line, e.g. "Chi cục Hải quan khu vực II"
  std::vector<std::string> customs_emails;
};

struct DatabaseConfig {
  std::string path = "var/camtrack.db";
};

struct LogConfig {
  std::string level = "info";        // trace, debug, info, warn, error, critical, off
  std::string file;                  // empty: stderr only
  std::int64_t file_max_mb = 10;
  std::int64_t file_count = 5;
};

struct WebConfig {
  std::string listen = "127.0.0.1:8080";
  std::string tls_cert;              // both set: HTTPS
  std::string tls_key;
};

struct CalendarConfig {
  std::string kind = "state";        // state | enterprise
  std::string site_file;             // site overrides of the shipped official schedules
  std::string clock_anchor = "detected";  // detected | occurred
};

struct SecretsConfig {
  std::string key_file = "var/secret.key";  // 32 random bytes, mode 0600; made on first start
};

struct SmtpConfig {
  std::string url;                   // smtp://host:587 (STARTTLS) or smtps://host:465; empty: mail_dir
  std::string username;
  std::string password;              // only from CAMTRACK_SMTP_PASSWORD or password_file
  std::string password_file;
  std::string from;
  std::string mail_dir = "var/mail"; // where messages go when no SMTP server is configured
  std::string ca_file;               // extra trust anchor for a relay with a private CA; empty: system store
};

// The letters to customs and the mails around them (runtime/notice_runtime.hpp).
struct NoticesConfig {
  bool auto_send_appendix_ii = true;          // Decision 247: notify at once; false: an officer approves each
  std::int64_t reminder_interval_minutes = 240;  // approval/explanation reminders to alert_emails
  std::string template_dir;                   // site overrides of templates/ ("" = built-in only)
  std::string daily_status_time = "08:00";    // Vietnam time, working days only
  std::vector<std::string> alert_emails;      // officers reminded of held notices ("" list = no reminders)
};

struct MonitorConfig {
  bool enabled = true;                       // run the poller in serve and demo
  std::int64_t interval_seconds = 60;
  std::int64_t timeout_seconds = 5;
  std::int64_t confirm_after_failures = 3;   // K failed checks confirm a fault
  std::int64_t clear_after_successes = 2;    // M good checks clear it
  std::int64_t recording_interval_seconds = 3600;  // recorders' recordings and retention (Profile G)
  std::int64_t events_interval_seconds = 60;  // video loss / tampering / storage failure (PullPoint); 0 = off
};

struct Config {
  SiteConfig site;
  DatabaseConfig database;
  LogConfig log;
  WebConfig web;
  CalendarConfig calendar;
  SecretsConfig secrets;
  SmtpConfig smtp;
  MonitorConfig monitor;
  NoticesConfig notices;
};

}  // namespace camtrack::app
