#include "test_site.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

#include "calendar_load.hpp"
#include "paths.hpp"
#include "runtime/notice_setup.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::app::testing {

Config site_config(const std::filesystem::path& db, int smtp_port, const std::filesystem::path& ca_file,
                   bool auto_send) {
  Config c;
  c.database.path = db.string();
  c.site.enterprise_name = "Công ty TNHH Điện tử Sông Bé";
  c.site.tax_code = "3701234567";
  c.site.address = "Lô C-12, KCN Việt Nam - Singapore, Thuận An, Bình Dương";
  c.site.legal_representative = "Trần Văn Đức";
  c.site.place_name = "Bình Dương";
  c.site.customs_unit = "Chi cục Hải quan khu vực XVIII";
  c.site.customs_emails = {"hq18@customs.test"};
  c.smtp.url = "smtp://127.0.0.1:" + std::to_string(smtp_port);
  c.smtp.username = "camtrack";
  c.smtp.password = "secret";
  c.smtp.ca_file = ca_file.string();
  c.smtp.from = "xnk@songbe.vn";
  c.notices.auto_send_appendix_ii = auto_send;
  c.notices.daily_status_time = "23:59";  // out of the way of the letters under test
  return c;
}

void create_site(const std::filesystem::path& file) {
  auto db = store::Database::open(file);
  store::InventoryStore inventory(db, nullptr);
  const auto now = wall_now();
  const auto add = [&](const std::string& code, const std::string& name, incidents::LocationClass location) {
    incidents::Camera c;
    c.code = code;
    c.name = name;
    c.location = location;
    if (!inventory.save_camera(officer, c, now)) throw std::runtime_error("cannot save camera " + code);
  };
  add("CAM-GATE-01", "Cổng chính - làn xe vào", incidents::LocationClass::gate);
  add("CAM-WH-03", "Kho thành phẩm - cửa kho", incidents::LocationClass::warehouse_door);
  for (int i = 1; i <= 5; ++i) add("CAM-YARD-0" + std::to_string(i), "Bãi hàng " + std::to_string(i), incidents::LocationClass::yard);
}

const incidents::WorkingCalendar& state_calendar() {
  static const incidents::WorkingCalendar calendar = [] {
    auto loaded = load_calendar(incidents::CalendarKind::state, shipped_file("data/calendar/vn-state.toml"), {});
    if (!loaded.calendar) throw std::runtime_error(loaded.error);
    return std::move(*loaded.calendar);
  }();
  return calendar;
}

Incidents::Incidents(const std::filesystem::path& file)
    : db(store::Database::open(file)), commands(db, calendar_clock_rules(state_calendar())) {}

std::chrono::sys_seconds wall_now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

bool eventually(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds{5});
  }
  return done();
}

}  // namespace camtrack::app::testing
