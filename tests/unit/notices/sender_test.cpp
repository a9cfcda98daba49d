#include <gtest/gtest.h>

#include <deque>

#include "fake_outbox.hpp"
#include "notices/eml_folder_transport.hpp"
#include "notices/outbox_sender.hpp"
#include "temp_dir.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

class ScriptedTransport final : public MailTransport {
 public:
  std::deque<SendResult> script;
  std::vector<std::string> sent;
  SendResult send(const incidents::OutboxMessage& m) override {
    sent.push_back(m.message_id);
    if (script.empty()) return {SendResult::Kind::delivered, "ok"};
    auto r = script.front();
    script.pop_front();
    return r;
  }
};

incidents::OutboxMessage message(const std::string& id, sys_seconds now) {
  incidents::OutboxMessage m;
  m.message_id = id;
  m.kind = "alert";
  m.bytes = "Subject: x\r\n\r\nbody\r\n";
  m.created_at = now;
  return m;
}

TEST(RetryDelay, DoublesFromTheBaseUpToTheCap) {
  const RetryPolicy p{seconds{30}, seconds{600}};
  EXPECT_EQ(retry_delay(1, p), seconds{30});
  EXPECT_EQ(retry_delay(2, p), seconds{60});
  EXPECT_EQ(retry_delay(4, p), seconds{240});
  EXPECT_EQ(retry_delay(6, p), seconds{600});
  EXPECT_EQ(retry_delay(100, p), seconds{600});
}

TEST(OutboxSender, RetriesWithBackoffWhileTheServerIsDownThenSendsOnce) {
  testing::FakeOutbox outbox;
  ScriptedTransport transport;
  sys_seconds now{sys_days{year{2026} / 3 / 6}};
  const auto id = outbox.enqueue(message("<a@x>", now));
  transport.script = {{SendResult::Kind::retry, "connection refused"}, {SendResult::Kind::retry, "connection refused"}};
  OutboxSender sender(outbox, transport, [&] { return now; }, RetryPolicy{seconds{30}, seconds{3600}});
  EXPECT_EQ(sender.send_due(), 1);
  EXPECT_EQ(outbox.rows[id].next_attempt_at, now + seconds{30});
  EXPECT_EQ(outbox.rows[id].last_error, "connection refused");
  now += seconds{29};
  EXPECT_EQ(sender.send_due(), 0);
  now += seconds{1};
  EXPECT_EQ(sender.send_due(), 1);
  EXPECT_EQ(outbox.rows[id].next_attempt_at, now + seconds{60});
  now += seconds{60};
  EXPECT_EQ(sender.send_due(), 1);
  EXPECT_EQ(outbox.rows[id].state, incidents::OutboxState::sent);
  EXPECT_EQ(outbox.rows[id].attempts, 3);
  now += hours{10};
  EXPECT_EQ(sender.send_due(), 0);
  EXPECT_EQ(transport.sent.size(), 3U);
}

TEST(OutboxSender, PermanentFailureIsMarkedAndNotRetried) {
  testing::FakeOutbox outbox;
  ScriptedTransport transport;
  sys_seconds now{sys_days{year{2026} / 3 / 6}};
  const auto id = outbox.enqueue(message("<b@x>", now));
  transport.script = {{SendResult::Kind::permanent, "550 no such user"}};
  OutboxSender sender(outbox, transport, [&] { return now; });
  sender.send_due();
  EXPECT_EQ(outbox.rows[id].state, incidents::OutboxState::failed);
  EXPECT_EQ(outbox.rows[id].last_error, "550 no such user");
  now += hours{24};
  EXPECT_EQ(sender.send_due(), 0);
}

TEST(OutboxSender, HeldMessagesWaitForRelease) {
  testing::FakeOutbox outbox;
  ScriptedTransport transport;
  sys_seconds now{sys_days{year{2026} / 3 / 6}};
  auto m = message("<c@x>", now);
  m.state = incidents::OutboxState::held;
  const auto id = outbox.enqueue(m);
  OutboxSender sender(outbox, transport, [&] { return now; });
  EXPECT_EQ(sender.send_due(), 0);
  outbox.release(id, now, std::string("Subject: filled\r\n\r\n"));
  EXPECT_EQ(sender.send_due(), 1);
  EXPECT_EQ(outbox.rows[id].state, incidents::OutboxState::sent);
}

TEST(OutboxSender, BackgroundLoopDeliversAfterPoke) {
  testing::FakeOutbox outbox;
  ScriptedTransport transport;
  const sys_seconds now{sys_days{year{2026} / 3 / 6}};
  OutboxSender sender(outbox, transport, [&] { return now; });
  // The fake outbox is not thread-safe: enqueue before the loop starts, as the real sender owns its
  // own connection.
  const auto id = outbox.enqueue(message("<d@x>", now));
  sender.start(milliseconds{20});
  for (int i = 0; i < 200 && transport.sent.empty(); ++i) std::this_thread::sleep_for(milliseconds{10});
  sender.stop();
  EXPECT_EQ(outbox.rows[id].state, incidents::OutboxState::sent);
}

TEST(EmlFolderTransport, WritesOneFilePerMessageIdAtomically) {
  camtrack::testing::TempDir dir;
  EmlFolderTransport eml(dir / "mail");
  auto m = message("<appendix_ii.incident-42@site.vn>", sys_seconds{});
  EXPECT_EQ(eml.send(m).kind, SendResult::Kind::delivered);
  EXPECT_EQ(eml.send(m).kind, SendResult::Kind::delivered);  // a resend replaces, never duplicates
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir / "mail")) files.push_back(e.path().filename());
  ASSERT_EQ(files.size(), 1U);
  EXPECT_EQ(files[0], "appendix_ii.incident-42@site.vn.eml");
  EXPECT_EQ(camtrack::testing::read_file(dir / "mail" / files[0]), m.bytes);
}

}  // namespace
}  // namespace camtrack::notices
