// Pure mapping between camtrack's incident model and the plain structs of notices/: an incident, its
// cameras and site become the fields of a letter (NoticeData, SiteInfo, a daily status row), and what
// the outbox holds about an incident becomes the sending policy's IncidentNoticeState. No I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "incidents/incident.hpp"
#include "incidents/inventory.hpp"
#include "notices/notice_data.hpp"
#include "notices/sending_policy.hpp"
#include "store/notice_ledger.hpp"

namespace camtrack::app {

// What the inventory says about one camera of an incident (location empty: not in the inventory).
struct CameraFacts {
  std::string code;
  std::string name;
  std::optional<incidents::LocationClass> location;
};

// The letter being written: its number and date, and the first notice it may refer to.
struct LetterFacts {
  std::string number;                  // e.g. 07/2026/TB-CAM
  notices::Date date{};                // local date of the letter
  std::string first_notice_number;     // the Appendix II (overdue explanation only)
  notices::Date first_notice_date{};
};

// The site from the database, or from [site] in the configuration until one is saved.
incidents::Site site_from_config(const SiteConfig& config);
notices::SiteInfo site_info(const incidents::Site& site);

// "10 ngày làm việc kể từ ngày 14/02/2026 (không tính ngày xảy ra sự cố), theo lịch làm việc của cơ quan
// nhà nước; không tính Tết Nguyên đán 16/02–20/02/2026 và các ngày nghỉ hằng tuần."
std::string deadline_phrase(const incidents::Deadline& deadline);

notices::NoticeData notice_data(const incidents::Incident& incident, const std::vector<CameraFacts>& cameras,
                                const LetterFacts& letter);

notices::DailyStatusRow daily_status_row(const incidents::Incident& incident, const incidents::ClockStatus& clock,
                                         int vehicle_log_entries);

// The outbox rows of one incident (NoticeLedger::entries_for("incident/<id>")) as the policy sees them.
// A reopened incident needs one restoration notice per restoration: restoration_enqueued counts them.
notices::IncidentNoticeState notice_state(const incidents::Incident& incident,
                                          const std::vector<store::OutboxEntry>& entries);

// "incident-42": the key in the Message-IDs of an incident's letters; restorations after a reopening
// get "incident-42.r1", "incident-42.r2"... so each restoration is its own letter.
std::string letter_key(std::int64_t incident_id);
std::string restoration_key(const incidents::Incident& incident);
// "incident/42": the outbox subject_ref of every message about an incident.
std::string incident_ref(std::int64_t incident_id);

}  // namespace camtrack::app
