// The syntax of an uplink's check targets (Uplink::check_targets), parsed into plain values. Pure: std
// only. The inventory rules validate with it; monitor/ probes what it describes.
//
//   host:port                     TCP connect (the name is resolved first: DNS)
//   http://host[:port][/path]     TCP connect to port 80 unless given
//   https://host[:port][/path]    TCP connect + TLS handshake (SNI = host), port 443 unless given
//   gateway                       the host has a default route and its gateway's neighbour (ARP) entry is
//                                 complete (/proc/net/route, /proc/net/arp; IPv4)
//   gateway:A.B.C.D               a default route exists and A.B.C.D's neighbour entry is complete
//   vpn:IFACE                     the interface (e.g. wg0) is up (/sys/class/net/IFACE/operstate)
//   vpn:IFACE@host:port           the interface is up and a TCP connect to host:port (behind it) succeeds
//
// Endpoints (the first three forms): the uplink needs at least one to answer. gateway and vpn are
// conditions: each must hold.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace camtrack::incidents {

enum class UplinkCheckKind { tcp, http, https, gateway, vpn };

struct UplinkCheck {
  UplinkCheckKind kind = UplinkCheckKind::tcp;
  std::string host;            // tcp, http, https, vpn peer (may be empty: no peer); gateway: the address
  std::uint16_t port = 0;      // 0 with vpn: no peer
  std::string path;            // http, https
  std::string interface_name;  // vpn
  bool endpoint() const { return kind == UplinkCheckKind::tcp || kind == UplinkCheckKind::http ||
                                 kind == UplinkCheckKind::https; }
};

// The target, or why it is not one (a short English phrase, e.g. "port must be 1-65535").
std::variant<UplinkCheck, std::string> parse_uplink_check(std::string_view text);

}  // namespace camtrack::incidents
