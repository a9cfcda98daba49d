// The uplink's local checks (default route, neighbour table, VPN interface) over fixture files written
// by the test, and the verdict over all targets of an uplink.
#include <gtest/gtest.h>

#include <filesystem>

#include "monitor/uplink_checks.hpp"
#include "temp_dir.hpp"

namespace camtrack::monitor {
namespace {

using camtrack::testing::TempDir;
using camtrack::testing::write_file;

// As the kernel writes them (tabs in route, spaces in arp); 0101A8C0 is 192.168.1.1.
const char* route_header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
const char* lan_route = "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
const char* default_route = "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";
const char* arp_header = "IP address       HW type     Flags       HW address            Mask     Device\n";

HostNetworkFiles files_in(const TempDir& dir) {
  return {(dir / "route").string(), (dir / "arp").string(), (dir / "net").string()};
}

TEST(DefaultRoute, GatewayIsReadInHostByteOrder) {
  const auto r = parse_default_route(std::string(route_header) + lan_route + default_route);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->interface_name, "eth0");
  EXPECT_EQ(r->gateway, "192.168.1.1");
}

TEST(DefaultRoute, NoneWhenOnlyTheLanRouteExists) {
  EXPECT_FALSE(parse_default_route(std::string(route_header) + lan_route).has_value());
  EXPECT_FALSE(parse_default_route("").has_value());
}

TEST(DefaultRoute, LowestMetricWinsAndPointToPointHasNoGateway) {
  const std::string backup = "wwan0\t00000000\t0A01A8C0\t0003\t0\t0\t700\t00000000\t0\t0\t0\n";
  EXPECT_EQ(parse_default_route(std::string(route_header) + backup + default_route)->gateway, "192.168.1.1");
  const std::string ppp = "wg0\t00000000\t00000000\t0001\t0\t0\t50\t00000000\t0\t0\t0\n";
  const auto r = parse_default_route(std::string(route_header) + default_route + ppp);
  EXPECT_EQ(r->interface_name, "wg0");
  EXPECT_FALSE(r->gateway.has_value());
}

TEST(Neighbours, CompleteOnlyWithTheCompleteFlag) {
  const std::string arp = std::string(arp_header) +
                          "192.168.1.1      0x1         0x2         52:54:00:12:35:02     *        eth0\n"
                          "192.168.1.7      0x1         0x0         00:00:00:00:00:00     *        eth0\n";
  EXPECT_TRUE(neighbour_complete(arp, "192.168.1.1"));
  EXPECT_FALSE(neighbour_complete(arp, "192.168.1.7"));   // incomplete (failed) entry
  EXPECT_FALSE(neighbour_complete(arp, "192.168.1.10"));  // absent
  EXPECT_FALSE(neighbour_complete(arp, "192.168.1"));     // no prefix matching
}

TEST(GatewayCheck, DownWithoutADefaultRouteOrWithoutItsNeighbour) {
  TempDir dir;
  const auto files = files_in(dir);
  write_file(dir / "arp", std::string(arp_header) + "192.168.1.1 0x1 0x2 52:54:00:12:35:02 * eth0\n");
  write_file(dir / "route", std::string(route_header) + lan_route);
  EXPECT_EQ(check_gateway(files, "").reason, FaultReason::no_gateway);
  write_file(dir / "route", std::string(route_header) + lan_route + default_route);
  EXPECT_TRUE(check_gateway(files, "").ok);
  EXPECT_EQ(check_gateway(files, "192.168.1.254").reason, FaultReason::gateway_unreachable);
  write_file(dir / "arp", std::string(arp_header) + "192.168.1.1 0x1 0x0 00:00:00:00:00:00 * eth0\n");
  EXPECT_EQ(check_gateway(files, "").reason, FaultReason::gateway_unreachable);
  EXPECT_EQ(check_gateway({(dir / "missing").string(), files.arp, files.sys_class_net}, "").reason,
            FaultReason::no_gateway);
}

TEST(VpnCheck, UpOrUnknownIsUpAndAMissingInterfaceIsDown) {
  TempDir dir;
  const auto files = files_in(dir);
  std::filesystem::create_directories(dir / "net" / "wg0");
  write_file(dir / "net" / "wg0" / "operstate", "unknown\n");  // what WireGuard reports
  EXPECT_TRUE(check_vpn_interface(files, "wg0").ok);
  write_file(dir / "net" / "wg0" / "operstate", "down\n");
  EXPECT_EQ(check_vpn_interface(files, "wg0").reason, FaultReason::vpn_down);
  EXPECT_EQ(check_vpn_interface(files, "tun9").reason, FaultReason::vpn_down);
  EXPECT_TRUE(interface_up("up\n"));
  EXPECT_FALSE(interface_up("lowerlayerdown\n"));
}

UplinkTargetResult endpoint(FaultReason r) { return {true, r == FaultReason::none ? CheckOutcome::good() : CheckOutcome::bad(r)}; }
UplinkTargetResult condition(FaultReason r) { return {false, r == FaultReason::none ? CheckOutcome::good() : CheckOutcome::bad(r)}; }

TEST(UplinkVerdict, OneAnsweringEndpointIsEnough) {
  EXPECT_TRUE(judge_uplink({endpoint(FaultReason::unreachable), endpoint(FaultReason::none)}).ok);
  EXPECT_TRUE(judge_uplink({condition(FaultReason::none)}).ok);  // gateway alone
}

TEST(UplinkVerdict, AFailedConditionFailsTheUplinkEvenWhenEndpointsAnswer) {
  const auto v = judge_uplink({endpoint(FaultReason::none), condition(FaultReason::none), condition(FaultReason::vpn_down)});
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.reason, FaultReason::vpn_down);
  EXPECT_EQ(judge_uplink({condition(FaultReason::no_gateway), endpoint(FaultReason::tls_failed)}).reason,
            FaultReason::no_gateway);
}

TEST(UplinkVerdict, ReasonOfFailedEndpoints) {
  EXPECT_EQ(judge_uplink({endpoint(FaultReason::dns_failed), endpoint(FaultReason::dns_failed)}).reason,
            FaultReason::dns_failed);
  EXPECT_EQ(judge_uplink({endpoint(FaultReason::dns_failed), endpoint(FaultReason::tls_failed)}).reason,
            FaultReason::tls_failed);
  EXPECT_EQ(judge_uplink({endpoint(FaultReason::dns_failed), endpoint(FaultReason::no_response)}).reason,
            FaultReason::unreachable);
}

}  // namespace
}  // namespace camtrack::monitor
