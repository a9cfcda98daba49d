// The local parts of the uplink checks and the verdict over all targets of an uplink (target syntax:
// incidents/uplink_check.hpp). Parsing is pure (text in, values out); the check_* functions read the
// host's files, whose paths are injectable (HostNetworkFiles) so tests use fixture files. IPv4 only:
// /proc/net/route and /proc/net/arp are the kernel's IPv4 tables. No root needed, no packets sent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

// /proc/net is a link to /proc/self/net; the latter stays visible under systemd's ProcSubset=pid.
struct HostNetworkFiles {
  std::string route = "/proc/self/net/route";
  std::string arp = "/proc/self/net/arp";
  std::string sys_class_net = "/sys/class/net";  // <dir>/<interface>/operstate
};

struct DefaultRoute {
  std::string interface_name;
  std::optional<std::string> gateway;  // "A.B.C.D"; none for a point-to-point default route
};

// The default route (destination and mask 0, flag RTF_UP) with the lowest metric, if any.
std::optional<DefaultRoute> parse_default_route(std::string_view proc_net_route);
// True when /proc/net/arp lists address with the complete flag (ATF_COM, 0x2).
bool neighbour_complete(std::string_view proc_net_arp, std::string_view address);
// operstate "up", or "unknown" (WireGuard and tun devices that are up say so).
bool interface_up(std::string_view operstate);

// gateway target: a default route, and the neighbour entry of its gateway (or of `address` when given)
// complete. Fails with no_gateway or gateway_unreachable.
CheckOutcome check_gateway(const HostNetworkFiles& files, const std::string& address);
// vpn target, interface part: fails with vpn_down when the interface is missing or not up.
CheckOutcome check_vpn_interface(const HostNetworkFiles& files, const std::string& interface_name);

struct UplinkTargetResult {
  bool endpoint = true;  // host:port and URLs; false: gateway and vpn conditions
  CheckOutcome outcome;
};

// Up when every condition holds and, if there are endpoints, at least one answered. Down: the first
// failed condition's reason; else dns_failed when no endpoint name resolved, tls_failed when one
// connected but its handshake failed, else unreachable.
CheckOutcome judge_uplink(const std::vector<UplinkTargetResult>& results);

}  // namespace camtrack::monitor
