// The uplink's checks against real peers on 127.0.0.1 and fixture files: an https:// target needs a
// completed TLS handshake (a listener that never speaks TLS is a link fault, tls_failed), the gateway
// target reads the default route and neighbour table, the vpn target an interface's operstate plus a
// TCP connect to its peer. Each confirmed fault is exactly one `link` observation, restored when cleared.
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "poller_fixture.hpp"
#include "temp_dir.hpp"
#include "tls_peer.hpp"

namespace camtrack::monitor::testing {
namespace {

using camtrack::testing::TempDir;
using camtrack::testing::write_file;
using incidents::IncidentKind;

SiteInventory site_with_uplink(std::vector<std::string> targets) {
  incidents::Uplink wan;
  wan.code = "WAN-1";
  wan.name = "Cáp quang";
  wan.check_targets = std::move(targets);
  SiteInventory site;
  site.uplinks = {wan};
  return site;
}

bool uplink_up(const Poller& p) {
  const auto h = p.health();
  return !h.uplinks.empty() && h.uplinks[0].checked && h.uplinks[0].up;
}

TEST(PollerUplink, HttpsTargetWithARealTlsServerIsUpAndSendsTheHostName) {
  TlsServer customs;  // self-signed: not trusted, which is a warning, not a fault
  Recorder seen;
  Poller poller(fast_config(), site_with_uplink({"https://localhost:" + std::to_string(customs.port()) + "/customs"}),
                [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return customs.handshakes() >= 4 && uplink_up(poller); }));
  EXPECT_EQ(customs.last_server_name(), "localhost");
  EXPECT_TRUE(seen.all().empty());
  EXPECT_EQ(poller.stats().uplinks_down, 0u);
}

TEST(PollerUplink, TcpListenerThatNeverCompletesTheHandshakeIsOneLinkFault) {
  SilentListener silent;
  Recorder seen;
  Poller poller(fast_config(), site_with_uplink({"https://127.0.0.1:" + std::to_string(silent.port()) + "/"}),
                [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto& l) { return !l.empty(); }));
  std::this_thread::sleep_for(std::chrono::seconds(2));  // more failed rounds: still one observation
  const auto all = seen.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].action, ObservationAction::open);
  EXPECT_EQ(all[0].fault_key, "uplink:WAN-1");
  EXPECT_EQ(all[0].kind, IncidentKind::link);
  EXPECT_TRUE(has_detail(all[0], "tls_failed"));
  EXPECT_EQ(poller.health().uplinks[0].problem, FaultReason::tls_failed);
}

// 192.168.1.1 as /proc/net/route writes it, and the kernel's table headers.
const std::string route_header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
const std::string lan_route = "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
const std::string default_route = "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";

TEST(PollerUplink, GatewayTargetFollowsTheDefaultRoute) {
  TempDir dir;
  write_file(dir / "route", route_header + lan_route + default_route);
  write_file(dir / "arp", "IP address       HW type     Flags       HW address            Mask     Device\n"
                          "192.168.1.1      0x1         0x2         52:54:00:12:35:02     *        eth0\n");
  PollerConfig config = fast_config();
  config.host_network = {(dir / "route").string(), (dir / "arp").string(), (dir / "net").string()};
  Recorder seen;
  Poller poller(config, site_with_uplink({"gateway"}), [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return uplink_up(poller); }));
  write_file(dir / "route", route_header + lan_route);  // the default route is gone
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "uplink:WAN-1").empty(); }));
  const auto opened = seen.with(ObservationAction::open, "uplink:WAN-1");
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0].kind, IncidentKind::link);
  EXPECT_TRUE(has_detail(opened[0], "no_gateway"));
  write_file(dir / "route", route_header + lan_route + default_route);
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::restore, "uplink:WAN-1").empty(); }));
  EXPECT_EQ(seen.with(ObservationAction::open, "uplink:WAN-1").size(), 1u);
}

TEST(PollerUplink, VpnTargetNeedsTheInterfaceUpAndItsPeerAnswering) {
  TempDir dir;
  std::filesystem::create_directories(dir / "net" / "wg0");
  write_file(dir / "net" / "wg0" / "operstate", "unknown\n");
  TlsServer peer;  // any TCP listener will do: the peer check is a connect
  PollerConfig config = fast_config();
  config.host_network.sys_class_net = (dir / "net").string();
  Recorder seen;
  Poller poller(config,
                site_with_uplink({"vpn:wg0@127.0.0.1:" + std::to_string(peer.port()),
                                  "https://127.0.0.1:" + std::to_string(peer.port()) + "/"}),
                [&](const Observation& o) { seen.add(o); });
  poller.start();
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return uplink_up(poller); }));
  write_file(dir / "net" / "wg0" / "operstate", "down\n");  // the endpoint still answers: the VPN decides
  ASSERT_TRUE(seen.wait_for([&](const auto&) { return !seen.with(ObservationAction::open, "uplink:WAN-1").empty(); }));
  EXPECT_TRUE(has_detail(seen.with(ObservationAction::open, "uplink:WAN-1")[0], "vpn_down"));
}

}  // namespace
}  // namespace camtrack::monitor::testing
