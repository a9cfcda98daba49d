// The notice runtime in a child process killed (SIGKILL) at random moments while incidents open and are
// restored: in the end every letter reaches the SMTP server, once (a second copy with the same Message-ID
// only when the kill fell between the server's 250 and the commit of "sent"), every letter is stored once,
// and the notice numbers have neither gaps nor repeats.
#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "store/notice_ledger.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"
#include "test_site.hpp"

namespace camtrack::app::testing {
namespace {

using namespace std::chrono;
using camtrack::testing::BackgroundProcess;

std::string message_id(const std::string& kind, std::int64_t id) {
  return "<" + kind + ".incident-" + std::to_string(id) + "@songbe.vn>";
}

TEST(NoticeRuntimeCrash, KilledAtRandomMomentsEveryLetterArrivesExactlyOnce) {
  if (camtrack::testing::run_process("/usr/bin/python3", {"-c", "import aiosmtpd"}).exit_code != 0) {
    GTEST_SKIP() << "python3-aiosmtpd is not installed";
  }
  camtrack::testing::TempDir dir;
  const auto cert = notices::testing::make_certificate(dir.path());
  const auto db_file = dir / "camtrack.db";
  create_site(db_file);
  notices::testing::SmtpPeer server(dir / "received", cert);
  const std::vector<std::string> args{db_file.string(), std::to_string(server.port()), cert.cert.string()};
  Incidents incidents(db_file);

  const auto seed = std::random_device{}();
  std::mt19937 random(seed);
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::uniform_int_distribution<int> pause_ms(0, 1500);
  const std::vector<std::string> cameras{"CAM-GATE-01", "CAM-WH-03", "CAM-YARD-01", "CAM-YARD-02",
                                         "CAM-YARD-03", "CAM-YARD-04", "CAM-YARD-05"};
  std::set<std::string> expected;
  std::vector<std::int64_t> active;
  std::size_t next_camera = 0;
  for (int round = 0; round < 9; ++round) {
    BackgroundProcess child(NOTICE_RUNTIME_CHILD, args);
    std::this_thread::sleep_for(milliseconds{pause_ms(random) / 3});
    if (round % 3 == 2) {
      const auto id = active.front();
      active.erase(active.begin());
      ASSERT_TRUE(incidents.commands.mark_restored(technician, id, wall_now(), wall_now()));
      expected.insert(message_id("restoration", id));
    } else {
      const auto now = wall_now();
      const auto opened = incidents.commands.open_incident(
          officer, {incidents::IncidentKind::equipment, "", {cameras.at(next_camera++)}, now, {}}, now);
      ASSERT_TRUE(opened) << opened.refusal().reason;
      active.push_back(opened->incident_id);
      expected.insert(message_id("appendix_ii", opened->incident_id));
    }
    std::this_thread::sleep_for(milliseconds{pause_ms(random)});
    child.signal(SIGKILL);
    EXPECT_NE(child.wait(seconds{10}), -2);
  }

  BackgroundProcess finisher(NOTICE_RUNTIME_CHILD, args);
  const auto letters = [&] {
    std::multiset<std::string> out;
    for (const auto& m : server.saved()) {
      const auto id = m["message_id"].get<std::string>();
      if (id.rfind("<daily_status.", 0) != 0) out.insert(id);
    }
    return out;
  };
  const auto outbox_rows = [&] {
    auto db = store::Database::open(db_file);
    std::string out;
    for (const auto& m : store::OutboxStore(db).list(std::nullopt, 1000)) {
      out += m.message_id + " " + m.notice_number + " attempts=" + std::to_string(m.attempts) + " state=" +
             std::to_string(static_cast<int>(m.state)) + " next=" + store::rfc3339(m.next_attempt_at) + " " +
             m.last_error + "\n";
    }
    return out;
  };
  ASSERT_TRUE(eventually([&] { return letters().size() >= expected.size(); }, seconds{120}))
      << "outbox:\n" << outbox_rows() << "runtime log:\n" << finisher.err() << finisher.out();
  std::this_thread::sleep_for(seconds{3});  // anything sent twice would arrive meanwhile
  finisher.signal(SIGTERM);
  EXPECT_EQ(finisher.wait(seconds{20}), 0) << finisher.err();

  const auto received = letters();
  EXPECT_EQ(std::set<std::string>(received.begin(), received.end()), expected);

  auto db = store::Database::open(db_file);
  std::map<std::string, std::string> numbers;  // notice number → Message-ID
  std::map<std::string, int> attempts;         // Message-ID → attempts
  for (const auto& m : store::OutboxStore(db).list(std::nullopt, 1000)) {
    if (m.notice_number.empty()) continue;
    attempts[m.message_id] = m.attempts;
    EXPECT_EQ(m.state, incidents::OutboxState::sent) << m.message_id;
    EXPECT_TRUE(numbers.emplace(m.notice_number, m.message_id).second) << "number given twice: " << m.notice_number;
  }
  // Exactly once, as SMTP allows (notices/README.md): camtrack never stores a letter twice, and a letter
  // reaches the server twice only when the mailer was killed after the server's 250 and before "sent"
  // was committed; the copy carries the same Message-ID, by which receivers drop it.
  int window_copies = 0;
  for (const auto& id : expected) {
    EXPECT_GE(received.count(id), 1U) << id;
    if (received.count(id) > 1) {
      EXPECT_EQ(received.count(id), 2U) << id;
      EXPECT_GE(attempts[id], 2) << id << " arrived twice though it was sent in one attempt";
      ++window_copies;
    }
  }
  std::printf("[ figures ] %zu letters, 9 kills: %d second copies from the post-250 window\n", expected.size(),
              window_copies);
  EXPECT_EQ(numbers.size(), expected.size());
  const int year = static_cast<int>(std::chrono::year_month_day{floor<days>(wall_now() + hours{7})}.year());
  store::NoticeLedger ledger(db);
  EXPECT_EQ(ledger.next_notice_number(year), static_cast<int>(expected.size()) + 1);  // 1..N, no gap
}

}  // namespace
}  // namespace camtrack::app::testing
