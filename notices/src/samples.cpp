#include "notices/samples.hpp"

#include "notices/vietnamese_format.hpp"

namespace camtrack::notices {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

}  // namespace

SiteInfo sample_site() {
  SiteInfo s;
  s.enterprise_name = "Công ty TNHH Điện tử Sông Bé";
  s.tax_code = "3701234567";
  s.address = "Lô C-12, KCN Việt Nam - Singapore, phường Bình Hòa, TP. Thuận An, tỉnh Bình Dương";
  s.phone = "0274 3 765 432";
  s.email = "xnk@songbe-electronics.vn";
  s.contact_person = "Nguyễn Thị Hương, cán bộ xuất nhập khẩu";
  s.place = "Bình Dương";
  s.addressee = "Chi cục Hải quan khu vực XVIII";
  s.signer_name = "Trần Văn Đức";
  return s;
}

NoticeData sample_notice() {
  NoticeData n;
  n.number = notice_number(7, 2026);
  n.date = ymd(2026, 3, 6);
  n.kind = IncidentKind::equipment;
  n.occurred_at = local_instant(ymd(2026, 2, 13), hours{14} + minutes{5});
  n.detected_at = local_instant(ymd(2026, 2, 13), hours{14} + minutes{7});
  n.cameras = {
      {"CAM-GATE-01", "Cổng chính - làn xe vào", "Cổng chính (cổng/cửa)", "Mất tín hiệu hình ảnh",
       "Đọc biển số xe", true},
      {"CAM-WH-03", "Kho thành phẩm - cửa kho", "Kho thành phẩm (cửa kho)", "Không ghi hình", "", false},
  };
  n.cause = "Bộ nguồn PoE của switch tầng 1 bị hỏng";
  n.remedy = "Thay bộ nguồn PoE mới, kiểm tra lại toàn bộ camera trên switch";
  n.deadline.date = ymd(2026, 3, 6);
  n.deadline.explanation =
      "10 ngày làm việc kể từ ngày 14/02/2026 (không tính ngày xảy ra sự cố), theo lịch làm việc của cơ quan "
      "nhà nước; không tính Tết Nguyên đán 16/02–20/02/2026 và các ngày nghỉ hằng tuần.";
  n.expected_completion = ymd(2026, 3, 4);
  n.supervision_plan = {"Bố trí nhân viên kho ghi chép hàng hóa xuất, nhập kho thành phẩm hằng ngày."};
  n.first_notice_number = notice_number(5, 2026);
  n.first_notice_date = ymd(2026, 2, 13);
  n.delay_reason = "Nhà cung cấp chưa giao được bộ nguồn PoE thay thế do nghỉ Tết Nguyên đán";
  n.restored_at = local_instant(ymd(2026, 3, 5), hours{9} + minutes{30});
  n.repair_summary = "Đã thay bộ nguồn PoE; hai camera hoạt động và ghi hình bình thường";
  return n;
}

NoticeData minimal_notice() {
  NoticeData n;
  n.number = notice_number(1, 2026);
  n.date = ymd(2026, 1, 5);
  n.kind = IncidentKind::link;
  n.occurred_at = local_instant(ymd(2026, 1, 5), hours{8});
  n.cameras = {{"CAM-YARD-02", "Bãi container", "Bãi hàng", "Không kết nối", "", false}};
  n.deadline.date = ymd(2026, 1, 8);
  n.deadline.explanation = "03 ngày làm việc kể từ ngày 06/01/2026.";
  return n;
}

DailyStatus sample_daily_status() {
  DailyStatus s;
  s.date = ymd(2026, 3, 6);
  DailyStatusRow a;
  a.kind = IncidentKind::equipment;
  a.cameras = {"CAM-GATE-01", "CAM-WH-03"};
  a.detected_at = local_instant(ymd(2026, 2, 13), hours{14} + minutes{7});
  a.days_elapsed = 10;
  a.days_remaining = 0;
  a.deadline = ymd(2026, 3, 6);
  a.vehicle_log_entries = 184;
  a.notice_number = notice_number(5, 2026);
  DailyStatusRow b;
  b.kind = IncidentKind::link;
  b.cameras = {"UPLINK-VNPT"};
  b.detected_at = local_instant(ymd(2026, 2, 27), hours{22});
  b.days_elapsed = 4;
  b.days_remaining = 0;
  b.deadline = ymd(2026, 3, 4);
  b.overdue = true;
  b.notice_number = notice_number(6, 2026);
  s.open_incidents = {a, b};
  return s;
}

AlertData sample_alert() {
  AlertData a;
  a.title = "Camera CAM-GATE-01 is down";
  a.message = "An equipment incident was opened; the Appendix II notice is waiting for approval.";
  a.details = {"Detected 13/02/2026 14:07", "Deadline 06/03/2026 (10 working days)"};
  a.link = "http://127.0.0.1:8080/incidents/42";
  a.at = local_instant(ymd(2026, 2, 13), hours{14} + minutes{8});
  return a;
}

}  // namespace camtrack::notices
