#include "pages/problem_text.hpp"

#include <string_view>

namespace camtrack::web::pages {
namespace {

struct Reason {
  std::string_view code, vi, en;
};

constexpr Reason reasons[] = {
    {"unreachable", "Không kết nối được", "Unreachable"},
    {"no_response", "Không phản hồi", "No response"},
    {"bad_response", "Phản hồi không hợp lệ", "Unexpected answer"},
    {"auth_failed", "Tài khoản hải quan không đăng nhập được", "The customs account cannot log in"},
    {"stream_dead", "Mất luồng video (RTSP)", "Video stream dead (RTSP)"},
    {"black_image", "Hình ảnh bị đen", "Black image"},
    {"frozen_image", "Hình ảnh bị đứng hình", "Frozen image"},
    {"snapshot_failed", "Không lấy được ảnh chụp", "Snapshot failed"},
    {"recording_failed", "Không ghi hình", "Not recording"},
    {"retention_short", "Thời gian lưu trữ dưới 12 tháng", "Footage kept less than 12 months"},
    {"dns_failed", "Lỗi phân giải tên miền (DNS)", "DNS resolution failed"},
    {"tls_failed", "Lỗi bắt tay TLS với máy chủ hải quan", "TLS handshake with the customs endpoint failed"},
    {"no_gateway", "Không có tuyến mặc định (gateway)", "No default route (gateway)"},
    {"gateway_unreachable", "Không liên lạc được gateway", "Default gateway unreachable"},
    {"vpn_down", "Mất kết nối VPN", "VPN down"},
    {"video_loss", "Mất tín hiệu video", "Video signal lost"},
    {"tampering", "Camera bị che/phá hoại", "Camera covered or tampered with"},
    {"storage_failure", "Lỗi lưu trữ", "Storage failure"},
    {"resumed", "Lỗi từ trước khi khởi động lại, chưa khắc phục", "Fault from before the restart, not yet cleared"},
};

constexpr std::string_view unconfirmed_suffix = " (unconfirmed)";

}  // namespace

std::string problem_text(Lang lang, const std::string& problem) {
  std::string_view code = problem;
  const bool unconfirmed = code.ends_with(unconfirmed_suffix);
  if (unconfirmed) code.remove_suffix(unconfirmed_suffix.size());
  for (const Reason& r : reasons) {
    if (r.code != code) continue;
    std::string text(lang == Lang::vi ? r.vi : r.en);
    if (unconfirmed) text += lang == Lang::vi ? " (chưa xác nhận)" : " (unconfirmed)";
    return text;
  }
  return problem;
}

}  // namespace camtrack::web::pages
