// Timeline events and domain refusals written in the page language from the message catalog, with
// their details kept (times in Vietnam time), and the stored text kept when not recognised.
#include <gtest/gtest.h>

#include "pages/event_text.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::IncidentEvent;
using incidents::Refusal;
using incidents::RefusalCode;

IncidentEvent event(std::string action, std::string summary) { return {{}, "officer1", std::move(action), std::move(summary)}; }

TEST(EventText, OpenedIsVietnameseWithKindFaultDeadlineAndCameras) {
  const auto e = event("incident.opened",
                       "equipment incident opened (recorder:NVR-01), deadline 2026-12-08; cameras: CAM-1, CAM-2; "
                       "left out (class other): CAM-9");
  EXPECT_EQ(event_text(Lang::vi, e),
            "Mở sự cố thiết bị (recorder:NVR-01), hạn khắc phục hết ngày 08/12/2026; camera: CAM-1, CAM-2; "
            "không tính (camera loại khác): CAM-9");
  EXPECT_EQ(event_text(Lang::en, e),
            "equipment incident opened (recorder:NVR-01), deadline end of 08/12/2026; cameras: CAM-1, CAM-2; "
            "left out (class other): CAM-9");
  EXPECT_EQ(event_text(Lang::vi, event("incident.opened", "link incident opened (uplink), deadline 2026-03-09")),
            "Mở sự cố đường truyền (uplink), hạn khắc phục hết ngày 09/03/2026");
}

TEST(EventText, TimesAreWrittenInVietnamTime) {
  EXPECT_EQ(event_text(Lang::vi, event("incident.notified", "notice 12/TB-ABC sent at 2026-03-04T02:05:00Z")),
            "Đã gửi thông báo số 12/TB-ABC lúc 04/03/2026 09:05");
  EXPECT_EQ(event_text(Lang::vi, event("incident.restored", "restored at 2026-03-04T17:30:00Z (after the deadline)")),
            "Đã khắc phục lúc 05/03/2026 00:30 (sau thời hạn)");
  EXPECT_EQ(event_text(Lang::en, event("incident.restored", "restored at 2026-03-04T17:30:00Z")),
            "Restored at 05/03/2026 00:30");
  EXPECT_EQ(event_text(Lang::vi, event("incident.reopened",
                                       "the fault returned at 2026-03-05T01:00:00Z; the clock runs again")),
            "Lỗi tái diễn lúc 05/03/2026 08:00; thời hạn tiếp tục tính");
}

TEST(EventText, PeopleAndTheirWordsAreKept) {
  EXPECT_EQ(event_text(Lang::vi, event("incident.assigned", "assigned to technician1")),
            "Giao cho kỹ thuật viên technician1");
  EXPECT_EQ(event_text(Lang::vi, event("incident.note", "Đã kiểm tra nguồn")), "Ghi chú: Đã kiểm tra nguồn");
  EXPECT_EQ(event_text(Lang::vi, event("incident.closed", "closed: cause: PSU; action: thay bộ nguồn")),
            "Đóng sự cố: nguyên nhân: PSU; biện pháp khắc phục: thay bộ nguồn");
  EXPECT_EQ(event_text(Lang::vi, event("incident.overdue_explained", "overdue: chờ linh kiện; expected completion 2026-04-30")),
            "Giải trình quá hạn: chờ linh kiện; dự kiến hoàn thành 30/04/2026");
  EXPECT_EQ(event_text(Lang::vi, event("incident.cameras_added", "cameras added: CAM-3")), "Thêm camera: CAM-3");
  EXPECT_EQ(event_text(Lang::vi, event("incident.snapshot_requirement", "final snapshot required at closure")),
            "Yêu cầu ảnh chụp sau sửa chữa khi đóng sự cố");
}

TEST(EventText, UnknownActionsAndShapesKeepTheStoredText) {
  EXPECT_EQ(event_text(Lang::vi, event("incident.merged", "merged into 7")), "merged into 7");
  EXPECT_EQ(event_text(Lang::vi, event("incident.opened", "opened by hand")), "opened by hand");
  EXPECT_EQ(event_text(Lang::vi, event("incident.notified", "notice")), "notice");
  EXPECT_EQ(event_text(Lang::vi, event("incident.closed", "closed: cause: x")), "closed: cause: x");
}

TEST(RefusalReasonText, CommonRefusalsAreVietnamese) {
  auto vi = [](RefusalCode code, std::string reason) {
    return refusal_reason_text(Lang::vi, Refusal{code, std::move(reason)}).value_or("<none>");
  };
  EXPECT_EQ(vi(RefusalCode::forbidden, "role 'guard' may not close"),
            "vai trò của bạn không được phép thực hiện thao tác này.");
  EXPECT_EQ(vi(RefusalCode::invalid_transition, "cannot mark restored: incident 3 is closed"),
            "sự cố đang ở trạng thái “Đã đóng”, không thực hiện được thao tác này.");
  EXPECT_EQ(vi(RefusalCode::invalid_transition, "incident 3 is not overdue (deadline 2026-03-18)"),
            "sự cố chưa quá hạn (hạn hết ngày 18/03/2026), chưa cần giải trình.");
  EXPECT_EQ(vi(RefusalCode::invalid_input, "repair report cause: required"), "báo cáo sửa chữa thiếu nguyên nhân.");
  EXPECT_EQ(vi(RefusalCode::invalid_input, "repair report action: required"),
            "báo cáo sửa chữa thiếu biện pháp khắc phục.");
  EXPECT_EQ(vi(RefusalCode::not_found, "gate_camera: no camera with code 'CAM-X'"), "không có camera mã “CAM-X”.");
  EXPECT_EQ(vi(RefusalCode::invalid_input, "plate: 'XYZ' must start with a 2-digit province code"),
            "biển số “XYZ” không đúng định dạng (ví dụ 51C-123.45, 29H1-234.56, 30A-1234)");
}

TEST(RefusalReasonText, EnglishPagesAndUncommonReasonsKeepTheDomainText) {
  EXPECT_FALSE(refusal_reason_text(Lang::en, Refusal{RefusalCode::forbidden, "role 'guard' may not close"}));
  EXPECT_FALSE(refusal_reason_text(Lang::vi, Refusal{RefusalCode::conflict, "camera code 'A' exists"}));
  EXPECT_FALSE(refusal_reason_text(Lang::vi, Refusal{RefusalCode::invalid_transition, "cannot x: incident 3 is odd"}));
  EXPECT_FALSE(refusal_reason_text(Lang::vi, Refusal{RefusalCode::invalid_input, "plate: 'X' bad; direction: odd"}));
  EXPECT_EQ(refusal_reason_text(Lang::vi, Refusal{RefusalCode::invalid_input, "plate: 'X' bad; container: 'Y' bad"}),
            "biển số “X” không đúng định dạng (ví dụ 51C-123.45, 29H1-234.56, 30A-1234); "
            "số container “Y” không đúng định dạng ISO 6346 (ví dụ CSQU3054384)");
}

TEST(FieldProblemText, PlateAndContainerProblemsAreVietnamese) {
  EXPECT_EQ(field_problem_text(Lang::vi, "container", "'CSQU1' must have 11 characters"),
            "số container “CSQU1” không đúng định dạng ISO 6346 (ví dụ CSQU3054384)");
  EXPECT_EQ(field_problem_text(Lang::vi, "gate_camera", "required"), "bắt buộc nhập");
  EXPECT_EQ(field_problem_text(Lang::en, "plate", "'X' must start"), "'X' must start");
}

}  // namespace
}  // namespace camtrack::web::pages
