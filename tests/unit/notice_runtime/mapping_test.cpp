// The pure mapping of the notice runtime: incident → letter fields, outbox rows → policy state.
#include <gtest/gtest.h>

#include "runtime/notice_mapping.hpp"

namespace camtrack::app {
namespace {

using namespace std::chrono;
using incidents::DayKind;
using incidents::OutboxState;

notices::Date ymd(int y, unsigned m, unsigned d) { return notices::Date{year{y}, month{m}, day{d}}; }
// 10:00 Vietnam time on a date.
incidents::Instant at_10(notices::Date d) { return sys_days{d} + hours{3}; }

incidents::Incident gate_incident() {
  incidents::Incident i;
  i.id = 42;
  i.kind = incidents::IncidentKind::equipment;
  i.state = incidents::IncidentState::open;
  i.cameras = {"CAM-GATE-01", "CAM-X"};
  i.occurred_at = at_10(ymd(2026, 2, 13));
  i.detected_at = i.occurred_at + minutes{2};
  i.deadline.calendar = incidents::CalendarKind::state;
  i.deadline.from = i.detected_at;
  i.deadline.working_days = 10;
  i.deadline.deadline_date = ymd(2026, 3, 6);
  i.deadline.skipped = {{ymd(2026, 2, 14), DayKind::weekly_rest, "Thứ Bảy"},
                        {ymd(2026, 2, 16), DayKind::holiday, "Tết Nguyên đán"},
                        {ymd(2026, 2, 17), DayKind::holiday, "Tết Nguyên đán"},
                        {ymd(2026, 2, 20), DayKind::holiday, "Tết Nguyên đán"},
                        {ymd(2026, 4, 27), DayKind::compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương"}};
  return i;
}

store::OutboxEntry entry(const std::string& kind, OutboxState state, incidents::Instant created) {
  store::OutboxEntry e;
  e.kind = kind;
  e.state = state;
  e.created_at = created;
  return e;
}

TEST(DeadlinePhrase, NamesHolidaysAsRangesAndMentionsWeeklyRest) {
  const auto text = deadline_phrase(gate_incident().deadline);
  EXPECT_EQ(text,
            "10 ngày làm việc kể từ ngày 14/02/2026 (không tính ngày xảy ra sự cố), theo lịch làm việc của cơ quan nhà "
            "nước; không tính Tết Nguyên đán 16/02–20/02/2026, Nghỉ bù Giỗ Tổ Hùng Vương 27/04/2026 và các ngày nghỉ "
            "hằng tuần.");
}

TEST(DeadlinePhrase, SaysProvisionalAndEnterpriseCalendarWithoutSkippedDays) {
  auto d = gate_incident().deadline;
  d.calendar = incidents::CalendarKind::enterprise;
  d.working_days = 3;
  d.skipped.clear();
  d.provisional = true;
  EXPECT_EQ(deadline_phrase(d),
            "03 ngày làm việc kể từ ngày 14/02/2026 (không tính ngày xảy ra sự cố), theo lịch làm việc của doanh "
            "nghiệp; hạn tạm tính, có thể thay đổi khi có lịch nghỉ chính thức.");
}

TEST(NoticeData, MapsCamerasGateFlagTimesAndLetterFacts) {
  const auto i = gate_incident();
  const auto n = notice_data(i, {{"CAM-GATE-01", "Cổng chính", incidents::LocationClass::gate}, {"CAM-X", "", {}}},
                             {"07/2026/TB-CAM", ymd(2026, 2, 13), "", {}});
  EXPECT_EQ(n.number, "07/2026/TB-CAM");
  EXPECT_EQ(n.date, ymd(2026, 2, 13));
  EXPECT_EQ(n.kind, notices::IncidentKind::equipment);
  EXPECT_EQ(n.occurred_at, i.occurred_at);
  ASSERT_TRUE(n.detected_at.has_value());
  EXPECT_EQ(*n.detected_at, i.detected_at);
  ASSERT_EQ(n.cameras.size(), 2U);
  EXPECT_EQ(n.cameras[0].name, "Cổng chính");
  EXPECT_EQ(n.cameras[0].location, "Cổng ra vào");
  EXPECT_TRUE(n.cameras[0].gate);
  EXPECT_EQ(n.cameras[1].name, "CAM-X");  // not in the inventory: the code stands in for the name
  EXPECT_EQ(n.cameras[1].location, "");
  EXPECT_FALSE(n.cameras[1].gate);
  EXPECT_EQ(n.deadline.date, ymd(2026, 3, 6));
  EXPECT_NE(n.deadline.explanation.find("Tết Nguyên đán"), std::string::npos);
  EXPECT_FALSE(n.cause.has_value());   // unknown: the template prints a blank to fill
  EXPECT_FALSE(n.delay_reason.has_value());
  EXPECT_FALSE(n.restored_at.has_value());
}

TEST(NoticeData, TakesTheLatestExplanationReportAndRestoration) {
  auto i = gate_incident();
  i.kind = incidents::IncidentKind::link;
  i.detected_at = i.occurred_at;
  i.explanations = {{"chờ linh kiện", ymd(2026, 3, 10), {}, "huong"}, {"nhà cung cấp giao chậm", ymd(2026, 3, 12), {}, "huong"}};
  i.report = incidents::RepairReport{"đứt cáp quang", "thay cáp", "", 30, {}};
  i.restored_at = at_10(ymd(2026, 3, 11));
  const auto n = notice_data(i, {}, {"09/2026/TB-CAM", ymd(2026, 3, 11), "07/2026/TB-CAM", ymd(2026, 2, 13)});
  EXPECT_EQ(n.kind, notices::IncidentKind::link);
  EXPECT_FALSE(n.detected_at.has_value());  // same as occurred_at: shown once
  EXPECT_EQ(n.delay_reason, "nhà cung cấp giao chậm");
  EXPECT_EQ(n.expected_completion, ymd(2026, 3, 12));
  EXPECT_EQ(n.cause, "đứt cáp quang");
  EXPECT_EQ(n.remedy, "thay cáp");
  EXPECT_EQ(n.restored_at, i.restored_at);
  EXPECT_EQ(n.first_notice_number, "07/2026/TB-CAM");
  EXPECT_EQ(n.first_notice_date, ymd(2026, 2, 13));
}

TEST(NoticeState, NothingInTheOutboxMeansNothingDone) {
  const auto s = notice_state(gate_incident(), {});
  EXPECT_TRUE(s.open);
  EXPECT_EQ(s.deadline, ymd(2026, 3, 6));
  EXPECT_FALSE(s.appendix_ii_enqueued);
  EXPECT_FALSE(s.explanation_drafted);
  EXPECT_FALSE(s.explanation_filled);
  EXPECT_FALSE(s.restoration_enqueued);
  EXPECT_FALSE(s.last_reminder_at.has_value());
}

TEST(NoticeState, HeldAppendixDraftAndAlertsAreRead) {
  auto i = gate_incident();
  i.explanations = {{"chờ linh kiện", ymd(2026, 3, 10), {}, "huong"}};
  const auto t = at_10(ymd(2026, 3, 5));
  const auto s = notice_state(i, {entry("appendix_ii", OutboxState::held, t), entry("alert", OutboxState::sent, t),
                                  entry("overdue_explanation", OutboxState::held, t + hours{1}),
                                  entry("alert", OutboxState::pending, t + hours{1})});
  EXPECT_TRUE(s.appendix_ii_enqueued);
  EXPECT_FALSE(s.appendix_ii_released);
  EXPECT_TRUE(s.explanation_drafted);
  EXPECT_FALSE(s.explanation_released);
  EXPECT_TRUE(s.explanation_filled);
  EXPECT_EQ(s.last_reminder_at, t + hours{1});
}

TEST(NoticeState, ReleasedMeansPendingSentOrFailed) {
  const auto t = at_10(ymd(2026, 3, 5));
  for (const auto state : {OutboxState::pending, OutboxState::sent, OutboxState::failed}) {
    const auto s = notice_state(gate_incident(), {entry("appendix_ii", state, t)});
    EXPECT_TRUE(s.appendix_ii_released);
  }
}

TEST(NoticeState, EachRestorationOfAReopenedIncidentNeedsItsOwnNotice) {
  auto i = gate_incident();
  i.state = incidents::IncidentState::restored;
  i.restored_at = at_10(ymd(2026, 3, 2));
  const auto t = at_10(ymd(2026, 3, 1));
  const std::vector<store::OutboxEntry> one{entry("appendix_ii", OutboxState::sent, t),
                                            entry("restoration", OutboxState::sent, t)};
  EXPECT_FALSE(notice_state(i, one).open);
  EXPECT_TRUE(notice_state(i, one).restoration_enqueued);
  i.reopen_count = 1;
  EXPECT_FALSE(notice_state(i, one).restoration_enqueued);
  EXPECT_EQ(restoration_key(i), "incident-42.r1");
  i.reopen_count = 0;
  EXPECT_EQ(restoration_key(i), "incident-42");
  EXPECT_EQ(incident_ref(42), "incident/42");
}

TEST(SiteInfo, AddresseeIsTheCustomsUnitElseTheLineWithoutItsPrefix) {
  incidents::Site site;
  site.enterprise_name = "Công ty TNHH Điện tử Mẫu";
  site.legal_representative = "Trần Văn Đức";
  site.place_name = "Bình Dương";
  site.addressee_line = "Kính gửi: Hải quan Bình Dương";
  auto info = site_info(site);
  EXPECT_EQ(info.addressee, "Hải quan Bình Dương");
  EXPECT_EQ(info.signer_name, "Trần Văn Đức");
  EXPECT_EQ(info.place, "Bình Dương");
  site.customs_unit = "Chi cục Hải quan khu vực II";
  EXPECT_EQ(site_info(site).addressee, "Chi cục Hải quan khu vực II");
}

TEST(DailyStatusRow, CarriesClockVehicleLogAndNoticeNumber) {
  auto i = gate_incident();
  i.notice = incidents::Notice{"07/2026/TB-CAM", i.detected_at};
  incidents::ClockStatus clock;
  clock.working_days_elapsed = 4;
  clock.working_days_remaining = 6;
  const auto row = daily_status_row(i, clock, 12);
  EXPECT_EQ(row.cameras, i.cameras);
  EXPECT_EQ(row.days_elapsed, 4);
  EXPECT_EQ(row.days_remaining, 6);
  EXPECT_EQ(row.vehicle_log_entries, 12);
  EXPECT_EQ(row.notice_number, "07/2026/TB-CAM");
  EXPECT_FALSE(row.overdue);
}

}  // namespace
}  // namespace camtrack::app
