// What the pages and the JSON API read and change, as interfaces the app implements (the app owns the
// store, the poller and the outbox; web/ sees only incidents' interfaces and the plain views below).
// One WebServices value is handed to add_api_routes() and add_page_routes(); both use the same
// interfaces, so a page and its API endpoint can never disagree on data or on permissions.
//
// Threading: handlers run on the server's threads; every implementation given here must be safe to
// call from several threads at once (the app serialises access to its SQLite connection).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "incidents/accounts.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory_repository.hpp"
#include "incidents/location_class.hpp"
#include "web/auth.hpp"

namespace camtrack::web {

enum class Health { unknown, up, down };

// One camera as the poller judges it now.
struct CameraHealth {
  std::string code;
  Health health = Health::unknown;
  std::string problem;                         // e.g. "no_response", empty when up
  std::optional<incidents::Instant> last_checked;
  std::optional<incidents::Instant> last_good;  // last healthy check
  bool has_snapshot = false;                    // a last good snapshot can be fetched
};

struct UplinkHealth {
  std::string code;
  Health health = Health::unknown;
  std::string problem;
};

// The live state of the site (from the poller); empty vectors when monitoring is off.
struct SiteHealth {
  bool monitoring = false;                           // a poller is running
  std::vector<CameraHealth> cameras;
  std::vector<UplinkHealth> uplinks;
  std::vector<incidents::LocationClass> coverage_gaps;  // required classes without a healthy camera
};

// One letter or mail about an incident, as stored in the outbox.
struct NoticeInfo {
  std::int64_t id = 0;
  std::string kind;           // appendix_ii, overdue_explanation, restoration, daily_status, alert
  std::string notice_number;  // e.g. 07/2026/TB-CAM, may be empty
  std::string subject;
  std::string state;          // held, pending, sent, failed
  incidents::Instant created_at{};
  std::optional<incidents::Instant> sent_at;
  std::string last_error;
  bool has_pdf = false;
};

class NoticeDirectory {
 public:
  virtual ~NoticeDirectory() = default;
  virtual std::vector<NoticeInfo> for_incident(std::int64_t incident_id) = 0;
  // The PDF attached to a notice, if it has one.
  virtual std::optional<std::string> pdf(std::int64_t notice_id) = 0;
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;      // RFC 3339
  std::string actor;
  std::string action;
  std::string subject;
  std::string detail;  // JSON text
};

struct AuditCheck {
  bool intact = true;
  std::int64_t rows = 0;
  std::string problem;  // the first broken row, in words, when !intact
};

class AuditView {
 public:
  virtual ~AuditView() = default;
  // Newest first, ids below `before_id` (0: from the newest).
  virtual std::vector<AuditEntry> list(std::int64_t before_id, int limit) = 0;
  virtual AuditCheck verify() = 0;
};

// What an officer's approval of a held Appendix II letter came to (the notices runtime decides).
enum class NoticeApproval {
  released,     // the held letter (and a restoration notice held behind it) is now being sent
  not_held,     // nothing of this incident waits for approval
  forbidden,    // only officers and admins approve letters to customs
  unavailable,  // the notices runtime is not running or did not answer in time
};
using ApproveAppendixII = std::function<NoticeApproval(const incidents::Actor& actor, std::int64_t incident_id)>;

// A JPEG of a camera's last good frame, when the poller kept one.
using SnapshotSource = std::function<std::optional<std::string>(const std::string& camera_code)>;

struct WebServices {
  incidents::IncidentQueries& queries;
  incidents::IncidentCommands& commands;
  incidents::InventoryRepository& inventory;
  incidents::AccountStore& accounts;
  const incidents::WorkingCalendar& calendar;
  std::function<SiteHealth()> site_health;
  NoticeDirectory& notices;
  AuditView& audit;
  SnapshotSource snapshot;
  Clock clock;
  // Called after a person's action changed an incident (assign, note, restore, close, reopen,
  // explanation), so the app can wake whatever reacts to it (e.g. the notices runtime). May be empty.
  std::function<void(std::int64_t incident_id)> incident_changed = {};
  // Releases the incident's Appendix II held for approval ([notices] auto_send_appendix_ii = false).
  // Empty when no notices runtime runs: approving is then unavailable.
  ApproveAppendixII approve_appendix_ii = {};
};

}  // namespace camtrack::web
