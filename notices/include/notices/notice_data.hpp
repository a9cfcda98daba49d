// notices: turns what camtrack knows about an incident into the letters customs receives (Appendix II
// notice, overdue explanation, restoration notice), the daily status mail and internal alerts; renders
// them (Mustache templates, PDF), composes MIME and sends through an SQLite outbox over SMTP.
// May depend on: incidents (outbox interface, legal-clock types), libcurl, Poco::Net, cairo/pango.
//
// This header holds the plain input structs. The app maps its domain objects into them, so notices
// never depends on the incident model. Optional fields left empty become clearly marked blanks.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace camtrack::notices {

using Instant = std::chrono::sys_seconds;  // a UTC instant
using Date = std::chrono::year_month_day;  // a Vietnamese calendar date

// The enterprise and its customs office (configuration).
struct SiteInfo {
  std::string enterprise_name;   // "CÔNG TY TNHH ..."
  std::string tax_code;          // mã số thuế
  std::string address;
  std::string phone;
  std::string email;
  std::string contact_person;    // người liên hệ
  std::string place;             // địa danh for the date line, e.g. "Bình Dương"
  std::string addressee;         // e.g. "Chi cục Hải quan khu vực XX"
  std::string signer_title = "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT";
  std::string signer_name;       // empty: left blank for the signature
};

enum class IncidentKind { equipment, link };

struct CameraRow {
  std::string code;      // e.g. CAM-GATE-01
  std::string name;
  std::string location;  // location label, e.g. "Cổng chính (gate)"
  std::string status;    // e.g. "Mất tín hiệu"
  std::string note;
  bool gate = false;     // a gate camera: the supervision plan adds the vehicle log
};

// The deadline as computed by the legal clock, already phrased for people.
struct DeadlineText {
  Date date{};                // the last working day
  std::string explanation;    // how it was computed: calendar, days skipped, provisional or not
  bool provisional = false;
};

// Everything one notice (Appendix II, overdue explanation, restoration) may show.
struct NoticeData {
  std::string number;                   // e.g. "07/2026/TB-CAM" (see notice_number())
  Date date{};                          // date of the letter (local)
  IncidentKind kind = IncidentKind::equipment;
  Instant occurred_at{};                // or detection time, as configured
  std::optional<Instant> detected_at;   // shown when it differs from occurred_at
  std::vector<CameraRow> cameras;
  std::optional<std::string> cause;     // nguyên nhân: blank to fill when unknown
  std::optional<std::string> remedy;    // biện pháp khắc phục: blank when unknown
  DeadlineText deadline;
  std::optional<Date> expected_completion;
  std::vector<std::string> supervision_plan;  // extra measures; the vehicle log is added for gates

  // Overdue explanation: the first notice and the officer's reason and new date.
  std::string first_notice_number;
  Date first_notice_date{};
  std::optional<std::string> delay_reason;

  // Restoration notice.
  std::optional<Instant> restored_at;
  std::optional<std::string> repair_summary;
};

struct DailyStatusRow {
  IncidentKind kind = IncidentKind::equipment;
  std::vector<std::string> cameras;  // codes
  Instant detected_at{};
  int days_elapsed = 0;              // working days
  int days_remaining = 0;            // working days
  Date deadline{};
  bool overdue = false;
  int vehicle_log_entries = 0;
  std::string notice_number;         // the Appendix II notice, when sent
};

struct DailyStatus {
  Date date{};
  std::vector<DailyStatusRow> open_incidents;
};

// An internal alert to officers or technicians (English template, Vietnamese variant available).
struct AlertData {
  std::string title;
  std::string message;
  std::vector<std::string> details;
  std::string link;                  // e.g. https://camtrack.local/incidents/42
  Instant at{};
};

}  // namespace camtrack::notices
