#include "runtime/demo_plan.hpp"

#include <array>
#include <cstdio>

namespace camtrack::app::demo {
namespace {

using incidents::LocationClass;

struct Place {
  const char* stem;
  const char* name;
  LocationClass location;
  const char* switch_name;
};

// Twelve places of a small DNCX; cameras are dealt over them in turn (24 cameras: two per place).
constexpr std::array<Place, 12> places = {{
    {"GATE-MAIN", "Cổng chính", LocationClass::gate, "SW-GATE"},
    {"GATE-SIDE", "Cổng phụ (xe container)", LocationClass::gate, "SW-GATE"},
    {"YARD-A", "Bãi tập kết hàng hóa A", LocationClass::yard, "SW-YARD"},
    {"YARD-FENCE", "Bãi container – hàng rào phía đông", LocationClass::yard, "SW-YARD"},
    {"WH-RAW-DOOR", "Cửa kho nguyên liệu", LocationClass::warehouse_door, "SW-WH-1"},
    {"WH-RAW-IN", "Bên trong kho nguyên liệu", LocationClass::warehouse_interior, "SW-WH-1"},
    {"WH-FG-DOOR", "Cửa kho thành phẩm", LocationClass::warehouse_door, "SW-WH-2"},
    {"WH-FG-IN", "Bên trong kho thành phẩm", LocationClass::warehouse_interior, "SW-WH-2"},
    {"SCRAP", "Kho phế liệu, phế phẩm", LocationClass::scrap_store, "SW-WH-2"},
    {"TAXFREE", "Kho hàng miễn thuế", LocationClass::tax_free_store, "SW-WH-1"},
    {"PROD", "Xưởng sản xuất", LocationClass::other, "SW-OFFICE"},
    {"OFFICE", "Văn phòng và căng tin", LocationClass::other, "SW-OFFICE"},
}};

}  // namespace

incidents::Site demo_site_record() {
  incidents::Site site;
  site.enterprise_name = "Công ty TNHH Điện tử Sao Mai Việt Nam (DNCX – bản demo)";
  site.tax_code = "3701234567";
  site.address = "Lô C-5, đường số 8, KCN Việt Nam – Singapore, phường Bình Hòa, TP. Thuận An, Bình Dương";
  site.phone = "0274 3765 432";
  site.email = "xuatnhapkhau@saomai-demo.vn";
  site.contact_person = "Nguyễn Thị Lan, phụ trách xuất nhập khẩu";
  site.legal_representative = "Trần Văn Hùng, Tổng Giám đốc";
  site.place_name = "Bình Dương";
  site.customs_unit = "Chi cục Hải quan khu vực XVI";
  site.addressee_line = "Kính gửi: Chi cục Hải quan khu vực XVI – Hải quan Khu công nghiệp Việt Nam – Singapore";
  site.customs_emails = {"giamsat.dncx@haiquan-demo.vn", "doi.giamsat.vsip@haiquan-demo.vn"};
  return site;
}

std::vector<PlannedCamera> plan_cameras(int count) {
  std::vector<PlannedCamera> plan;
  for (int i = 0; i < count; ++i) {
    const Place& place = places[static_cast<std::size_t>(i) % places.size()];
    const int number = i / static_cast<int>(places.size()) + 1;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%02d", number);
    PlannedCamera camera;
    camera.code = std::string("CAM-") + place.stem + "-" + suffix;
    camera.name = std::string(place.name) + " – camera " + suffix;
    camera.location = place.location;
    camera.switch_name = place.switch_name;
    camera.recorded = place.location != LocationClass::other;
    plan.push_back(std::move(camera));
  }
  return plan;
}

int scenario_gate_camera(const std::vector<PlannedCamera>& plan) {
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (plan[i].location == LocationClass::gate) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace camtrack::app::demo
