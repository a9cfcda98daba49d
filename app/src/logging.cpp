#include "logging.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace camtrack::app {

void setup_logging(const LogConfig& config) {
  std::vector<spdlog::sink_ptr> sinks;
  sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  if (!config.file.empty()) {
    const auto max_bytes = static_cast<std::size_t>(config.file_max_mb) * 1024 * 1024;
    sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
        config.file, max_bytes, static_cast<std::size_t>(config.file_count)));
  }
  const auto level = spdlog::level::from_str(config.level);
  spdlog::drop_all();
  for (const char* name : module_logger_names) {
    auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
    logger->set_level(level);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%-5l%$ [%n] %v");
    spdlog::register_logger(logger);
  }
  spdlog::set_default_logger(spdlog::get("app"));
}

}  // namespace camtrack::app
