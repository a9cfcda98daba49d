// NoticeLedger on a real SQLite file: numbered letters stored with their number in one transaction,
// the outbox rows of one incident, and the start-up scan for restorations not yet announced.
#include <gtest/gtest.h>

#include "store/notice_ledger.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"
#include "test_site.hpp"

namespace camtrack::app::testing {
namespace {

using namespace std::chrono;

incidents::OutboxMessage letter(const std::string& message_id, const std::string& ref, const std::string& number) {
  incidents::OutboxMessage m;
  m.message_id = message_id;
  m.kind = "appendix_ii";
  m.subject_ref = ref;
  m.notice_number = number;
  m.mail_from = "xnk@songbe.vn";
  m.recipients = {"hq18@customs.test"};
  m.subject = "Thông báo";
  m.bytes = "Subject: x\r\n\r\nbody\r\n";
  m.state = incidents::OutboxState::held;
  m.created_at = wall_now();
  return m;
}

TEST(NoticeLedger, NumberedLetterIsStoredOnceAndItsNumberNeverReused) {
  camtrack::testing::TempDir dir;
  auto db = store::Database::open(dir / "camtrack.db");
  store::NoticeLedger ledger(db);
  EXPECT_EQ(ledger.next_notice_number(2026), 1);
  EXPECT_EQ(ledger.enqueue_numbered(letter("<a.incident-1@x>", "incident/1", "01/2026/TB-CAM"), 2026, 1),
            store::NumberedEnqueue::inserted);
  EXPECT_EQ(ledger.next_notice_number(2026), 2);
  EXPECT_EQ(ledger.next_notice_number(2027), 1);
  // The same letter again (a restart): nothing changes, the number is not consumed.
  EXPECT_EQ(ledger.enqueue_numbered(letter("<a.incident-1@x>", "incident/1", "02/2026/TB-CAM"), 2026, 2),
            store::NumberedEnqueue::already_there);
  EXPECT_EQ(ledger.next_notice_number(2026), 2);
  // A number someone else took meanwhile is refused, and nothing is stored.
  store::OutboxStore(db).allocate_notice_number(2026);
  EXPECT_EQ(ledger.enqueue_numbered(letter("<b.incident-2@x>", "incident/2", "02/2026/TB-CAM"), 2026, 2),
            store::NumberedEnqueue::number_taken);
  EXPECT_TRUE(ledger.entries_for("incident/2").empty());
  const auto rows = ledger.entries_for("incident/1");
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].notice_number, "01/2026/TB-CAM");
  EXPECT_EQ(rows[0].state, incidents::OutboxState::held);
  EXPECT_EQ(rows[0].kind, "appendix_ii");
}

TEST(NoticeLedger, StartUpScanFindsRecentRestorationsNotYetAnnounced) {
  camtrack::testing::TempDir dir;
  const auto file = dir / "camtrack.db";
  create_site(file);
  Incidents incidents(file);
  const auto now = wall_now();
  const auto open = [&](const std::string& camera, sys_seconds detected) {
    const auto r = incidents.commands.open_incident(officer, {incidents::IncidentKind::equipment, "", {camera}, detected, {}},
                                                 now);
    EXPECT_TRUE(r) << r.refusal().reason;
    EXPECT_TRUE(incidents.commands.mark_restored(technician, r->incident_id, now, now));
    return r->incident_id;
  };
  const auto old_one = open("CAM-YARD-01", now - days{200});
  const auto recent = open("CAM-YARD-02", now - days{2});
  const auto announced = open("CAM-YARD-03", now - days{2});
  const auto old_notified = open("CAM-YARD-04", now - days{300});
  const auto active = incidents.commands.open_incident(officer, {incidents::IncidentKind::equipment, "", {"CAM-YARD-05"}, now, {}}, now);
  ASSERT_TRUE(active);
  store::NoticeLedger ledger(incidents.db);
  auto restoration = letter("<restoration.incident-" + std::to_string(announced) + "@x>",
                            "incident/" + std::to_string(announced), "01/2026/TB-CAM");
  restoration.kind = "restoration";
  ledger.enqueue_numbered(restoration, 2026, 1);
  ledger.enqueue_numbered(letter("<appendix_ii.incident-" + std::to_string(old_notified) + "@x>",
                                 "incident/" + std::to_string(old_notified), "02/2026/TB-CAM"),
                          2026, 2);
  EXPECT_EQ(ledger.restorations_to_announce(now - days{60}), (std::vector<std::int64_t>{recent, old_notified}));
  EXPECT_EQ(ledger.active_incidents(), std::vector<std::int64_t>{active->incident_id});
  EXPECT_EQ(ledger.incidents_after(announced), (std::vector<std::int64_t>{old_notified, active->incident_id}));
  EXPECT_EQ(ledger.max_incident_id(), active->incident_id);
  (void)old_one;
}

}  // namespace
}  // namespace camtrack::app::testing
