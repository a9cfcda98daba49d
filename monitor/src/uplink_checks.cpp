#include "monitor/uplink_checks.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>

namespace camtrack::monitor {

namespace {

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

template <class F>
void each_line(std::string_view text, F f) {
  while (!text.empty()) {
    const auto end = text.find('\n');
    f(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

std::optional<std::uint32_t> hex(std::string_view s) {
  std::uint32_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// /proc/net/route writes addresses as the 32-bit word in host (little-endian) order: 0100A8C0 = 192.168.0.1.
std::string dotted(std::uint32_t v) {
  return std::to_string(v & 0xff) + "." + std::to_string((v >> 8) & 0xff) + "." + std::to_string((v >> 16) & 0xff) +
         "." + std::to_string(v >> 24);
}

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

std::optional<DefaultRoute> parse_default_route(std::string_view proc_net_route) {
  std::optional<DefaultRoute> best;
  std::uint32_t best_metric = std::numeric_limits<std::uint32_t>::max();
  each_line(proc_net_route, [&](std::string_view line) {
    const auto f = fields(line);  // Iface Destination Gateway Flags RefCnt Use Metric Mask ...
    if (f.size() < 8) return;
    const auto destination = hex(f[1]), gateway = hex(f[2]), flags = hex(f[3]), mask = hex(f[7]);
    std::uint32_t metric = 0;
    std::from_chars(f[6].data(), f[6].data() + f[6].size(), metric);
    if (!destination || !gateway || !flags || !mask || *destination != 0 || *mask != 0) return;
    if ((*flags & 0x1) == 0 || (best && metric >= best_metric)) return;  // RTF_UP
    best = DefaultRoute{std::string(f[0]), (*flags & 0x2) != 0 && *gateway != 0 ? std::optional(dotted(*gateway))
                                                                                : std::nullopt};
    best_metric = metric;
  });
  return best;
}

bool neighbour_complete(std::string_view proc_net_arp, std::string_view address) {
  bool complete = false;
  each_line(proc_net_arp, [&](std::string_view line) {
    const auto f = fields(line);  // IP address, HW type, Flags, HW address, Mask, Device
    if (f.size() < 4 || f[0] != address || f[2].substr(0, 2) != "0x") return;
    const auto flags = hex(f[2].substr(2));
    if (flags && (*flags & 0x2) != 0) complete = true;
  });
  return complete;
}

bool interface_up(std::string_view operstate) {
  while (!operstate.empty() && (operstate.back() == '\n' || operstate.back() == ' ')) operstate.remove_suffix(1);
  return operstate == "up" || operstate == "unknown";
}

CheckOutcome check_gateway(const HostNetworkFiles& files, const std::string& address) {
  const auto routes = read_text(files.route);
  const auto route = routes ? parse_default_route(*routes) : std::nullopt;
  if (!route) return CheckOutcome::bad(FaultReason::no_gateway);
  const std::string neighbour = address.empty() ? route->gateway.value_or("") : address;
  if (neighbour.empty()) return CheckOutcome::good();  // point-to-point default route: no neighbour to ask
  const auto arp = read_text(files.arp);
  return arp && neighbour_complete(*arp, neighbour) ? CheckOutcome::good()
                                                    : CheckOutcome::bad(FaultReason::gateway_unreachable);
}

CheckOutcome check_vpn_interface(const HostNetworkFiles& files, const std::string& interface_name) {
  const auto state = read_text(files.sys_class_net + "/" + interface_name + "/operstate");
  return state && interface_up(*state) ? CheckOutcome::good() : CheckOutcome::bad(FaultReason::vpn_down);
}

CheckOutcome judge_uplink(const std::vector<UplinkTargetResult>& results) {
  std::size_t endpoints = 0, unresolved = 0;
  bool endpoint_ok = false, tls_failed = false;
  for (const auto& r : results) {
    if (!r.endpoint && !r.outcome.ok) return r.outcome;
    if (!r.endpoint) continue;
    ++endpoints;
    endpoint_ok = endpoint_ok || r.outcome.ok;
    unresolved += r.outcome.reason == FaultReason::dns_failed ? 1 : 0;
    tls_failed = tls_failed || r.outcome.reason == FaultReason::tls_failed;
  }
  if (endpoints == 0 || endpoint_ok) return CheckOutcome::good();
  if (unresolved == endpoints) return CheckOutcome::bad(FaultReason::dns_failed);
  return CheckOutcome::bad(tls_failed ? FaultReason::tls_failed : FaultReason::unreachable);
}

}  // namespace camtrack::monitor
