// SOAP faults real cameras sent, replayed: each becomes a typed error, never a crash.
#include <gtest/gtest.h>

#include "replay_fixture.hpp"

namespace camtrack::testing {
namespace {

struct FaultCase {
  const char* folder;
  const char* file;
  int status;
  const char* code;
  const char* message_part;
};

TEST(ReplayFaults, EveryCapturedFaultBecomesAnErrorCode) {
  const FaultCase cases[] = {
      {"trendnet_TV-IP320PI", "Fault_GetDeviceInformation.xml", 400, "ter:NotAuthorized", "not authorized"},
      {"sunba_Performance-Series", "Fault_ActionNotSupported.xml", 500, "ter:ActionNotSupported", "Optional Action"},
      {"generic-ipnc_IPG-8150PSS", "Fault_ActionNotSupported.xml", 500, "ter:ActionNotSupported", "Not Implemented"},
      {"ezviz_DS-2DE2C400IG-W", "Fault_ActionNotSupported.xml", 500, "ter:ActionNotSupported", "Not Implemented"},
      {"unknown-exonvif-fault", "Fault_NoProfile.xml", 400, "ter:InvalidArgVal", "Argument Value Invalid"},
      {"hikvision-oem_ENP1A14-IR-25X", "Fault_OperationProhibited_Password.xml", 400, "ter:OperationProhibited",
       "Too weak password"},
      {"unknown-gsoap_IPD-H4K8M05-BS", "Fault_MethodNotImplemented_GetStorageConfigurations.xml", 400,
       "soap:MethodNotRecognized", "method name or namespace not recognized"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.folder) + "/" + c.file);
    REPLAY_OR_SKIP(r, c.folder);
    r.server->answer("GetDeviceInformation", {c.file, c.status});
    const auto info = r.client->get_device_information();
    ASSERT_FALSE(info.ok);
    EXPECT_EQ(info.error.code, c.code);
    EXPECT_NE(info.error.message.find(c.message_part), std::string::npos) << info.error.message;
    EXPECT_EQ(info.http_status, c.status);
  }
}

TEST(ReplayFaults, NotSupportedFaultsAreRecognisedAsSuch) {
  REPLAY_OR_SKIP(r, "unknown-gsoap_IPD-H4K8M05-BS");
  r.server->answer("GetScopes", {"Fault_MethodNotImplemented_GetStorageConfigurations.xml", 400});
  const auto scopes = r.client->get_scopes();
  ASSERT_FALSE(scopes.ok);
  EXPECT_TRUE(onvif::is_not_supported(scopes.error)) << scopes.error.code;
}

}  // namespace
}  // namespace camtrack::testing
