#include "runtime/service.hpp"

#include <fmt/chrono.h>
#include <spdlog/spdlog.h>

#include <system_error>

#include "runtime/monitor_setup.hpp"
#include "calendar_load.hpp"
#include "paths.hpp"
#include "store/audit_log.hpp"
#include "web/api.hpp"
#include "web/health.hpp"
#include "web/pages.hpp"
#include "web/router.hpp"

namespace camtrack::app {
namespace {

std::optional<std::string> make_directory_for(const std::filesystem::path& file) {
  if (!file.has_parent_path()) return std::nullopt;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return file.parent_path().string() + ": cannot create the directory (" + ec.message() + ")";
  return std::nullopt;
}

std::string now_rfc3339() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%FT%TZ}", now);
}

}  // namespace

Service::Service(Config config) : config_(std::move(config)) {}

Service::~Service() { stop(); }

Service::StartResult Service::start(const Config& config, const ServiceOptions& options) {
  StartResult result;
  auto service = std::unique_ptr<Service>(new Service(config));
  if (auto error = service->prepare_files()) {
    result.error = *error;
    return result;
  }
  if (auto error = service->prepare_accounts(options)) {
    result.error = *error;
    return result;
  }
  if (auto error = service->start_notices()) {
    result.error = *error;
    return result;
  }
  if (auto error = service->start_monitor()) {
    result.error = *error;
    return result;
  }
  if (auto error = service->start_web()) {
    result.error = *error;
    return result;
  }
  store::AuditLog(*service->db_).append({now_rfc3339(), "system", "service.started", "camtrack",
                                         R"({"version":")" CAMTRACK_VERSION R"("})"});
  result.service = std::move(service);
  return result;
}

std::optional<std::string> Service::prepare_files() {
  for (const auto& file : {config_.database.path, config_.secrets.key_file}) {
    if (auto error = make_directory_for(file)) return error;
  }
  if (config_.smtp.url.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(config_.smtp.mail_dir, ec);
    if (ec) return config_.smtp.mail_dir + ": cannot create the mail folder (" + ec.message() + ")";
  }
  const auto key = load_or_create_secret_key(config_.secrets.key_file);
  if (!key.ok) return key.error;
  secret_key_ = key.key;
  if (key.created) spdlog::get("app")->info("created the credentials key {}", config_.secrets.key_file);
  try {
    db_ = std::make_unique<store::Database>(store::Database::open(config_.database.path));
  } catch (const store::StoreError& e) {
    return e.what();
  }
  return std::nullopt;
}

std::optional<std::string> Service::prepare_accounts(const ServiceOptions& options) {
  try {
    web_db_ = std::make_unique<store::Database>(store::Database::open(config_.database.path));
  } catch (const store::StoreError& e) {
    return e.what();
  }
  accounts_ = std::make_unique<store::SqliteAccounts>(*web_db_);
  if (!options.demo) return std::nullopt;
  auto made = ensure_demo_accounts(*accounts_, options.admin_password, web::system_clock()());
  if (!made.error.empty()) return made.error;
  demo_accounts_ = std::move(made.accounts);
  return std::nullopt;
}

std::optional<std::string> Service::start_web() {
  web::Router router;
  web::add_health_routes(router, {CAMTRACK_VERSION}, metrics_);
  auto auth = web::add_auth_routes(router, {*accounts_, *accounts_, *accounts_, web::system_clock()});
  if (auto error = open_web_services()) return error;
  web::add_api_routes(router, *auth, web_services_->services());
  web::add_page_routes(router, *auth, web_services_->services(), {std::chrono::seconds(1)});
  web::ServerOptions options;
  options.log = [](std::string_view line) { spdlog::get("web")->warn("{}", line); };
  if (!config_.web.tls_cert.empty()) options.tls = web::TlsOptions{config_.web.tls_cert, config_.web.tls_key};
  server_ = std::make_unique<web::Server>(std::move(router), options, &metrics_);
  const auto started = server_->start(config_.web.listen);
  if (!started) return "web server: " + started.error;
  return std::nullopt;
}

std::optional<std::string> Service::start_notices() {
  std::string error;
  notices_ = NoticeRuntime::start(config_, error);
  if (!notices_) return error;
  return std::nullopt;
}

std::optional<std::string> Service::open_web_services() {
  const auto kind = config_.calendar.kind == "enterprise" ? incidents::CalendarKind::enterprise
                                                          : incidents::CalendarKind::state;
  auto calendar = load_calendar(kind, shipped_file("data/calendar/vn-state.toml"), config_.calendar.site_file);
  if (!calendar.calendar) return calendar.error;
  auto opened = WebServicesHost::open(config_, *calendar.calendar, secret_key_, *accounts_);
  if (auto* error = std::get_if<std::string>(&opened)) return *error;
  web_services_ = std::move(std::get<std::unique_ptr<WebServicesHost>>(opened));
  // An officer's or technician's action may call for a letter (restoration, overdue explanation).
  if (notices_) web_services_->set_incident_changed([notices = notices_.get()](std::int64_t id) { notices->poke(id); });
  if (notices_) {  // an officer approves a held Appendix II ([notices] auto_send_appendix_ii = false)
    web_services_->services().approve_appendix_ii = [n = notices_.get()](const incidents::Actor& a, std::int64_t id) {
      switch (n->approve_appendix_ii(a, id)) {
        case ApprovalResult::released: return web::NoticeApproval::released;
        case ApprovalResult::not_held: return web::NoticeApproval::not_held;
        case ApprovalResult::forbidden: return web::NoticeApproval::forbidden;
        case ApprovalResult::unavailable: break;
      }
      return web::NoticeApproval::unavailable;
    };
  }
  if (monitor_) {  // the live state of the site on the dashboard; the poller follows inventory edits
    web_services_->set_inventory_changed([monitor = monitor_.get()] { monitor->inventory_changed(); });
    web_services_->set_site_health([monitor = monitor_.get()] { return monitor->site_health(); });
    web_services_->set_snapshot_source(
        [monitor = monitor_.get()](const std::string& code) { return monitor->last_snapshot(code); });
  }
  return std::nullopt;
}

std::optional<std::string> Service::start_monitor() {
  if (!config_.monitor.enabled) return std::nullopt;
  auto calendar = load_working_calendar(config_.calendar);
  if (!calendar.calendar) return calendar.error;
  calendar_ = std::move(calendar.calendar);
  auto started = MonitorRuntime::start({config_.database.path, secret_key_, poller_config(config_.monitor),
                                        clock_rules(*calendar_), lifecycle_policy(config_.calendar),
                                        reload_timing(config_.monitor)});
  if (!started.runtime) return started.error;
  monitor_ = std::move(started.runtime);
  monitor_->add_metrics(metrics_);
  if (notices_) monitor_->set_on_change([this](std::int64_t id) { notices_->poke(id); });
  return std::nullopt;
}

void Service::stop() {
  if (server_) server_->stop();
  if (monitor_) monitor_->stop();  // before the database closes
  if (notices_) notices_->stop();
}

}  // namespace camtrack::app
