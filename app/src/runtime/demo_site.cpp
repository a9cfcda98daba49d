#include "runtime/demo_site.hpp"

#include <stdexcept>
#include <system_error>

namespace camtrack::app {
namespace {

camsim::SimulatorOptions options_for(int cameras, const std::string& model) {
  camsim::SimulatorOptions options;
  options.cameras = cameras;
  options.user = demo::customs_user;
  options.password = demo::customs_password;
  options.manufacturer = "camtrack";
  options.model = model;
  options.request_timeout = std::chrono::seconds(10);
  options.hang_close_after = std::chrono::seconds(60);
  return options;
}

}  // namespace

DemoSite::StartResult DemoSite::start(int cameras) {
  StartResult result;
  if (cameras < 1 || cameras > 1000) {
    result.error = "--cameras: expected 1 to 1000, got " + std::to_string(cameras);
    return result;
  }
  auto site = std::unique_ptr<DemoSite>(new DemoSite());
  site->plan_ = demo::plan_cameras(cameras);
  try {
    site->cameras_ = std::make_unique<camsim::Simulator>(options_for(cameras, "camsim-camera"));
    site->cameras_->start();
    site->recorder_ = std::make_unique<camsim::Simulator>(options_for(1, "camsim-nvr"));
    site->recorder_->start();
  } catch (const std::exception& e) {
    result.error = std::string("simulated cameras: ") + e.what();
    return result;
  }
  if (auto error = site->uplink_.start(); !error.empty()) {
    result.error = error;
    return result;
  }
  result.site = std::move(site);
  return result;
}

DemoSite::~DemoSite() { stop(); }

std::string DemoSite::camera_address(int index) const { return cameras_->camera(index).device_url; }

std::string DemoSite::recorder_address() const { return recorder_->camera(0).device_url; }

std::string DemoSite::uplink_check_target() const { return "127.0.0.1:" + std::to_string(uplink_.port()); }

void DemoSite::stop() {
  uplink_.stop();
  if (cameras_) cameras_->stop();
  if (recorder_) recorder_->stop();
}

}  // namespace camtrack::app
