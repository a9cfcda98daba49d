// The monitor module's named spdlog logger ("monitor"), shared by the poller's files.
#pragma once

#include <spdlog/spdlog.h>

#include <memory>

namespace camtrack::monitor {

inline std::shared_ptr<spdlog::logger> log() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    if (auto l = spdlog::get("monitor")) return l;
    return spdlog::default_logger()->clone("monitor");
  }();
  return logger;
}

}  // namespace camtrack::monitor
