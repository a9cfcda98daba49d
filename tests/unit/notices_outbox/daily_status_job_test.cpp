// The daily status mail against the real SQLite outbox: once per working day, also across restarts.
#include <gtest/gtest.h>

#include "notices/daily_status_job.hpp"
#include "notices/samples.hpp"
#include "notices/vietnamese_format.hpp"
#include "store/database.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

bool weekdays(Date d) {
  const weekday wd{sys_days{d}};
  return wd != Saturday && wd != Sunday;
}

TEST(DailyStatusJob, SendsOncePerWorkingDayAcrossRestartsAndSaysWhenNothingIsOpen) {
  camtrack::testing::TempDir dir;
  const auto renderer = Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates");
  MailSettings settings;
  settings.from = {"xnk@songbe.vn", ""};
  settings.liaison = {{"lienlac@customs.test", ""}};
  int collected = 0;
  DailyStatusJob job{renderer, sample_site(), settings, DailySchedule{minutes{8 * 60}}, weekdays, [&] {
                       ++collected;
                       return std::vector<DailyStatusRow>{};
                     }};
  const auto friday_0830 = local_instant(ymd(2026, 3, 6), minutes{8 * 60 + 30});
  {
    auto db = store::Database::open(dir / "camtrack.db");
    store::OutboxStore outbox(db);
    EXPECT_FALSE(run_daily_status(job, outbox, friday_0830 - hours{1}));
    EXPECT_EQ(run_daily_status(job, outbox, friday_0830), ymd(2026, 3, 6));
    EXPECT_FALSE(run_daily_status(job, outbox, friday_0830 + minutes{1}));
  }
  auto db = store::Database::open(dir / "camtrack.db");  // a restart
  store::OutboxStore outbox(db);
  EXPECT_FALSE(run_daily_status(job, outbox, friday_0830 + hours{2}));
  EXPECT_FALSE(run_daily_status(job, outbox, friday_0830 + days{1}));  // Saturday
  EXPECT_EQ(next_daily_status_run(job, outbox, friday_0830 + hours{2}), local_instant(ymd(2026, 3, 9), hours{8}));
  EXPECT_EQ(run_daily_status(job, outbox, local_instant(ymd(2026, 3, 9), hours{8})), ymd(2026, 3, 9));
  EXPECT_EQ(collected, 2);
  const auto mails = outbox.list(std::nullopt, 10);
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_EQ(mails[0].subject_ref, "daily/2026-03-09");
  EXPECT_EQ(mails[0].recipients, std::vector<std::string>{"lienlac@customs.test"});
  EXPECT_NE(mails[0].subject.find("không có sự cố"), std::string::npos) << mails[0].subject;
}

}  // namespace
}  // namespace camtrack::notices
