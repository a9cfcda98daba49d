// The pages' message catalog: every text a user sees, in Vietnamese and English, one line per message.
#include <algorithm>
#include <array>

#include "pages/i18n.hpp"

namespace camtrack::web::pages {
namespace {

struct Message {
  std::string_view key, vi, en;
};

// Sorted by key (checked once at start), so a lookup is a binary search.
constexpr Message catalog[] = {
    {"actions", "Thao tác", "Actions"},
    {"affected_cameras", "Camera bị ảnh hưởng", "Affected cameras"},
    {"all", "Tất cả", "All"},
    {"assign", "Giao cho kỹ thuật viên", "Assign a technician"},
    {"audit_action", "Hành động", "Action"},
    {"audit_actor", "Người thực hiện", "Actor"},
    {"audit_broken", "Chuỗi nhật ký bị phá vỡ", "The audit chain is broken"},
    {"audit_detail", "Chi tiết", "Detail"},
    {"audit_intact", "Chuỗi nhật ký nguyên vẹn", "The audit chain is intact"},
    {"audit_older", "Cũ hơn", "Older"},
    {"audit_rows", "dòng đã kiểm tra", "rows checked"},
    {"audit_subject", "Đối tượng", "Subject"},
    {"back_home", "Về trang tổng quan", "Back to the dashboard"},
    {"calendar_make_up", "Ngày làm bù", "Make-up working day"},
    {"calendar_no_days", "Không có ngày đặc biệt trong năm này.", "No special days this year."},
    {"calendar_provisional", "Năm này chưa có lịch nghỉ chính thức: ngày nghỉ được tính theo quy tắc và có thể thay đổi.", "This year has no official schedule yet: days off are computed by rule and may change."},
    {"calendar_source", "Căn cứ", "Source"},
    {"camera", "Camera", "Camera"},
    {"camera_code", "Mã camera", "Camera code"},
    {"camera_enabled", "Đang sử dụng", "In use"},
    {"camera_name", "Tên camera", "Camera name"},
    {"cameras_import", "Nhập danh sách camera từ CSV", "Import cameras from CSV"},
    {"cameras_import_file", "Tệp CSV", "CSV file"},
    {"cameras_import_text", "Hoặc dán nội dung CSV", "Or paste the CSV text"},
    {"cameras_new", "Thêm camera", "Add a camera"},
    {"cameras_none", "Chưa có camera nào.", "No cameras yet."},
    {"cancel", "Hủy", "Cancel"},
    {"close_incident", "Đóng sự cố kèm báo cáo sửa chữa", "Close with a repair report"},
    {"confirm_close", "Đóng sự cố này?", "Close this incident?"},
    {"confirm_disable", "Vô hiệu hóa tài khoản này?", "Disable this account?"},
    {"container", "Số container", "Container number"},
    {"countdown_left", "còn", "left:"},
    {"countdown_overdue", "quá hạn", "overdue by"},
    {"coverage_gaps", "Khu vực bắt buộc không có camera hoạt động", "Required areas without a working camera"},
    {"coverage_gaps_none", "Mọi khu vực bắt buộc đều có camera hoạt động.", "Every required area has a working camera."},
    {"csv_export", "Xuất CSV", "Export CSV"},
    {"date_from", "Phát hiện từ ngày", "Detected from"},
    {"date_to", "đến ngày", "to"},
    {"deadline", "Hạn khắc phục", "Deadline"},
    {"deadline_explained", "Cách tính hạn", "How the deadline was computed"},
    {"deadline_from", "Mốc bắt đầu", "Clock started"},
    {"deadline_provisional", "Hạn tạm tính (năm chưa có lịch nghỉ chính thức)", "Provisional deadline (a year without an official schedule)"},
    {"deadline_skipped", "Ngày không tính", "Days not counted"},
    {"deadline_working_days", "Số ngày làm việc", "Working days"},
    {"detected_at", "Phát hiện lúc", "Detected at"},
    {"direction", "Hướng", "Direction"},
    {"direction_in", "Vào", "In"},
    {"direction_out", "Ra", "Out"},
    {"disable", "Vô hiệu hóa", "Disable"},
    {"disabled", "Đã vô hiệu hóa", "Disabled"},
    {"download_pdf", "Tải PDF", "Download PDF"},
    {"edit", "Sửa", "Edit"},
    {"error_csrf", "Biểu mẫu đã hết hạn hoặc thiếu mã bảo vệ (CSRF). Hãy tải lại trang và thử lại.", "The form expired or lacks its protection token (CSRF). Reload the page and try again."},
    {"error_forbidden", "Vai trò của bạn không được phép thực hiện việc này.", "Your role may not do this."},
    {"error_not_found", "Không tìm thấy.", "Not found."},
    {"error_title", "Lỗi", "Error"},
    {"expected_completion", "Ngày dự kiến hoàn thành", "Expected completion date"},
    {"explain_overdue", "Giải trình quá hạn", "Write the overdue explanation"},
    {"explanation_due", "Đã quá hạn: cần gửi văn bản giải trình.", "The deadline passed: an explanation is due."},
    {"explanations", "Giải trình đã viết", "Explanations written"},
    {"failing_check", "Lỗi kiểm tra gần nhất", "Failing check"},
    {"field_required", "bắt buộc nhập", "is required"},
    {"filter", "Lọc", "Filter"},
    {"flash_assigned", "Đã giao sự cố cho kỹ thuật viên.", "The technician was assigned."},
    {"flash_camera_saved", "Đã lưu camera.", "The camera was saved."},
    {"flash_closed", "Đã đóng sự cố.", "The incident was closed."},
    {"flash_explained", "Đã lưu giải trình quá hạn.", "The overdue explanation was saved."},
    {"flash_imported", "Đã nhập danh sách camera.", "The cameras were imported."},
    {"flash_noted", "Đã thêm ghi chú.", "The note was added."},
    {"flash_password_reset", "Đã đặt lại mật khẩu.", "The password was reset."},
    {"flash_reopened", "Đã mở lại sự cố.", "The incident was reopened."},
    {"flash_site_saved", "Đã lưu thông tin doanh nghiệp.", "The site settings were saved."},
    {"flash_user_created", "Đã tạo tài khoản.", "The account was created."},
    {"flash_user_disabled", "Đã vô hiệu hóa tài khoản.", "The account was disabled."},
    {"flash_vehicle_logged", "Đã ghi nhận phương tiện.", "The vehicle was logged."},
    {"footer", "Giám sát camera theo Quyết định 247/QĐ-TCHQ", "Camera supervision under Decision 247/QĐ-TCHQ"},
    {"gate_camera", "Camera cổng", "Gate camera"},
    {"gate_no_incident", "Hiện không có sự cố nào ở camera cổng: chưa cần ghi sổ phương tiện.", "No incident affects a gate camera now: the vehicle log is not required."},
    {"gate_recent", "Phương tiện đã ghi gần đây", "Recently logged vehicles"},
    {"gate_time", "Thời điểm", "Time"},
    {"health_down", "Mất tín hiệu", "Down"},
    {"health_unknown", "Chưa rõ", "Unknown"},
    {"health_up", "Hoạt động", "Up"},
    {"id", "Số", "No."},
    {"incident", "Sự cố", "Incident"},
    {"incidents_none", "Không có sự cố nào.", "No incidents."},
    {"incidents_open", "Sự cố đang mở", "Open incidents"},
    {"kind", "Loại", "Kind"},
    {"kind_equipment", "Thiết bị", "Equipment"},
    {"kind_link", "Đường truyền", "Link"},
    {"last_checked", "Kiểm tra lúc", "Checked at"},
    {"last_good_snapshot", "Hình ảnh tốt gần nhất", "Last good snapshot"},
    {"loc_gate", "Cổng ra vào", "Gate"},
    {"loc_other", "Khác (không bắt buộc)", "Other (not required)"},
    {"loc_scrap_store", "Kho phế liệu, phế phẩm", "Scrap store"},
    {"loc_tax_free_store", "Kho hàng miễn thuế", "Tax-free store"},
    {"loc_warehouse_door", "Cửa kho", "Warehouse door"},
    {"loc_warehouse_interior", "Bên trong kho", "Warehouse interior"},
    {"loc_yard", "Bãi tập kết hàng hóa", "Goods yard"},
    {"location", "Vị trí lắp đặt", "Location"},
    {"login_throttled", "Đăng nhập sai quá nhiều lần. Hãy thử lại sau (giây):", "Too many failed logins. Try again in (seconds):"},
    {"login_wrong", "Sai tên đăng nhập hoặc mật khẩu.", "Wrong username or password."},
    {"logout", "Đăng xuất", "Sign out"},
    {"minutes_spent", "Thời gian sửa (phút)", "Time spent (minutes)"},
    {"monitoring_off", "Chưa bật giám sát: trạng thái camera chưa được cập nhật.", "Monitoring is off: camera states are not being checked."},
    {"nav_audit", "Nhật ký", "Audit log"},
    {"nav_calendar", "Lịch làm việc", "Calendar"},
    {"nav_cameras", "Camera", "Cameras"},
    {"nav_dashboard", "Tổng quan", "Dashboard"},
    {"nav_gate", "Sổ cổng", "Gate log"},
    {"nav_incidents", "Sự cố", "Incidents"},
    {"nav_label", "Điều hướng", "Navigation"},
    {"nav_site", "Doanh nghiệp", "Site"},
    {"nav_users", "Tài khoản", "Users"},
    {"new_password", "Mật khẩu mới", "New password"},
    {"next_page", "Trang sau", "Next"},
    {"no", "Không", "No"},
    {"note", "Ghi chú", "Note"},
    {"notices", "Văn bản đã gửi", "Notices sent"},
    {"notices_none", "Chưa có văn bản nào.", "No notices yet."},
    {"overdue", "Quá hạn", "Overdue"},
    {"page", "Trang", "Page"},
    {"password", "Mật khẩu", "Password"},
    {"plate", "Biển số xe", "Plate number"},
    {"prev_page", "Trang trước", "Previous"},
    {"reason", "Lý do", "Reason"},
    {"refusal_conflict", "Xung đột dữ liệu", "Conflict"},
    {"refusal_forbidden", "Không được phép", "Not allowed"},
    {"refusal_invalid_input", "Dữ liệu không hợp lệ", "Invalid input"},
    {"refusal_invalid_transition", "Trạng thái sự cố không cho phép", "Not allowed in this state"},
    {"refusal_not_found", "Không tìm thấy", "Not found"},
    {"refusal_out_of_scope", "Ngoài phạm vi Quyết định 247", "Outside Decision 247"},
    {"reopen", "Mở lại sự cố", "Reopen"},
    {"repair_action", "Biện pháp khắc phục", "Action taken"},
    {"repair_cause", "Nguyên nhân", "Cause"},
    {"repair_parts", "Vật tư thay thế", "Parts replaced"},
    {"reset_password", "Đặt lại mật khẩu", "Reset password"},
    {"returned_at", "Lỗi tái diễn lúc", "Fault returned at"},
    {"role", "Vai trò", "Role"},
    {"role_admin", "Quản trị", "Administrator"},
    {"role_guard", "Bảo vệ", "Guard"},
    {"role_liaison", "Cán bộ hải quan", "Customs liaison"},
    {"role_officer", "Cán bộ tuân thủ", "Compliance officer"},
    {"role_technician", "Kỹ thuật viên", "Technician"},
    {"save", "Lưu", "Save"},
    {"sign_in", "Đăng nhập", "Sign in"},
    {"site_not_set", "Chưa nhập thông tin doanh nghiệp.", "The site is not set up yet."},
    {"state", "Trạng thái", "State"},
    {"state_closed", "Đã đóng", "Closed"},
    {"state_in_repair", "Đang sửa chữa", "In repair"},
    {"state_notified", "Đã thông báo", "Notified"},
    {"state_open", "Mới mở", "Open"},
    {"state_reopened", "Mở lại", "Reopened"},
    {"state_restored", "Đã khắc phục", "Restored"},
    {"technician", "Kỹ thuật viên", "Technician"},
    {"timeline", "Diễn biến", "Timeline"},
    {"title_audit", "Nhật ký thao tác", "Audit log"},
    {"title_calendar", "Lịch ngày làm việc", "Working-day calendar"},
    {"title_cameras", "Danh sách camera", "Cameras"},
    {"title_camera_edit", "Thông tin camera", "Camera"},
    {"title_dashboard", "Tổng quan hệ thống camera", "Camera system overview"},
    {"title_gate", "Sổ theo dõi phương tiện ra vào cổng", "Gate vehicle log"},
    {"title_incident", "Chi tiết sự cố", "Incident"},
    {"title_incidents", "Danh sách sự cố", "Incidents"},
    {"title_login", "Đăng nhập", "Sign in"},
    {"title_site", "Thông tin doanh nghiệp và hải quan quản lý", "Site and customs branch"},
    {"title_users", "Tài khoản người dùng", "User accounts"},
    {"total", "Tổng số", "Total"},
    {"unit_hours", " giờ", " h"},
    {"unit_minutes", " phút", " min"},
    {"unit_working_days", "ngày làm việc", "working days"},
    {"uplinks", "Đường truyền đến hải quan", "Uplinks to customs"},
    {"username", "Tên đăng nhập", "Username"},
    {"users_new", "Tạo tài khoản", "Create an account"},
    {"yes", "Có", "Yes"},
};

const Message* find(std::string_view key) {
  static const bool sorted = std::is_sorted(std::begin(catalog), std::end(catalog),
                                            [](const Message& a, const Message& b) { return a.key < b.key; });
  if (!sorted) {
    for (const auto& m : catalog) {
      if (m.key == key) return &m;
    }
    return nullptr;
  }
  const auto it = std::lower_bound(std::begin(catalog), std::end(catalog), key,
                                   [](const Message& m, std::string_view k) { return m.key < k; });
  return it != std::end(catalog) && it->key == key ? &*it : nullptr;
}

}  // namespace

std::string_view tr(Lang lang, std::string_view key) {
  const auto* m = find(key);
  if (!m) return key;
  return lang == Lang::vi ? m->vi : m->en;
}

void for_each_message(Lang lang, const std::function<void(std::string_view, std::string_view)>& f) {
  for (const auto& m : catalog) f(m.key, lang == Lang::vi ? m.vi : m.en);
}

bool has_message(std::string_view key) { return find(key) != nullptr; }

}  // namespace camtrack::web::pages
