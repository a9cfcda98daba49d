// The demo's script: after a delay, faults are injected into the simulated site one step at a time (a
// gate camera dies, the uplink drops and returns, the recorder's footage falls short of 12 months, the
// gate camera is repaired), and one console line per step tells the newcomer what to look at and, at the
// end, what to do. The steps are plain data (scenario_steps); DemoScenario plays them on its own thread
// and stop() interrupts the wait at once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "runtime/demo_site.hpp"

namespace camtrack::app {

enum class ScenarioAction { gate_camera_down, uplink_down, uplink_up, retention_short, gate_camera_up, done };

struct ScenarioStep {
  std::chrono::seconds after{};  // since the scenario started (after its delay)
  ScenarioAction action = ScenarioAction::done;
  std::string line;              // "Kịch bản: ... / Scenario: ..."
};

// The steps for a plan; the gate camera named is the plan's first gate camera.
std::vector<ScenarioStep> scenario_steps(const std::vector<demo::PlannedCamera>& plan);

class DemoScenario {
 public:
  using Print = std::function<void(const std::string& line)>;
  // `site` must outlive the scenario. Starts the thread at once; the first step comes after `delay`.
  DemoScenario(DemoSite& site, std::chrono::seconds delay, Print print);
  ~DemoScenario();  // stops
  DemoScenario(const DemoScenario&) = delete;
  DemoScenario& operator=(const DemoScenario&) = delete;
  void stop();

 private:
  void run(std::chrono::seconds delay);
  std::string apply(ScenarioAction action);  // empty, or the problem for the console

  DemoSite& site_;
  Print print_;
  std::vector<ScenarioStep> steps_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace camtrack::app
