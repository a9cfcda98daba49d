// NoticeWorker: one incident at a time, the officer's approval, and the daily status mail.
#include "runtime/notice_worker.hpp"

#include "notices/daily_status_job.hpp"
#include "runtime/notice_setup.hpp"
#include "store/audit_log.hpp"

namespace camtrack::app {
namespace {

using notices::LetterKind;
using notices::NoticeAction;
using incidents::OutboxState;

const incidents::Actor system_actor{"system", incidents::Role::admin};

}  // namespace

NoticeWorker::NoticeWorker(store::Database& db, const Config& config, const notices::Renderer& renderer,
                           const incidents::WorkingCalendar& calendar)
    : db_(db),
      config_(config),
      renderer_(renderer),
      calendar_(calendar),
      policy_(sending_policy(config.notices)),
      incidents_(db, calendar_clock_rules(calendar)),
      inventory_(db, nullptr),
      outbox_(db),
      ledger_(db) {}

bool NoticeWorker::handle(std::int64_t incident_id, Instant now, bool& changed) {
  auto detail = incidents_.incident_detail(system_actor, incident_id, now);
  if (!detail) return true;
  const auto& incident = detail->incident;
  const auto entries = ledger_.entries_for(incident_ref(incident_id));
  const auto state = notice_state(incident, entries);
  const auto working = [this](notices::Date d) { return calendar_.is_working_day(d); };
  const std::string id = "#" + std::to_string(incident_id);
  bool restoration = state.restoration_enqueued;
  const bool appendix_going = state.appendix_ii_released || (!state.appendix_ii_enqueued && policy_.auto_send_appendix_ii);
  const auto actions = notices::decide_notices(state, policy_, now, working);
  changed = changed || !actions.empty();
  for (const auto action : actions) {
    switch (action) {
      case NoticeAction::send_appendix_ii:
        changed = enqueue_letter(LetterKind::appendix_ii, incident, entries, OutboxState::pending, now) || changed;
        break;
      case NoticeAction::hold_appendix_ii:
        changed = enqueue_letter(LetterKind::appendix_ii, incident, entries, OutboxState::held, now) || changed;
        alert(incident, entries, "approval", "Thông báo Phụ lục II chờ duyệt: sự cố " + id,
              "Thông báo sự cố gửi Hải quan đang chờ cán bộ phụ trách duyệt trước khi gửi.", now);
        break;
      case NoticeAction::remind_appendix_ii_approval:
        alert(incident, entries, "approval", "Nhắc lại: Thông báo Phụ lục II chờ duyệt: sự cố " + id,
              "Thông báo sự cố gửi Hải quan vẫn chưa được duyệt.", now);
        break;
      case NoticeAction::draft_overdue_explanation:
        changed = enqueue_letter(LetterKind::overdue_explanation, incident, entries, OutboxState::held, now) || changed;
        alert(incident, entries, "explanation", "Sắp quá hạn khắc phục: sự cố " + id,
              "Văn bản giải trình đã được soạn sẵn; hãy điền lý do và thời gian dự kiến hoàn thành.", now);
        break;
      case NoticeAction::send_overdue_explanation:
        changed = release_explanation(incident, entries, now) || changed;
        break;
      case NoticeAction::remind_overdue_explanation:
        alert(incident, entries, "explanation", "Nhắc lại: chưa có giải trình quá hạn cho sự cố " + id,
              "Hãy điền lý do chậm khắc phục và thời gian dự kiến hoàn thành.", now);
        break;
      case NoticeAction::send_restoration:
        // A restoration notice never overtakes an Appendix II still waiting for approval (one enqueued
        // just now, in this same pass, waits only when the policy holds it).
        changed = enqueue_letter(LetterKind::restoration, incident, entries,
                                 appendix_going ? OutboxState::pending : OutboxState::held, now) ||
                  changed;
        restoration = true;
        break;
    }
  }
  record_notice(incident, entries, now);
  return !state.open && (restoration || !state.restored_at);
}

ApprovalResult NoticeWorker::approve(const std::string& username, incidents::Role role, std::int64_t incident_id,
                                     Instant now) {
  if (role != incidents::Role::admin && role != incidents::Role::officer) return ApprovalResult::forbidden;
  auto detail = incidents_.incident_detail(system_actor, incident_id, now);
  if (!detail) return ApprovalResult::not_held;
  const auto entries = ledger_.entries_for(incident_ref(incident_id));
  const store::OutboxEntry* appendix = nullptr;
  for (const auto& e : entries) {
    if (e.kind == "appendix_ii" && e.state == OutboxState::held) appendix = &e;
  }
  if (appendix == nullptr) return ApprovalResult::not_held;
  // Rendered again: the letter carries the date it is sent and the incident as it is now.
  outbox_.release(appendix->id, now, render_again(LetterKind::appendix_ii, detail->incident, *appendix, entries, now));
  for (const auto& e : entries) {
    if (e.kind == "restoration" && e.state == OutboxState::held) outbox_.release(e.id, now, std::nullopt);
  }
  store::AuditLog(db_).append({store::rfc3339(now), username, "notice.approved", incident_ref(incident_id),
                               R"({"kind":"appendix_ii","notice_number":")" + appendix->notice_number + "\"}"});
  notices_log()->info("incident={} Appendix II {} approved by {}", incident_id, appendix->notice_number, username);
  return ApprovalResult::released;
}

bool NoticeWorker::daily_status(Instant now) {
  const auto where = site();
  auto settings = mail_settings(config_, where);
  if (settings.liaison.empty() && !config_.smtp.url.empty()) return false;  // nobody to send it to
  const auto working = [this](notices::Date d) { return calendar_.is_working_day(d); };
  const auto rows = [&] {
    std::vector<notices::DailyStatusRow> out;
    for (const auto id : ledger_.active_incidents()) {
      auto detail = incidents_.incident_detail(system_actor, id, now);
      if (detail) out.push_back(daily_status_row(detail->incident, detail->clock, ledger_.vehicle_log_count(id)));
    }
    return out;
  };
  const notices::DailyStatusJob job{renderer_, site_info(where), std::move(settings), daily_schedule(config_.notices),
                                    working, rows};
  return notices::run_daily_status(job, outbox_, now).has_value();
}

}  // namespace camtrack::app
