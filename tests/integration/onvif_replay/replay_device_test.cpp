// The Device service against real cameras' answers, replayed on 127.0.0.1.
#include <gtest/gtest.h>

#include "onvif/text.hpp"
#include "replay_fixture.hpp"

namespace camtrack::testing {
namespace {

using onvif::MediaVersion;

struct Identity {
  const char* folder;
  const char* manufacturer;
  const char* model;
  const char* firmware;
  const char* serial;
  const char* hardware;
};

TEST(ReplayDevice, DeviceInformationMatchesEveryCapture) {
  const Identity devices[] = {
      {"generic-ipnc_IPG-8150PSS", "ONVIF_IPNC", "IPG-8150PSS", "1.3.0-20210203CN-PT", "I207215E7840DFDA9877E8B",
       "8FE1887A-72EE-403f-9385-5a58aed534cf"},
      {"hikvision-oem_ENP1A14-IR-25X", "ONVIF", "ENP1A14-IR/25X", "V5.5.3 build 180822",
       "ENP1A14-IR/25X20190430AAWRD14878498W", "88"},
      {"hikvision_DS-2CD2012-I", "HIKVISION", "DS-2CD2012-I", "V5.2.0 build 140721", "DS-2CD2012-I20150201CCWR501088621", "88"},
      {"hikvision_DS-2DF7276-AEL", "HIKVISION", "DS-2DF7276-AEL", "V5.1.6 build 140401",
       "DS-2DF7276-AEL20140613CCWR468714298B", "88"},
      {"sunba_Performance-Series", "SUNBA", "Performance-Series", "QIPC-B2202.3.73.C06290.NB.230628", "210231T2H63235000045",
       "Performance-Series"},
      {"trendnet_TV-IP320PI", "TRENDnet", "TV-IP320PI", "V5.3.4 build 160830", "TV-IP320PI20161206AAWR863642784", "88"},
      {"unknown-gsoap_IPD-H4K8M05-BS", "", "IPD-H4K8M05-BS", "V1.04.10-190309", "071D3E36963F", "1.0"},
      {"unknown_GX728MF-IR28", "NONE", "GX728MF-IR28", "IPC_G6106-B0005P11D1812C03", "210235T8HQ3197000191", "GX728MF-IR28"},
  };
  for (const auto& d : devices) {
    SCOPED_TRACE(d.folder);
    REPLAY_OR_SKIP(r, d.folder);
    const auto info = r.client->get_device_information();
    ASSERT_TRUE(info.ok) << info.error.code << ": " << info.error.message;
    EXPECT_EQ(info.value.manufacturer, d.manufacturer);
    EXPECT_EQ(info.value.model, d.model);
    EXPECT_EQ(info.value.firmware_version, d.firmware);
    EXPECT_EQ(info.value.serial_number, d.serial);
    EXPECT_EQ(info.value.hardware_id, d.hardware);
  }
}

TEST(ReplayDevice, SystemDateAndTimeGivesDeviceUtcAndOffset) {
  const std::pair<const char*, const char*> clocks[] = {
      {"trendnet_TV-IP320PI", "2018-02-27T18:36:51Z"},      {"axis_unknown-model", "2024-07-09T19:49:06Z"},
      {"generic-ipnc_IPG-8150PSS", "2024-02-20T13:13:01Z"}, {"unknown_GX728MF-IR28", "2023-03-08T00:27:09Z"},
      {"unknown-gsoap_IPD-H4K8M05-BS", "2025-04-06T17:38:53Z"}, {"sunba_Performance-Series", "2024-04-05T17:16:28Z"},
  };
  for (const auto& [folder, utc] : clocks) {
    SCOPED_TRACE(folder);
    REPLAY_OR_SKIP(r, folder);
    const auto clock = r.client->get_system_date_and_time();
    ASSERT_TRUE(clock.ok) << clock.error.code << ": " << clock.error.message;
    ASSERT_TRUE(clock.value.utc.has_value());
    EXPECT_EQ(onvif::format_rfc3339(*clock.value.utc), utc);
    const double expected = std::chrono::duration<double>(*clock.value.utc - std::chrono::system_clock::now()).count();
    EXPECT_NEAR(clock.value.offset_seconds, expected, 5.0);
    ASSERT_TRUE(r.client->clock_offset_seconds().has_value());
    EXPECT_NEAR(*r.client->clock_offset_seconds(), expected, 5.0);
  }
}

TEST(ReplayDevice, HtmlUnauthorizedPageIsItsOwnErrorCode) {
  REPLAY_OR_SKIP(r, "ezviz_DS-2DE2C400IG-W");
  r.server->answer("GetSystemDateAndTime",
                   {"Fault_Unauthorized_GetSystemDateAndTime_HTML401.html", 401, "text/html"});
  const auto clock = r.client->get_system_date_and_time();
  ASSERT_FALSE(clock.ok);
  EXPECT_EQ(clock.error.code, "http_401_html");
  EXPECT_EQ(clock.http_status, 401);
}

TEST(ReplayDevice, CapabilitiesGiveServiceAddressesOnTheDeviceHost) {
  REPLAY_OR_SKIP(r, "hikvision_DS-2CD2012-I");
  const auto caps = r.client->get_capabilities();
  ASSERT_TRUE(caps.ok) << caps.error.code << ": " << caps.error.message;
  const std::string base = "http://" + r.server->authority();
  EXPECT_EQ(caps.value.media, base + "/onvif/Media");
  EXPECT_EQ(caps.value.device, base + "/onvif/device_service");
  EXPECT_EQ(caps.value.events, base + "/onvif/Events");
  EXPECT_TRUE(caps.value.media2.empty());
}

TEST(ReplayDevice, GetServicesFaultFallsBackToCapabilities) {
  for (const char* folder : {"hikvision_DS-2DF7276-AEL", "trendnet_TV-IP320PI"}) {
    SCOPED_TRACE(folder);
    REPLAY_OR_SKIP(r, folder);
    r.server->answer("GetServices", {"Fault_GetServices.xml", 400});
    const auto services = r.client->get_services();
    ASSERT_TRUE(services.ok) << services.error.code << ": " << services.error.message;
    EXPECT_EQ(services.value.media, "http://" + r.server->authority() + "/onvif/Media");
    EXPECT_FALSE(services.value.events.empty());
  }
}

TEST(ReplayDevice, GetServicesListsMedia2WhereOffered) {
  for (const char* folder : {"sunba_Performance-Series", "generic-ipnc_IPG-8150PSS", "unknown_GX728MF-IR28"}) {
    SCOPED_TRACE(folder);
    REPLAY_OR_SKIP(r, folder);
    const auto services = r.client->get_services();
    ASSERT_TRUE(services.ok) << services.error.code << ": " << services.error.message;
    EXPECT_EQ(services.value.media2.rfind("http://" + r.server->authority() + "/", 0), 0u) << services.value.media2;
    EXPECT_FALSE(services.value.media.empty());
  }
}

TEST(ReplayDevice, ScopesAreListed) {
  REPLAY_OR_SKIP(r, "trendnet_TV-IP320PI");
  const auto scopes = r.client->get_scopes();
  ASSERT_TRUE(scopes.ok) << scopes.error.code;
  ASSERT_FALSE(scopes.value.empty());
  EXPECT_NE(std::find(scopes.value.begin(), scopes.value.end(), "onvif://www.onvif.org/type/video_encoder"),
            scopes.value.end());
}

}  // namespace
}  // namespace camtrack::testing
