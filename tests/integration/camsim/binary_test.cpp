// The camsim program: start-up listing, answering, clean stop on SIGTERM, usage errors.
#include <gtest/gtest.h>

#include <csignal>
#include <nlohmann/json.hpp>
#include <regex>

#include "camsim_client.hpp"
#include "process.hpp"

namespace camtrack::camsim::test {
namespace {

using camtrack::testing::BackgroundProcess;

TEST(CamsimBinary, ListsCamerasServesAndStopsOnSigterm) {
  BackgroundProcess proc(CAMSIM_BINARY, {"--cameras", "3", "--hanging-percent", "34", "--control-port", "0",
                                         "--password", "secret", "--list", "-"});
  ASSERT_TRUE(proc.wait_for_output("camsim: ready", std::chrono::seconds(20))) << proc.err();
  const std::string out = proc.out();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(\[\{.*\}\])"))) << out;
  const auto list = nlohmann::json::parse(m.str());
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[1]["faults"]["hang"], false);
  EXPECT_EQ(list[2]["faults"]["hang"], true) << "34% of 3 cameras: the third hangs";
  const auto r = post_soap(list[0]["device_url"].get<std::string>(), op("GetDeviceInformation", kTds));
  EXPECT_EQ(r.status, 200) << r.body;
  proc.signal(SIGTERM);
  EXPECT_EQ(proc.wait(std::chrono::seconds(10)), 0);
  EXPECT_NE(proc.out().find("camsim: stopped"), std::string::npos);
  EXPECT_NE(proc.out().find("rss_mb="), std::string::npos);
}

TEST(CamsimBinary, RefusesBindAddressOtherThanLoopback) {
  const auto r = camtrack::testing::run_process(CAMSIM_BINARY, {"--bind", "0.0.0.0"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("127.0.0.1"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace camtrack::camsim::test
