#include "runtime/demo_scenario.hpp"

namespace camtrack::app {

using std::chrono::seconds;

std::vector<ScenarioStep> scenario_steps(const std::vector<demo::PlannedCamera>& plan) {
  const std::string gate = plan.at(static_cast<std::size_t>(demo::scenario_gate_camera(plan))).code;
  const std::string wan = demo::uplink_code;
  const std::string nvr = demo::recorder_code;
  return {
      {seconds(0), ScenarioAction::gate_camera_down,
       "Kịch bản: camera cổng " + gate + " mất nguồn. Sau khoảng hai chu kỳ kiểm tra sẽ mở sự cố thiết bị "
       "(hạn 10 ngày làm việc) và Thông báo Phụ lục II trong thư mục mail. / Scenario: gate camera " + gate +
           " loses power; within about two check intervals an equipment incident (10 working days) opens "
           "with its Appendix II notice in the mail folder."},
      {seconds(20), ScenarioAction::uplink_down,
       "Kịch bản: đường truyền " + wan + " tới Hải quan bị ngắt: sự cố kênh truyền (hạn 3 ngày làm việc). "
       "/ Scenario: uplink " + wan + " to customs drops: a link incident (3 working days) opens."},
      {seconds(80), ScenarioAction::uplink_up,
       "Kịch bản: đường truyền " + wan + " hoạt động trở lại; sự cố kênh truyền chuyển sang đã khắc phục. "
       "/ Scenario: uplink " + wan + " is back; its link incident becomes restored."},
      {seconds(100), ScenarioAction::retention_short,
       "Kịch bản: đầu ghi " + nvr + " chỉ còn lưu 30 ngày hình ảnh (quy định: ít nhất 12 tháng): sự cố thiết "
       "bị cho các camera ghi trên đầu ghi này. / Scenario: recorder " + nvr + " keeps only 30 days of "
       "footage (12 months required): an equipment incident for the cameras it records."},
      {seconds(160), ScenarioAction::gate_camera_up,
       "Kịch bản: kỹ thuật viên đã thay nguồn, camera " + gate + " hoạt động trở lại; sự cố chuyển sang đã "
       "khắc phục. / Scenario: the technician replaced the power supply; " + gate + " is back and its "
       "incident becomes restored."},
      {seconds(170), ScenarioAction::done,
       "Kịch bản xong. Tiếp theo: đăng nhập bằng tài khoản technician, mở sự cố của " + gate + ", ghi biên "
       "bản sửa chữa và đóng sự cố. / Scenario done. Next: log in as technician, open the incident of " +
           gate + ", write the repair report and close it."},
  };
}

DemoScenario::DemoScenario(DemoSite& site, seconds delay, Print print)
    : site_(site), print_(std::move(print)), steps_(scenario_steps(site.plan())) {
  thread_ = std::thread([this, delay] { run(delay); });
}

DemoScenario::~DemoScenario() { stop(); }

void DemoScenario::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void DemoScenario::run(seconds delay) {
  const auto start = std::chrono::steady_clock::now() + delay;
  for (const auto& step : steps_) {
    {
      std::unique_lock lock(mutex_);
      if (wake_.wait_until(lock, start + step.after, [this] { return stopping_; })) return;
    }
    const auto problem = apply(step.action);
    print_(step.line);
    if (!problem.empty()) print_("camtrack demo: " + problem);
  }
}

std::string DemoScenario::apply(ScenarioAction action) {
  const int gate = demo::scenario_gate_camera(site_.plan());
  switch (action) {
    case ScenarioAction::gate_camera_down: site_.cameras().patch_faults(gate, {.down = true}); break;
    case ScenarioAction::gate_camera_up: site_.cameras().patch_faults(gate, {.down = false}); break;
    case ScenarioAction::uplink_down: site_.uplink().close(); break;
    case ScenarioAction::uplink_up: return site_.uplink().open();
    case ScenarioAction::retention_short: site_.recorder().patch_faults(0, {.short_retention = true}); break;
    case ScenarioAction::done: break;
  }
  return {};
}

}  // namespace camtrack::app
