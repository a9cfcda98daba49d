// WS-UsernameToken checking: digest, freshness against the device clock, wrong_password and clock skew.
#include <gtest/gtest.h>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

using std::chrono::seconds;

class CamsimAuth : public ::testing::Test {
 protected:
  std::string fault_subcode(const HttpResult& r) const {
    const auto values = xml_texts(r.body, "Value");
    return values.empty() ? std::string() : values.back();
  }
  Simulator sim{test_options()};
  bool started_ = (sim.start(), true);  // before the members below read ports
  const CameraInfo cam = sim.camera(0);
};

TEST_F(CamsimAuth, RejectsRequestWithoutSecurityHeader) {
  const auto r = post_soap(cam.device_url, op("GetDeviceInformation", kTds), {.send = false});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(xml_texts(r.body, "Value").front(), "SOAP-ENV:Sender");
  EXPECT_EQ(fault_subcode(r), "ter:NotAuthorized");
}

TEST_F(CamsimAuth, RejectsWrongPasswordAndUnknownUser) {
  EXPECT_EQ(fault_subcode(post_soap(cam.device_url, op("GetScopes", kTds), {.password = "guess"})), "ter:NotAuthorized");
  EXPECT_EQ(fault_subcode(post_soap(cam.device_url, op("GetScopes", kTds), {.user = "root"})), "ter:NotAuthorized");
}

TEST_F(CamsimAuth, RejectsStaleAndFutureTimestamps) {
  const auto stale = post_soap(cam.device_url, op("GetScopes", kTds), {.created_offset = seconds(-600)});
  EXPECT_EQ(fault_subcode(stale), "ter:NotAuthorized");
  const auto future = post_soap(cam.device_url, op("GetScopes", kTds), {.created_offset = seconds(600)});
  EXPECT_EQ(fault_subcode(future), "ter:NotAuthorized");
  const auto slight = post_soap(cam.device_url, op("GetScopes", kTds), {.created_offset = seconds(-60)});
  EXPECT_EQ(slight.status, 200) << slight.body;
}

TEST_F(CamsimAuth, RejectsEveryCredentialWithWrongPasswordFault) {
  sim.patch_faults(0, {.wrong_password = true});
  const auto r = post_soap(cam.device_url, op("GetDeviceInformation", kTds));
  EXPECT_EQ(fault_subcode(r), "ter:NotAuthorized");
  EXPECT_EQ(post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false}).status, 200)
      << "GetSystemDateAndTime stays open";
  sim.patch_faults(0, {.wrong_password = false});
  EXPECT_EQ(post_soap(cam.device_url, op("GetDeviceInformation", kTds)).status, 200);
}

TEST_F(CamsimAuth, ReportsSkewedClockAndWantsCorrectedTimestamps) {
  sim.patch_faults(0, {.clock_skew_seconds = 3 * 3600});
  const auto time = post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false});
  ASSERT_EQ(time.status, 200);
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(3);
  const std::chrono::hh_mm_ss<seconds> hms{std::chrono::floor<seconds>(now) - std::chrono::floor<std::chrono::days>(now)};
  const int reported_hour = std::stoi(xml_texts(time.body, "Hour").front());
  EXPECT_TRUE(reported_hour == hms.hours().count() || (reported_hour + 1) % 24 == hms.hours().count())
      << "device hour " << reported_hour << ", expected " << hms.hours().count();
  // A client that ignores the device clock is rejected; one that corrects by the offset gets in.
  EXPECT_EQ(fault_subcode(post_soap(cam.device_url, op("GetScopes", kTds))), "ter:NotAuthorized");
  EXPECT_EQ(post_soap(cam.device_url, op("GetScopes", kTds), {.created_offset = seconds(3 * 3600)}).status, 200);
}

}  // namespace
}  // namespace camtrack::camsim::test
