// Incident → letter fields, outbox rows → policy state (see the header).
#include "runtime/notice_mapping.hpp"

#include <algorithm>
#include <cstdio>

#include "incidents/calendar/legal_clock.hpp"
#include "notices/vietnamese_format.hpp"

namespace camtrack::app {
namespace {

using std::chrono::sys_days;

std::string two_digits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

std::string day_month(notices::Date d) {
  return two_digits(static_cast<int>(static_cast<unsigned>(d.day()))) + "/" +
         two_digits(static_cast<int>(static_cast<unsigned>(d.month())));
}

// Named days off (holidays, compensatory and swapped days), consecutive days of one name as a range.
std::vector<std::string> named_days_off(const std::vector<incidents::SkippedDay>& skipped) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < skipped.size()) {
    if (skipped[i].kind == incidents::DayKind::weekly_rest) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < skipped.size() && skipped[j + 1].name == skipped[i].name &&
           sys_days{skipped[j + 1].date} - sys_days{skipped[j].date} <= std::chrono::days{3}) {
      ++j;
    }
    const auto& first = skipped[i].date;
    const auto& last = skipped[j].date;
    out.push_back(skipped[i].name + " " +
                  (i == j ? notices::date_text(first) : day_month(first) + "–" + notices::date_text(last)));
    i = j + 1;
  }
  return out;
}

std::string strip_prefix(const std::string& text, const std::string& prefix) {
  if (text.rfind(prefix, 0) != 0) return text;
  const auto start = text.find_first_not_of(' ', prefix.size());
  return start == std::string::npos ? std::string() : text.substr(start);
}

}  // namespace

incidents::Site site_from_config(const SiteConfig& c) {
  incidents::Site s;
  s.enterprise_name = c.enterprise_name;
  s.tax_code = c.tax_code;
  s.address = c.address;
  s.phone = c.phone;
  s.email = c.email;
  s.contact_person = c.contact_person;
  s.legal_representative = c.legal_representative;
  s.place_name = c.place_name;
  s.customs_unit = c.customs_unit;
  s.customs_emails = c.customs_emails;
  return s;
}

notices::SiteInfo site_info(const incidents::Site& s) {
  notices::SiteInfo info;
  info.enterprise_name = s.enterprise_name;
  info.tax_code = s.tax_code;
  info.address = s.address;
  info.phone = s.phone;
  info.email = s.email;
  info.contact_person = s.contact_person;
  info.place = s.place_name;
  info.addressee = !s.customs_unit.empty() ? s.customs_unit : strip_prefix(s.addressee_line, "Kính gửi:");
  info.signer_name = s.legal_representative;
  return info;
}

std::string deadline_phrase(const incidents::Deadline& d) {
  const notices::Date first_counted{sys_days{incidents::local_date(d.from)} + std::chrono::days{1}};
  std::string out = two_digits(d.working_days) + " ngày làm việc kể từ ngày " + notices::date_text(first_counted) +
                    " (không tính ngày xảy ra sự cố), theo lịch làm việc của " +
                    (d.calendar == incidents::CalendarKind::state ? "cơ quan nhà nước" : "doanh nghiệp");
  const auto named = named_days_off(d.skipped);
  const bool weekly = std::any_of(d.skipped.begin(), d.skipped.end(), [](const incidents::SkippedDay& s) {
    return s.kind == incidents::DayKind::weekly_rest;
  });
  if (!named.empty() || weekly) {
    out += "; không tính ";
    for (std::size_t i = 0; i < named.size(); ++i) out += (i == 0 ? "" : ", ") + named[i];
    if (weekly) out += named.empty() ? "các ngày nghỉ hằng tuần" : " và các ngày nghỉ hằng tuần";
  }
  if (d.provisional) out += "; hạn tạm tính, có thể thay đổi khi có lịch nghỉ chính thức";
  return out + ".";
}

notices::NoticeData notice_data(const incidents::Incident& i, const std::vector<CameraFacts>& cameras,
                                const LetterFacts& letter) {
  notices::NoticeData n;
  n.number = letter.number;
  n.date = letter.date;
  n.kind = i.kind == incidents::IncidentKind::equipment ? notices::IncidentKind::equipment : notices::IncidentKind::link;
  n.occurred_at = i.occurred_at;
  if (i.detected_at != i.occurred_at) n.detected_at = i.detected_at;
  const std::string status = i.kind == incidents::IncidentKind::equipment ? "Mất tín hiệu" : "Mất kết nối kênh truyền";
  for (const auto& c : cameras) {
    notices::CameraRow row;
    row.code = c.code;
    row.name = c.name.empty() ? c.code : c.name;
    if (c.location) row.location = std::string(incidents::location_class_label_vi(*c.location));
    row.status = status;
    row.gate = c.location == incidents::LocationClass::gate;
    n.cameras.push_back(std::move(row));
  }
  if (i.report) {
    n.cause = i.report->cause;
    n.remedy = i.report->action;
    n.repair_summary = i.report->action;
  }
  n.deadline = {i.deadline.deadline_date, deadline_phrase(i.deadline), i.deadline.provisional};
  if (!i.explanations.empty()) {
    n.expected_completion = i.explanations.back().expected_completion;
    n.delay_reason = i.explanations.back().reason;
  }
  n.first_notice_number = letter.first_notice_number;
  n.first_notice_date = letter.first_notice_date;
  n.restored_at = i.restored_at;
  return n;
}

notices::DailyStatusRow daily_status_row(const incidents::Incident& i, const incidents::ClockStatus& clock,
                                         int vehicle_log_entries) {
  notices::DailyStatusRow row;
  row.kind = i.kind == incidents::IncidentKind::equipment ? notices::IncidentKind::equipment : notices::IncidentKind::link;
  row.cameras = i.cameras;
  row.detected_at = i.detected_at;
  row.days_elapsed = clock.working_days_elapsed;
  row.days_remaining = clock.working_days_remaining;
  row.deadline = i.deadline.deadline_date;
  row.overdue = clock.overdue;
  row.vehicle_log_entries = vehicle_log_entries;
  if (i.notice) row.notice_number = i.notice->number;
  return row;
}

notices::IncidentNoticeState notice_state(const incidents::Incident& i, const std::vector<store::OutboxEntry>& entries) {
  notices::IncidentNoticeState s;
  s.open = incidents::is_active(i.state);
  s.deadline = i.deadline.deadline_date;
  s.restored_at = i.restored_at;
  s.explanation_filled = !i.explanations.empty();
  int restorations = 0;
  for (const auto& e : entries) {
    const bool released = e.state != incidents::OutboxState::held;
    if (e.kind == "appendix_ii") {
      s.appendix_ii_enqueued = true;
      s.appendix_ii_released = released;
    } else if (e.kind == "overdue_explanation") {
      s.explanation_drafted = true;
      s.explanation_released = released;
    } else if (e.kind == "restoration") {
      ++restorations;
    } else if (e.kind == "alert") {
      s.last_reminder_at = std::max(s.last_reminder_at.value_or(e.created_at), e.created_at);
    }
  }
  s.restoration_enqueued = restorations > i.reopen_count;
  return s;
}

std::string letter_key(std::int64_t incident_id) { return "incident-" + std::to_string(incident_id); }

std::string restoration_key(const incidents::Incident& i) {
  return i.reopen_count == 0 ? letter_key(i.id) : letter_key(i.id) + ".r" + std::to_string(i.reopen_count);
}

std::string incident_ref(std::int64_t incident_id) { return "incident/" + std::to_string(incident_id); }

}  // namespace camtrack::app
