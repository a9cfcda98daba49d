// NoticeWorker's letters: render and enqueue a numbered letter, render a held one again for release,
// reminders to officers, and recording a sent Appendix II on the incident.
#include "notices/vietnamese_format.hpp"
#include "runtime/notice_setup.hpp"
#include "runtime/notice_worker.hpp"

namespace camtrack::app {
namespace {

const incidents::Actor system_actor{"system", incidents::Role::admin};

const store::OutboxEntry* find_entry(const std::vector<store::OutboxEntry>& entries, const std::string& kind) {
  for (const auto& e : entries) {
    if (e.kind == kind) return &e;
  }
  return nullptr;
}

}  // namespace

incidents::Site NoticeWorker::site() {
  auto stored = inventory_.site(system_actor);
  return stored ? stored.value() : site_from_config(config_.site);
}

std::vector<CameraFacts> NoticeWorker::cameras_of(const incidents::Incident& incident) {
  std::vector<CameraFacts> out;
  for (const auto& code : incident.cameras) {
    auto camera = inventory_.camera(system_actor, code);
    if (camera) {
      out.push_back({code, camera->name, camera->location});
    } else {
      out.push_back({code, "", std::nullopt});
    }
  }
  return out;
}

notices::NoticeData NoticeWorker::letter_data(const incidents::Incident& incident,
                                              const std::vector<store::OutboxEntry>& entries,
                                              const std::string& number, Instant now) {
  LetterFacts facts{number, notices::local_date_of(now), "", {}};
  if (const auto* first = find_entry(entries, "appendix_ii")) {
    facts.first_notice_number = first->notice_number;
    facts.first_notice_date = notices::local_date_of(first->sent_at.value_or(first->created_at));
  }
  return notice_data(incident, cameras_of(incident), facts);
}

bool NoticeWorker::enqueue_letter(notices::LetterKind kind, const incidents::Incident& incident,
                                  const std::vector<store::OutboxEntry>& entries, incidents::OutboxState state,
                                  Instant now) {
  const auto key = kind == notices::LetterKind::restoration ? restoration_key(incident) : letter_key(incident.id);
  const auto where = site();
  const auto settings = mail_settings(config_, where);
  const int year = static_cast<int>(notices::local_date_of(now).year());
  for (int attempt = 0; attempt < 3; ++attempt) {
    const int number = ledger_.next_notice_number(year);
    const auto data = letter_data(incident, entries, notices::notice_number(number, year), now);
    auto message = notices::letter_message(renderer_, kind, site_info(where), data, settings, key, now, state);
    message.subject_ref = incident_ref(incident.id);
    const auto stored = ledger_.enqueue_numbered(message, year, number);
    if (stored == store::NumberedEnqueue::inserted) {
      notices_log()->info("incident={} {} {} enqueued ({})", incident.id, message.kind, message.notice_number,
                                   state == incidents::OutboxState::held ? "held for approval" : "to send");
      return true;
    }
    if (stored == store::NumberedEnqueue::already_there) return false;
  }
  notices_log()->warn("incident={} could not get a notice number; trying again later", incident.id);
  return false;
}

std::string NoticeWorker::render_again(notices::LetterKind kind, const incidents::Incident& incident,
                                       const store::OutboxEntry& row, const std::vector<store::OutboxEntry>& entries,
                                       Instant now) {
  const auto key = kind == notices::LetterKind::restoration ? restoration_key(incident) : letter_key(incident.id);
  const auto where = site();
  const auto data = letter_data(incident, entries, row.notice_number, now);
  return notices::letter_message(renderer_, kind, site_info(where), data, mail_settings(config_, where), key, now,
                                 incidents::OutboxState::pending)
      .bytes;
}

void NoticeWorker::alert(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
                         const std::string& purpose, const std::string& title, const std::string& message, Instant now) {
  if (config_.notices.alert_emails.empty()) return;
  int alerts = 0;
  for (const auto& e : entries) alerts += e.kind == "alert" ? 1 : 0;
  notices::AlertData data;
  data.title = title;
  data.message = message;
  std::string cameras;
  for (const auto& c : incident.cameras) cameras += (cameras.empty() ? "" : ", ") + c;
  data.details = {"Sự cố #" + std::to_string(incident.id) + ": " + cameras,
                  "Hạn khắc phục: " + notices::date_text(incident.deadline.deadline_date)};
  data.at = now;
  const auto where = site();
  auto m = notices::alert_message(renderer_, site_info(where), data, mail_settings(config_, where),
                                  letter_key(incident.id) + "." + purpose + "." + std::to_string(alerts + 1), now, true);
  m.subject_ref = incident_ref(incident.id);
  outbox_.enqueue(m);
}

bool NoticeWorker::release_explanation(const incidents::Incident& incident,
                                       const std::vector<store::OutboxEntry>& entries, Instant now) {
  for (const auto& e : entries) {
    if (e.kind != "overdue_explanation" || e.state != incidents::OutboxState::held) continue;
    outbox_.release(e.id, now, render_again(notices::LetterKind::overdue_explanation, incident, e, entries, now));
    notices_log()->info("incident={} overdue explanation {} released", incident.id, e.notice_number);
    return true;
  }
  return false;
}

void NoticeWorker::record_notice(const incidents::Incident& incident, const std::vector<store::OutboxEntry>& entries,
                                 Instant now) {
  if (incident.notice || !incidents::is_active(incident.state)) return;
  const auto* appendix = find_entry(entries, "appendix_ii");
  if (appendix == nullptr || appendix->state != incidents::OutboxState::sent || !appendix->sent_at) return;
  const auto done = incidents_.mark_notified(system_actor, incident.id, {appendix->notice_number, *appendix->sent_at}, now);
  if (!done) {
    notices_log()->warn("incident={} notice {} not recorded: {}", incident.id, appendix->notice_number,
                                 done.refusal().reason);
  }
}

}  // namespace camtrack::app
