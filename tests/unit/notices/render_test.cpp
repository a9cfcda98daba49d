#include <gtest/gtest.h>

#include "notices/renderer.hpp"
#include "notices/samples.hpp"

namespace camtrack::notices {
namespace {

Renderer builtin() { return Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates"); }

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Renderer, AppendixIiWithFullDataShowsEveryKnownField) {
  const auto mail = builtin().appendix_ii(sample_site(), sample_notice());
  EXPECT_EQ(mail.subject,
            "Thông báo sự cố hệ thống camera giám sát - Số 07/2026/TB-CAM - Công ty TNHH Điện tử Sông Bé");
  for (const char* expected :
       {"CÔNG TY TNHH ĐIỆN TỬ SÔNG BÉ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/2026/TB-CAM", "Bình Dương, ngày 06 tháng 3 năm 2026", "THÔNG BÁO", "Kính gửi: Chi cục Hải quan khu vực XVIII",
        "Mã số thuế: 3701234567", "Căn cứ Quyết định số 247/QĐ-TCHQ ngày 02/3/2022 của Tổng cục Hải quan",
        "14 giờ 05 phút, ngày 13/02/2026", "thời điểm phát hiện: 14 giờ 07 phút, ngày 13/02/2026",
        "☒ Sự cố thiết bị", "☐ Sự cố kênh truyền", "1 | CAM-GATE-01 - Cổng chính - làn xe vào | Cổng chính (cổng/cửa)",
        "2 | CAM-WH-03", "Nguyên nhân: Bộ nguồn PoE", "10 ngày làm việc, đến hết ngày 06/03/2026",
        "Cách tính: 10 ngày làm việc kể từ ngày 14/02/2026", "Thời gian dự kiến hoàn thành: 04/03/2026",
        "sổ theo dõi phương tiện ra, vào", "Bố trí nhân viên kho", "Nơi nhận:", "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT",
        "Trần Văn Đức"}) {
    EXPECT_TRUE(contains(mail.text, expected)) << expected << "\n--- text ---\n" << mail.text;
  }
  EXPECT_FALSE(contains(mail.text, "chưa xác định"));
}

TEST(Renderer, AppendixIiWithMinimalDataMarksBlanksForPeople) {
  const auto mail = builtin().appendix_ii(sample_site(), minimal_notice());
  EXPECT_TRUE(contains(mail.text, "☐ Sự cố thiết bị")) << mail.text;
  EXPECT_TRUE(contains(mail.text, "☒ Sự cố kênh truyền"));
  EXPECT_TRUE(contains(mail.text, "Nguyên nhân: …………………………………… (chưa xác định; điền khi đã xác định)"));
  EXPECT_TRUE(contains(mail.text, "(điền biện pháp khắc phục)"));
  EXPECT_TRUE(contains(mail.text, "(điền ngày dự kiến hoàn thành)"));
  EXPECT_TRUE(contains(mail.text, "03 ngày làm việc, đến hết ngày 08/01/2026"));
  EXPECT_TRUE(contains(mail.text, "Bình Dương, ngày 05 tháng 01 năm 2026"));
  // A link incident keeps footage locally; no gate camera, so no vehicle log.
  EXPECT_TRUE(contains(mail.text, "Tiếp tục ghi hình và lưu trữ"));
  EXPECT_FALSE(contains(mail.text, "sổ theo dõi phương tiện"));
  EXPECT_FALSE(contains(mail.text, "thời điểm phát hiện"));
}

TEST(Renderer, UnsignedNoticeLeavesTheSignatureBlank) {
  auto site = sample_site();
  site.signer_name.clear();
  const auto mail = builtin().appendix_ii(site, minimal_notice());
  EXPECT_TRUE(contains(mail.text, "(Ký, ghi rõ họ tên, đóng dấu)"));
  EXPECT_FALSE(contains(mail.text, "Trần Văn Đức"));
  EXPECT_TRUE(contains(mail.text, "\n……………………………………\n")) << mail.text;
}

TEST(Renderer, OverdueExplanationRefersToTheFirstNotice) {
  auto notice = sample_notice();
  notice.number = "09/2026/TB-CAM";
  const auto mail = builtin().overdue_explanation(sample_site(), notice);
  EXPECT_TRUE(contains(mail.subject, "Giải trình chậm khắc phục sự cố")) << mail.subject;
  EXPECT_TRUE(contains(mail.text, "V/v giải trình chậm khắc phục sự cố hệ thống camera giám sát"));
  EXPECT_TRUE(contains(mail.text, "Ngày 13/02/2026, Công ty TNHH Điện tử Sông Bé đã gửi Thông báo số 05/2026/TB-CAM"));
  EXPECT_TRUE(contains(mail.text, "Lý do cụ thể: Nhà cung cấp chưa giao được bộ nguồn PoE"));
  EXPECT_TRUE(contains(mail.text, "Thời gian dự kiến hoàn thành: ngày 04/03/2026"));
  EXPECT_TRUE(contains(mail.text, "Số: 09/2026/TB-CAM"));

  const auto blank = builtin().overdue_explanation(sample_site(), minimal_notice());
  EXPECT_TRUE(contains(blank.text, "(cán bộ phụ trách điền lý do cụ thể)")) << blank.text;
}

TEST(Renderer, RestorationNoticeGivesTheRestoreTime) {
  const auto mail = builtin().restoration(sample_site(), sample_notice());
  EXPECT_TRUE(contains(mail.text, "Đã khắc phục sự cố hệ thống camera giám sát"));
  EXPECT_TRUE(contains(mail.text, "Thời điểm khắc phục xong: 09 giờ 30 phút, ngày 05/03/2026"));
  EXPECT_TRUE(contains(mail.text, "Đã thay bộ nguồn PoE"));
  const auto blank = builtin().restoration(sample_site(), minimal_notice());
  EXPECT_TRUE(contains(blank.text, "(điền thời điểm khắc phục xong)"));
}

TEST(Renderer, DailyStatusListsEveryOpenIncident) {
  const auto mail = builtin().daily_status(sample_site(), sample_daily_status());
  EXPECT_EQ(mail.subject, "[Công ty TNHH Điện tử Sông Bé] Tình trạng hệ thống camera giám sát ngày 06/03/2026: 2 sự cố đang mở");
  EXPECT_TRUE(contains(mail.text, "Số sự cố đang mở: 2 (quá hạn: 1)")) << mail.text;
  EXPECT_TRUE(contains(mail.text, "| CAM-GATE-01, CAM-WH-03 | 14 giờ 07 phút, ngày 13/02/2026 | 10 | 0 | 06/03/2026 | Trong hạn | 184"));
  EXPECT_TRUE(contains(mail.text, "| UPLINK-VNPT |"));
  EXPECT_TRUE(contains(mail.text, "QUÁ HẠN"));
  EXPECT_TRUE(contains(mail.html, "<b>QUÁ HẠN</b>"));
}

TEST(Renderer, DailyStatusOnAQuietDaySaysNoOpenIncident) {
  DailyStatus quiet;
  quiet.date = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{9}};
  const auto mail = builtin().daily_status(sample_site(), quiet);
  EXPECT_TRUE(contains(mail.subject, "ngày 09/03/2026: không có sự cố")) << mail.subject;
  EXPECT_TRUE(contains(mail.text, "Không có sự cố nào đang mở.")) << mail.text;
  EXPECT_FALSE(contains(mail.text, "STT"));
}

TEST(Renderer, AlertsExistInEnglishAndVietnamese) {
  const auto en = builtin().alert(sample_site(), sample_alert());
  EXPECT_EQ(en.subject, "[camtrack] Camera CAM-GATE-01 is down");
  EXPECT_TRUE(contains(en.text, "- Deadline 06/03/2026 (10 working days)"));
  EXPECT_TRUE(contains(en.text, "Open: http://127.0.0.1:8080/incidents/42"));
  const auto vi = builtin().alert(sample_site(), sample_alert(), true);
  EXPECT_TRUE(contains(vi.text, "Mở: http://127.0.0.1:8080/incidents/42"));
  EXPECT_TRUE(contains(vi.text, "(giờ Việt Nam)"));
}

TEST(Renderer, HostileCameraNameIsEscapedInHtmlAndKeptAsTextInPlainBody) {
  auto notice = sample_notice();
  notice.cameras[0].name = "<script>alert('x')</script> | @subject pwned";
  notice.cause = "a & b < c";
  const auto mail = builtin().appendix_ii(sample_site(), notice);
  EXPECT_FALSE(contains(mail.html, "<script>"));
  EXPECT_TRUE(contains(mail.html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) << mail.html;
  EXPECT_TRUE(contains(mail.html, "a &amp; b &lt; c"));
  // The cell separator and the directive sign in a value change neither the table nor the subject.
  EXPECT_TRUE(contains(mail.text, "CAM-GATE-01 - <script>alert('x')</script> | @subject pwned | Cổng chính"));
  EXPECT_EQ(mail.subject.find("pwned"), std::string::npos);
  // The subject is plain text (decoded) for the mail header, and escaped again in the HTML title.
  auto site = sample_site();
  site.enterprise_name = "<img src=x onerror=alert(1)>";
  const auto hostile = builtin().appendix_ii(site, notice);
  EXPECT_NE(hostile.subject.find("<img src=x"), std::string::npos);
  EXPECT_EQ(hostile.html.find("<img"), std::string::npos) << hostile.html.substr(0, 300);
  for (const auto& block : mail.document.blocks) {
    if (block.kind == BlockKind::table) {
      EXPECT_EQ(block.rows[1].size(), 5U);
    }
  }
}

}  // namespace
}  // namespace camtrack::notices
