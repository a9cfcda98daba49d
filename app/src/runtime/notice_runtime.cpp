// NoticeRuntime: start-up, the loop (pokes, approvals, periodic scans, daily status) and shutdown.
#include "runtime/notice_runtime.hpp"

#include <spdlog/spdlog.h>

#include "calendar_load.hpp"
#include "notices/outbox_sender.hpp"
#include "notices/pdf.hpp"
#include "notices/samples.hpp"
#include "paths.hpp"
#include "runtime/notice_transport.hpp"
#include "store/outbox_store.hpp"

namespace camtrack::app {
namespace {

std::chrono::sys_seconds system_now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

// "incident/42" → 42 (0 when it is about something else).
std::int64_t incident_of(const std::string& subject_ref) {
  if (subject_ref.rfind("incident/", 0) != 0) return 0;
  try {
    return std::stoll(subject_ref.substr(9));
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

// Owned state, in construction order: destroyed in reverse (the mailer before its connection).
struct NoticeRuntime::Parts {
  incidents::WorkingCalendar calendar;
  notices::Renderer renderer;
  store::Database db;
  store::Database sender_db;
  std::unique_ptr<NoticeWorker> worker;
  std::unique_ptr<store::OutboxStore> sender_outbox;
  std::unique_ptr<notices::MailTransport> transport;
  std::unique_ptr<notices::OutboxSender> sender;
};

NoticeRuntime::NoticeRuntime(Config config, Options options) : config_(std::move(config)), options_(options) {}

NoticeRuntime::~NoticeRuntime() { stop(); }

std::unique_ptr<NoticeRuntime> NoticeRuntime::start(const Config& config, std::string& error, Options options) {
  auto runtime = std::unique_ptr<NoticeRuntime>(new NoticeRuntime(config, options));
  const Config& c = runtime->config_;
  const auto kind = c.calendar.kind == "enterprise" ? incidents::CalendarKind::enterprise : incidents::CalendarKind::state;
  auto calendar = load_calendar(kind, shipped_file("data/calendar/vn-state.toml"), c.calendar.site_file);
  if (!calendar.calendar) {
    error = "notices: " + calendar.error;
    return nullptr;
  }
  try {
    std::optional<std::filesystem::path> overrides;
    if (!c.notices.template_dir.empty()) overrides = c.notices.template_dir;
    auto renderer = notices::Renderer::load(shipped_file("templates"), overrides);
    runtime->parts_.reset(new Parts{std::move(*calendar.calendar), std::move(renderer),
                                    store::Database::open(c.database.path), store::Database::open(c.database.path),
                                    nullptr, nullptr, nullptr, nullptr});
  } catch (const std::exception& e) {
    error = std::string("notices: ") + e.what();
    return nullptr;
  }
  auto& p = *runtime->parts_;
  for (const auto& problem : p.renderer.problems()) notices_log()->warn("template override refused: {}", problem.describe());
  auto inner = make_transport(c, error);
  if (!inner) return nullptr;
  NoticeRuntime* self = runtime.get();
  p.transport = std::make_unique<ObservedTransport>(std::move(inner), [self](const incidents::OutboxMessage& m) {
    if (m.kind == "appendix_ii") self->poke(incident_of(m.subject_ref));  // record the notice at once
  });
  p.worker = std::make_unique<NoticeWorker>(p.db, runtime->config_, p.renderer, p.calendar);
  p.sender_outbox = std::make_unique<store::OutboxStore>(p.sender_db);
  p.sender = std::make_unique<notices::OutboxSender>(*p.sender_outbox, *p.transport, system_now);
  try {
    // Restored while the notices were not running (60 days back: older history is never announced).
    for (const auto id : p.worker->ledger().restorations_to_announce(system_now() - std::chrono::days{60})) {
      runtime->watched_.insert(id);
    }
    runtime->max_seen_id_ = p.worker->ledger().max_incident_id();
  } catch (const std::exception& e) {
    error = std::string("notices: ") + e.what();
    return nullptr;
  }
  p.sender->start(options.sender_idle_poll);
  runtime->thread_ = std::thread([self] { self->run(); });
  notices_log()->info("notices running: {}", c.smtp.url.empty() ? "mail to " + c.smtp.mail_dir : "SMTP " + c.smtp.url);
  return runtime;
}

void NoticeRuntime::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (parts_ && parts_->sender) parts_->sender->stop();
  std::lock_guard lock(mutex_);
  for (auto& a : approvals_) a->result.set_value(ApprovalResult::unavailable);
  approvals_.clear();
}

void NoticeRuntime::poke(std::int64_t incident_id) {
  if (incident_id <= 0) return;
  {
    std::lock_guard lock(mutex_);
    poked_.push_back(incident_id);
  }
  wake_.notify_all();
}

ApprovalResult NoticeRuntime::approve_appendix_ii(const incidents::Actor& actor, std::int64_t incident_id) {
  auto pending = std::make_shared<PendingApproval>();
  pending->username = std::string(actor.username);
  pending->role = actor.role;
  pending->incident_id = incident_id;
  auto answer = pending->result.get_future();
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return ApprovalResult::unavailable;
    approvals_.push_back(pending);
  }
  wake_.notify_all();
  if (answer.wait_for(std::chrono::seconds{10}) != std::future_status::ready) return ApprovalResult::unavailable;
  return answer.get();
}

std::vector<std::string> NoticeRuntime::template_problems() const {
  std::vector<std::string> out;
  if (parts_) {
    for (const auto& p : parts_->renderer.problems()) out.push_back(p.describe());
  }
  return out;
}

void NoticeRuntime::run() {
  try {
    // Fontconfig and pango load their caches on first use (a second or more): done now, not when the
    // first incident's notice must be in the outbox within a second.
    notices::render_pdf(parts_->renderer.appendix_ii(notices::sample_site(), notices::sample_notice()).document);
  } catch (const std::exception& e) {
    notices_log()->warn("notices: PDF warm-up failed: {}", e.what());
  }
  auto next_scan = std::chrono::steady_clock::now();
  for (;;) {
    std::vector<std::int64_t> poked;
    std::vector<std::shared_ptr<PendingApproval>> approvals;
    {
      std::unique_lock lock(mutex_);
      wake_.wait_until(lock, next_scan, [this] { return stopping_ || !poked_.empty() || !approvals_.empty(); });
      if (stopping_) return;
      poked.swap(poked_);
      approvals.swap(approvals_);
    }
    const bool full_scan = std::chrono::steady_clock::now() >= next_scan;
    try {
      step(poked, approvals, full_scan);
    } catch (const std::exception& e) {
      notices_log()->error("notices: {} (trying again at the next scan)", e.what());
    }
    for (auto& a : approvals) {
      if (a) a->result.set_value(ApprovalResult::unavailable);  // not answered: the step failed
    }
    if (full_scan) next_scan = std::chrono::steady_clock::now() + options_.scan_interval;
  }
}

void NoticeRuntime::step(const std::vector<std::int64_t>& poked,
                         std::vector<std::shared_ptr<PendingApproval>>& approvals, bool full_scan) {
  auto& worker = *parts_->worker;
  const auto now = system_now();
  bool changed = false;
  std::set<std::int64_t> ids(poked.begin(), poked.end());
  for (auto& a : approvals) {
    const auto result = worker.approve(a->username, a->role, a->incident_id, now);
    a->result.set_value(result);
    a.reset();
    changed = changed || result == ApprovalResult::released;
  }
  if (full_scan) {
    for (const auto id : worker.ledger().active_incidents()) ids.insert(id);
    const auto fresh = worker.ledger().incidents_after(max_seen_id_);
    ids.insert(fresh.begin(), fresh.end());
    if (!fresh.empty()) max_seen_id_ = fresh.back();
    ids.insert(watched_.begin(), watched_.end());
  }
  for (const auto id : ids) {
    try {
      if (worker.handle(id, now, changed)) {
        watched_.erase(id);
      } else {
        watched_.insert(id);
      }
    } catch (const std::exception& e) {
      watched_.insert(id);
      notices_log()->error("incident={} notices: {} (trying again at the next scan)", id, e.what());
    }
  }
  if (full_scan) changed = worker.daily_status(now) || changed;
  if (changed) parts_->sender->poke();
}

}  // namespace camtrack::app
