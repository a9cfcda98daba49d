// The simulated enterprise of `camtrack demo`, all on 127.0.0.1: a camsim fleet of cameras spread over
// every location class (demo_plan.hpp), a camsim device standing for the recorder (Profile G footage
// range), and the customs end of the uplink (uplink_target.hpp). Ports are picked by the OS each run;
// seed_inventory() writes them into the inventory, where the monitor reads them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "camsim/simulator.hpp"
#include "runtime/demo_plan.hpp"
#include "runtime/uplink_target.hpp"

namespace camtrack::app {

class DemoSite {
 public:
  struct StartResult {
    std::unique_ptr<DemoSite> site;  // null when it could not start
    std::string error;
  };
  static StartResult start(int cameras);
  ~DemoSite();  // stops everything
  DemoSite(const DemoSite&) = delete;
  DemoSite& operator=(const DemoSite&) = delete;

  const std::vector<demo::PlannedCamera>& plan() const { return plan_; }
  camsim::Simulator& cameras() { return *cameras_; }
  camsim::Simulator& recorder() { return *recorder_; }
  UplinkTarget& uplink() { return uplink_; }
  std::string camera_address(int index) const;   // ONVIF device service URL of plan camera `index`
  std::string recorder_address() const;
  std::string uplink_check_target() const;       // "127.0.0.1:<port>"
  void stop();

 private:
  DemoSite() = default;
  std::vector<demo::PlannedCamera> plan_;
  std::unique_ptr<camsim::Simulator> cameras_;
  std::unique_ptr<camsim::Simulator> recorder_;
  UplinkTarget uplink_;
};

}  // namespace camtrack::app
