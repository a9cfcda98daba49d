#include "config/load_config.hpp"

#include <fstream>
#include <sstream>

#include "config/toml_reader.hpp"
#include "config/validate_config.hpp"

extern char** environ;

namespace camtrack::app {
namespace {

void read_sections(TomlReader& r, Config& c) {
  auto& s = c.site;
  r.read("site.enterprise_name", s.enterprise_name);
  r.read("site.tax_code", s.tax_code);
  r.read("site.address", s.address);
  r.read("site.phone", s.phone);
  r.read("site.email", s.email);
  r.read("site.contact_person", s.contact_person);
  r.read("site.legal_representative", s.legal_representative);
  r.read("site.place_name", s.place_name);
  r.read("site.customs_unit", s.customs_unit);
  r.read("site.customs_emails", s.customs_emails);
  r.read("database.path", c.database.path);
  r.read("log.level", c.log.level);
  r.read("log.file", c.log.file);
  r.read("log.file_max_mb", c.log.file_max_mb);
  r.read("log.file_count", c.log.file_count);
  r.read("web.listen", c.web.listen);
  r.read("web.tls_cert", c.web.tls_cert);
  r.read("web.tls_key", c.web.tls_key);
  r.read("calendar.kind", c.calendar.kind);
  r.read("calendar.site_file", c.calendar.site_file);
  r.read("calendar.clock_anchor", c.calendar.clock_anchor);
  r.read("secrets.key_file", c.secrets.key_file);
  r.read("smtp.url", c.smtp.url);
  r.read("smtp.username", c.smtp.username);
  r.read("smtp.password_file", c.smtp.password_file);
  r.read("smtp.from", c.smtp.from);
  r.read("smtp.mail_dir", c.smtp.mail_dir);
  r.read("smtp.ca_file", c.smtp.ca_file);
  r.read("monitor.enabled", c.monitor.enabled);
  r.read("monitor.interval_seconds", c.monitor.interval_seconds);
  r.read("monitor.timeout_seconds", c.monitor.timeout_seconds);
  r.read("monitor.confirm_after_failures", c.monitor.confirm_after_failures);
  r.read("monitor.clear_after_successes", c.monitor.clear_after_successes);
  r.read("monitor.recording_interval_seconds", c.monitor.recording_interval_seconds);
  r.read("monitor.events_interval_seconds", c.monitor.events_interval_seconds);
  r.read("notices.auto_send_appendix_ii", c.notices.auto_send_appendix_ii);
  r.read("notices.reminder_interval_minutes", c.notices.reminder_interval_minutes);
  r.read("notices.template_dir", c.notices.template_dir);
  r.read("notices.daily_status_time", c.notices.daily_status_time);
  r.read("notices.alert_emails", c.notices.alert_emails);
}

// Secrets never live in the file: the environment (or a 0600 file named in it) provides them.
void apply_environment(const Environment& env, Config& c, std::vector<ConfigError>& errors) {
  if (auto it = env.find("CAMTRACK_SMTP_PASSWORD"); it != env.end()) c.smtp.password = it->second;
  if (auto it = env.find("CAMTRACK_DATABASE"); it != env.end()) c.database.path = it->second;
  if (auto it = env.find("CAMTRACK_LOG_LEVEL"); it != env.end()) c.log.level = it->second;
  if (c.smtp.password.empty() && !c.smtp.password_file.empty()) {
    std::ifstream in(c.smtp.password_file);
    if (!in) {
      errors.push_back({"smtp.password_file", "cannot read " + c.smtp.password_file});
    } else {
      std::getline(in, c.smtp.password);
    }
  }
}

}  // namespace

Environment camtrack_environment() {
  Environment env;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry(*e);
    if (entry.rfind("CAMTRACK_", 0) != 0) continue;
    const auto eq = entry.find('=');
    if (eq != std::string::npos) env[entry.substr(0, eq)] = entry.substr(eq + 1);
  }
  return env;
}

ConfigResult parse_config(const std::string& toml_text, const std::string& file_name, const Environment& env) {
  ConfigResult result;
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    result.errors.push_back({"", "line " + std::to_string(where.line) + ", column " +
                                     std::to_string(where.column) + ": " + std::string(e.description())});
    return result;
  }
  TomlReader reader(root, result.errors);
  read_sections(reader, result.config);
  reader.report_unknown_keys();
  apply_environment(env, result.config, result.errors);
  validate_config(result.config, result.errors);
  return result;
}

ConfigResult load_config(const std::filesystem::path& file, const Environment& env) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ConfigResult result;
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    result.errors.push_back({"", exists ? "cannot read the file (permissions?)" : "file not found"});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), file.string(), env);
}

std::string format_errors(const std::string& file_name, const std::vector<ConfigError>& errors) {
  std::string out;
  for (const auto& e : errors) {
    out += file_name + ": " + (e.key.empty() ? "" : e.key + ": ") + e.problem + "\n";
  }
  return out;
}

}  // namespace camtrack::app
