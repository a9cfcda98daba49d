#include <gtest/gtest.h>

#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

TEST(VietnameseFormat, PlaceAndDatePadsDaysAndTheFirstTwoMonths) {
  EXPECT_EQ(place_and_date("Bình Dương", Date{year{2026}, month{3}, day{6}}), "Bình Dương, ngày 06 tháng 3 năm 2026");
  EXPECT_EQ(place_and_date("Hà Nội", Date{year{2026}, month{2}, day{17}}), "Hà Nội, ngày 17 tháng 02 năm 2026");
  EXPECT_EQ(place_and_date("Hà Nội", Date{year{2026}, month{12}, day{31}}), "Hà Nội, ngày 31 tháng 12 năm 2026");
}

TEST(VietnameseFormat, NoticeNumberIsAPerYearSequence) {
  EXPECT_EQ(notice_number(7, 2026), "07/2026/TB-CAM");
  EXPECT_EQ(notice_number(123, 2027), "123/2027/TB-CAM");
}

TEST(VietnameseFormat, TimesAreShownInVietnamTime) {
  // 2026-03-05T23:30Z is 06:30 on 6 March in Vietnam.
  const Instant at = sys_days{Date{year{2026}, month{3}, day{5}}} + hours{23} + minutes{30};
  EXPECT_EQ(time_text(at), "06 giờ 30 phút, ngày 06/03/2026");
  EXPECT_EQ(local_date_of(at), (Date{year{2026}, month{3}, day{6}}));
  EXPECT_EQ(local_time_of_day(at), minutes{6 * 60 + 30});
  EXPECT_EQ(local_instant(Date{year{2026}, month{3}, day{6}}, minutes{6 * 60 + 30}), at);
}

}  // namespace
}  // namespace camtrack::notices
