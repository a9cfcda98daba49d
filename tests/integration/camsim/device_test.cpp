// Device service over real HTTP: every operation answered with the simulator's own addresses.
#include <gtest/gtest.h>

#include <chrono>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

class CamsimDevice : public ::testing::Test {
 protected:
  Simulator sim{test_options()};
  bool started_ = (sim.start(), true);  // before the members below read ports
  const CameraInfo cam = sim.camera(0);
};

TEST_F(CamsimDevice, AnswersGetSystemDateAndTimeWithoutCredentials) {
  const auto r = post_soap(cam.device_url, op("GetSystemDateAndTime", kTds), {.send = false});
  ASSERT_EQ(r.curl_code, 0);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.content_type.find("application/soap+xml"), std::string::npos);
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day today{now};
  EXPECT_EQ(xml_text(r.body, "Year"), std::to_string(static_cast<int>(today.year())));
  EXPECT_EQ(xml_text(r.body, "TZ"), "ICT-7");
  EXPECT_EQ(xml_count(r.body, "UTCDateTime"), 1U);
}

TEST_F(CamsimDevice, AnswersGetDeviceInformationWithValidDigest) {
  const auto r = post_soap(cam.device_url, op("GetDeviceInformation", kTds));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_text(r.body, "Manufacturer"), "camtrack");
  EXPECT_EQ(xml_text(r.body, "Model"), "camsim");
  EXPECT_EQ(xml_text(r.body, "FirmwareVersion"), "1.0.0");
  EXPECT_EQ(xml_text(r.body, "SerialNumber"), "CAMSIM-100000");
  EXPECT_FALSE(xml_text(r.body, "HardwareId").empty());
  EXPECT_EQ(r.body.find("PasswordDigest"), std::string::npos) << "request header echoed back";
}

TEST_F(CamsimDevice, PointsCapabilitiesAtItself) {
  const auto r = post_soap(cam.device_url, op("GetCapabilities", kTds, "<Category>All</Category>"));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto xaddrs = xml_texts(r.body, "XAddr");
  ASSERT_EQ(xaddrs.size(), 5U) << r.body;
  const std::string base = "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/";
  for (const auto& x : xaddrs) EXPECT_EQ(x.rfind(base, 0), 0U) << x;
  EXPECT_NE(r.body.find(base + "event_service"), std::string::npos);
  EXPECT_NE(r.body.find(base + "search_service"), std::string::npos);
}

TEST_F(CamsimDevice, ListsEveryServiceWithXAddrOnLoopback) {
  const auto r = post_soap(cam.device_url, op("GetServices", kTds, "<IncludeCapability>false</IncludeCapability>"));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto namespaces = xml_texts(r.body, "Namespace");
  const auto xaddrs = xml_texts(r.body, "XAddr");
  ASSERT_EQ(namespaces.size(), 6U);
  ASSERT_EQ(xaddrs.size(), 6U);
  for (const char* ns : {kTds, kTrt, kTr2, kTev, kTrc, kTse}) {
    EXPECT_NE(std::find(namespaces.begin(), namespaces.end(), ns), namespaces.end()) << ns;
  }
  EXPECT_EQ(xaddrs[2], "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/media2_service");
}

TEST_F(CamsimDevice, ListsScopesWithItsName) {
  const auto r = post_soap(cam.device_url, op("GetScopes", kTds));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto items = xml_texts(r.body, "ScopeItem");
  EXPECT_EQ(items.size(), 6U);
  EXPECT_NE(std::find(items.begin(), items.end(), "onvif://www.onvif.org/name/camsim-0000"), items.end());
}

TEST_F(CamsimDevice, AnswersSoap11RequestsInSoap11) {
  const std::string body =
      "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" +
      op("GetSystemDateAndTime", kTds) + "</s:Body></s:Envelope>";
  const auto r = http_post(cam.device_url, body);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("http://schemas.xmlsoap.org/soap/envelope/"), std::string::npos);
}

TEST_F(CamsimDevice, FaultsOnUnknownOperation) {
  const auto r = post_soap(cam.device_url, op("SystemReboot", kTds));
  EXPECT_GE(r.status, 400);
  EXPECT_EQ(xml_count(r.body, "Fault"), 1U) << r.body;
}

TEST_F(CamsimDevice, RejectsMalformedXmlWithFault) {
  const auto r = http_post(cam.device_url, "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Bo");
  EXPECT_GE(r.status, 400);
}

}  // namespace
}  // namespace camtrack::camsim::test
