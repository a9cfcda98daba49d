// Shared set-up for the replay tests: a FixtureReplay server for one device folder and a DeviceClient
// pointed at it; skips the test when the fixtures are not beside the checkout.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "fixture_replay.hpp"
#include "onvif/device_client.hpp"

namespace camtrack::testing {

inline onvif::ClientOptions quick_options() {
  onvif::ClientOptions o;
  o.connect_timeout = std::chrono::milliseconds(2000);
  o.receive_timeout = std::chrono::milliseconds(3000);
  o.total_timeout = std::chrono::milliseconds(5000);
  return o;
}

struct Replayed {
  std::unique_ptr<FixtureReplay> server;
  std::unique_ptr<onvif::DeviceClient> client;
  std::string rtsp_authority() const { return "127.0.0.1:" + std::to_string(server->rtsp_port()); }
};

// nullptr server when the folder is absent (the caller skips).
inline Replayed replay(const std::string& device) {
  Replayed r;
  const auto folder = onvif_fixtures_dir() / device;
  if (!std::filesystem::is_directory(folder)) return r;
  r.server = std::make_unique<FixtureReplay>(folder);
  r.client = std::make_unique<onvif::DeviceClient>(r.server->device_url(), onvif::Credentials{"admin", "secret"},
                                                   quick_options());
  return r;
}

}  // namespace camtrack::testing

#define REPLAY_OR_SKIP(var, device)                                                                \
  auto var = ::camtrack::testing::replay(device);                                                  \
  if (!var.server) GTEST_SKIP() << "fixtures absent: " << ::camtrack::testing::onvif_fixtures_dir() \
                                << "/" << device << " (the shared fixtures are read in place)"
