#include <gtest/gtest.h>

#include "store/database.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"

namespace camtrack::store {
namespace {

using namespace std::chrono;
using incidents::OutboxMessage;
using incidents::OutboxState;

const sys_seconds t0{sys_days{year{2026} / 3 / 6} + hours{1}};

OutboxMessage message(const std::string& id, OutboxState state = OutboxState::pending) {
  OutboxMessage m;
  m.message_id = id;
  m.kind = "appendix_ii";
  m.subject_ref = "incident-1";
  m.notice_number = "07/2026/TB-CAM";
  m.mail_from = "a@x.vn";
  m.recipients = {"b@y.vn", "c@y.vn"};
  m.subject = "Thông báo sự cố";
  m.bytes = std::string("Subject: x\r\n\r\n\0binary", 21);
  m.state = state;
  m.created_at = t0;
  return m;
}

class OutboxStoreTest : public ::testing::Test {
 protected:
  camtrack::testing::TempDir dir;
  Database db = Database::open(dir / "camtrack.db");
  OutboxStore outbox{db};
};

TEST_F(OutboxStoreTest, StoresEverythingAndEnqueuesTheSameMessageIdOnce) {
  const auto id = outbox.enqueue(message("<m1@x>"));
  EXPECT_EQ(outbox.enqueue(message("<m1@x>")), id);
  EXPECT_EQ(outbox.list(std::nullopt, 10).size(), 1U);
  const auto m = outbox.find(id);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->recipients, (std::vector<std::string>{"b@y.vn", "c@y.vn"}));
  EXPECT_EQ(m->bytes, message("<m1@x>").bytes);
  EXPECT_EQ(m->subject, "Thông báo sự cố");
  EXPECT_EQ(m->created_at, t0);
  EXPECT_EQ(m->state, OutboxState::pending);
}

TEST_F(OutboxStoreTest, DueRetrySentAndFailedStates) {
  const auto a = outbox.enqueue(message("<a@x>"));
  const auto b = outbox.enqueue(message("<b@x>"));
  ASSERT_TRUE(outbox.next_due(t0));
  EXPECT_EQ(outbox.next_due(t0)->id, a);
  outbox.begin_attempt(a, t0);
  outbox.mark_retry(a, t0 + seconds{30}, "connection refused");
  EXPECT_EQ(outbox.next_due(t0)->id, b);
  outbox.mark_failed(b, t0, "550 no such user");
  EXPECT_FALSE(outbox.next_due(t0 + seconds{29}));
  EXPECT_EQ(outbox.next_wake(), t0 + seconds{30});
  EXPECT_EQ(outbox.next_due(t0 + seconds{30})->id, a);
  outbox.mark_sent(a, t0 + seconds{31});
  EXPECT_FALSE(outbox.next_due(t0 + hours{1}));
  EXPECT_EQ(outbox.find(a)->attempts, 1);
  EXPECT_EQ(outbox.find(a)->sent_at, t0 + seconds{31});
  EXPECT_EQ(outbox.list(OutboxState::failed, 10).at(0).last_error, "550 no such user");
  outbox.retry_failed(b, t0 + hours{1});
  EXPECT_EQ(outbox.next_due(t0 + hours{1})->id, b);
}

TEST_F(OutboxStoreTest, HeldMessageIsReleasedWithFilledBytes) {
  const auto id = outbox.enqueue(message("<h@x>", OutboxState::held));
  EXPECT_FALSE(outbox.next_due(t0 + hours{1}));
  outbox.release(id, t0 + hours{2}, std::string("filled"));
  const auto due = outbox.next_due(t0 + hours{2});
  ASSERT_TRUE(due);
  EXPECT_EQ(due->bytes, "filled");
}

TEST_F(OutboxStoreTest, NoticeNumbersArePerYearAndSurviveReopen) {
  EXPECT_EQ(outbox.allocate_notice_number(2026), 1);
  EXPECT_EQ(outbox.allocate_notice_number(2026), 2);
  EXPECT_EQ(outbox.allocate_notice_number(2027), 1);
  Database again = Database::open(dir / "camtrack.db");
  OutboxStore reopened(again);
  EXPECT_EQ(reopened.allocate_notice_number(2026), 3);
}

TEST_F(OutboxStoreTest, LastDailyStatusDateIsTheNewestEnqueued) {
  EXPECT_FALSE(outbox.last_daily_status_date());
  for (const char* day : {"2026-03-05", "2026-03-06"}) {
    auto m = message(std::string("<daily.") + day + "@x>");
    m.kind = "daily_status";
    m.subject_ref = std::string("daily/") + day;
    outbox.enqueue(m);
  }
  EXPECT_EQ(outbox.last_daily_status_date(), "2026-03-06");
}

TEST(Rfc3339, RoundTrips) {
  EXPECT_EQ(rfc3339(t0), "2026-03-06T01:00:00Z");
  EXPECT_EQ(parse_rfc3339("2026-03-06T01:00:00Z"), t0);
}

}  // namespace
}  // namespace camtrack::store
