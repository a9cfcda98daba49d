// The incident list's total (X-Total-Count) is cached per filter while the data is unchanged: it must
// follow every change, by this connection or by another one (the web server has one per thread), and
// an overdue filter must be counted again when `now` moves. Also: cameras of a whole page in one query.
#include <gtest/gtest.h>

#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {
namespace {

using namespace std::chrono_literals;

class StoreListTotal : public ::testing::Test {
 protected:
  void SetUp() override { add_gate_cameras(h_, {"GATE-1", "GATE-2", "YARD-1"}); }
  static std::int64_t open(IncidentCommands& commands, const std::string& key, std::vector<std::string> cameras,
                           Instant detected) {
    const auto r = commands.open_incident(officer_actor, {IncidentKind::equipment, key, std::move(cameras),
                                                          detected, {}}, detected + 1min);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->incident_id : 0;
  }
  std::int64_t total(const IncidentFilter& f, Instant now) {
    const auto page = h_.queries().list_incidents(liaison_actor, f, now);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }
  SqliteHarness h_;
};

TEST_F(StoreListTotal, FollowsChangesMadeByThisConnection) {
  EXPECT_EQ(total({}, at(1h)), 0);
  open(h_.commands(), "camera:GATE-1", {"GATE-1"}, t0());
  EXPECT_EQ(total({}, at(1h)), 1);
  const auto id = open(h_.commands(), "camera:GATE-2", {"GATE-2"}, t0());
  EXPECT_EQ(total({}, at(1h)), 2);
  IncidentFilter open_only;
  open_only.state = IncidentState::open;
  EXPECT_EQ(total(open_only, at(1h)), 2);
  ASSERT_TRUE(h_.commands().mark_restored(officer_actor, id, at(2h), at(2h)).ok());
  EXPECT_EQ(total(open_only, at(3h)), 1);
  EXPECT_EQ(total({}, at(3h)), 2);
}

TEST_F(StoreListTotal, FollowsCommitsOfAnotherConnection) {
  open(h_.commands(), "camera:GATE-1", {"GATE-1"}, t0());
  EXPECT_EQ(total({}, at(1h)), 1);
  auto other_db = store::Database::open(h_.file());
  store::IncidentStore other(other_db, every_day_clock());
  open(other, "camera:GATE-2", {"GATE-2"}, t0());
  EXPECT_EQ(total({}, at(1h)), 2);
  open(other, "camera:YARD-1", {"YARD-1"}, t0());
  EXPECT_EQ(total({}, at(1h)), 3);
}

TEST_F(StoreListTotal, OverdueCountIsRecountedWhenTimeMoves) {
  open(h_.commands(), "camera:GATE-1", {"GATE-1"}, t0());
  IncidentFilter overdue;
  overdue.overdue = true;
  EXPECT_EQ(total(overdue, at(1h)), 0);
  // every_day_clock: 10 days for equipment; the same filter a month later counts it overdue.
  EXPECT_EQ(total(overdue, at(24h * 30)), 1);
  EXPECT_EQ(total(overdue, at(1h)), 0);
}

TEST_F(StoreListTotal, EveryRowOfALargePageCarriesItsOwnCamerasInOrder) {
  // More rows than one camera query binds (500), so the page's cameras are read in two chunks.
  for (int i = 0; i < 520; ++i) {
    std::vector<std::string> cameras{i % 2 ? "GATE-2" : "GATE-1"};
    if (i % 3 == 0) cameras.push_back("YARD-1");
    open(h_.commands(), "camera:N-" + std::to_string(i), cameras, at(std::chrono::seconds(i)));
  }
  IncidentFilter all;
  all.limit = 1000;
  const auto page = h_.queries().list_incidents(liaison_actor, all, at(24h));
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 520u);
  EXPECT_EQ(page->total, 520);
  for (const auto& item : page->items) {
    const int i = static_cast<int>((item.detected_at - t0()).count());  // newest first: detected at t0 + i
    std::vector<std::string> expected{i % 2 ? "GATE-2" : "GATE-1"};
    if (i % 3 == 0) expected.push_back("YARD-1");
    EXPECT_EQ(item.cameras, expected) << "incident detected at t0+" << i << "s";
  }
}

}  // namespace
}  // namespace camtrack::incidents::testing
