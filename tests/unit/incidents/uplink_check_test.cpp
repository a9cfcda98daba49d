// The uplink target syntax (incidents/uplink_check.hpp) and its validation in the inventory rules.
#include <gtest/gtest.h>

#include "incidents/inventory_rules.hpp"
#include "incidents/uplink_check.hpp"

namespace camtrack::incidents {
namespace {

UplinkCheck parsed(std::string_view text) {
  auto r = parse_uplink_check(text);
  EXPECT_TRUE(std::holds_alternative<UplinkCheck>(r)) << text << ": " << std::get<std::string>(r);
  return std::holds_alternative<UplinkCheck>(r) ? std::get<UplinkCheck>(r) : UplinkCheck{};
}

std::string problem(std::string_view text) {
  auto r = parse_uplink_check(text);
  EXPECT_TRUE(std::holds_alternative<std::string>(r)) << text << " was accepted";
  return std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : std::string{};
}

TEST(UplinkCheck, HostPortIsATcpEndpoint) {
  const auto c = parsed("customs.example.vn:8443");
  EXPECT_EQ(c.kind, UplinkCheckKind::tcp);
  EXPECT_EQ(c.host, "customs.example.vn");
  EXPECT_EQ(c.port, 8443);
  EXPECT_TRUE(c.endpoint());
}

TEST(UplinkCheck, HttpsUrlDefaultsToPort443AndKeepsThePath) {
  const auto c = parsed("https://hq.customs.gov.vn/health");
  EXPECT_EQ(c.kind, UplinkCheckKind::https);
  EXPECT_EQ(c.host, "hq.customs.gov.vn");
  EXPECT_EQ(c.port, 443);
  EXPECT_EQ(c.path, "/health");
  const auto d = parsed("https://10.1.2.3:9443");
  EXPECT_EQ(d.port, 9443);
  EXPECT_EQ(d.path, "/");
  EXPECT_EQ(parsed("http://10.1.2.3").port, 80);
  EXPECT_EQ(parsed("https://[::1]:8443/x").host, "::1");
}

TEST(UplinkCheck, GatewayWithAndWithoutAnAddress) {
  const auto c = parsed("gateway");
  EXPECT_EQ(c.kind, UplinkCheckKind::gateway);
  EXPECT_TRUE(c.host.empty());
  EXPECT_FALSE(c.endpoint());
  EXPECT_EQ(parsed("gateway:192.168.1.1").host, "192.168.1.1");
  EXPECT_NE(problem("gateway:router.local").find("IPv4"), std::string::npos);
  EXPECT_NE(problem("gateway:10.0.0.256").find("IPv4"), std::string::npos);
}

TEST(UplinkCheck, VpnInterfaceWithOptionalPeer) {
  const auto c = parsed("vpn:wg0");
  EXPECT_EQ(c.kind, UplinkCheckKind::vpn);
  EXPECT_EQ(c.interface_name, "wg0");
  EXPECT_EQ(c.port, 0);
  const auto p = parsed("vpn:wg0@10.8.0.1:443");
  EXPECT_EQ(p.interface_name, "wg0");
  EXPECT_EQ(p.host, "10.8.0.1");
  EXPECT_EQ(p.port, 443);
  EXPECT_FALSE(p.endpoint());
}

TEST(UplinkCheck, RejectsWhatCannotBeChecked) {
  EXPECT_NE(problem("10.1.1.1").find("port is required"), std::string::npos);
  EXPECT_NE(problem("10.1.1.1:0").find("1-65535"), std::string::npos);
  EXPECT_NE(problem("10.1.1.1:70000").find("1-65535"), std::string::npos);
  EXPECT_NE(problem("host:44x").find("1-65535"), std::string::npos);
  EXPECT_NE(problem("ftp://x:21").find("https://"), std::string::npos);
  EXPECT_NE(problem("https://:443/").find("host"), std::string::npos);
  EXPECT_NE(problem("vpn:../../etc").find("VPN interface"), std::string::npos);
  EXPECT_NE(problem("vpn:wg0@10.8.0.1").find("VPN peer"), std::string::npos);
  EXPECT_NE(problem("a b:80").find("spaces"), std::string::npos);
  EXPECT_FALSE(problem("").empty());
}

TEST(UplinkRules, NameTheFieldAndTheTargetOfABadTarget) {
  Uplink u;
  u.code = "WAN-1";
  u.name = "Cáp quang";
  u.check_targets = {"gateway", "10.0.0.9", "https://customs.example:443/"};
  const auto errors = validate_uplink(u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "check_targets");
  EXPECT_NE(errors[0].problem.find("'10.0.0.9'"), std::string::npos);
  EXPECT_NE(errors[0].problem.find("port is required"), std::string::npos);
}

}  // namespace
}  // namespace camtrack::incidents
