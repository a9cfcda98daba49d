#include "incidents/uplink_check.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

namespace camtrack::incidents {

namespace {

using Parsed = std::variant<UplinkCheck, std::string>;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool plain_host(std::string_view host) {
  return !host.empty() && host.size() <= 253 && std::none_of(host.begin(), host.end(), [](char c) {
    return c == '/' || c == '@' || c == '[' || c == ']' || c == '?' || c == '#' ||
           static_cast<unsigned char>(c) <= ' ';
  });
}

std::optional<std::uint16_t> port_number(std::string_view text) {
  unsigned port = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc{} || end != text.data() + text.size() || port == 0 || port > 65535) return std::nullopt;
  return static_cast<std::uint16_t>(port);
}

// "host:port", "[v6]:port", or (when default_port) "host" / "[v6]"; fills host and port.
std::optional<std::string> split_host_port(std::string_view text, std::uint16_t default_port, UplinkCheck& out) {
  std::string_view host = text, port_text;
  bool has_port = false;
  if (starts_with(text, "[")) {
    const auto close = text.find(']');
    if (close == std::string_view::npos) return "unclosed '[' in the address";
    host = text.substr(1, close - 1);
    const auto rest = text.substr(close + 1);
    if (!rest.empty() && !starts_with(rest, ":")) return "unexpected text after ']'";
    has_port = !rest.empty();
    port_text = has_port ? rest.substr(1) : std::string_view{};
    if (host.empty() || host.find_first_not_of("0123456789abcdefABCDEF:.") != std::string_view::npos) {
      return "'[" + std::string(host) + "]' is not an IPv6 address";
    }
  } else if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
    host = text.substr(0, colon);
    port_text = text.substr(colon + 1);
    has_port = true;
    if (!plain_host(host)) return "'" + std::string(host) + "' is not a host name or address";
  } else if (!plain_host(host)) {
    return "'" + std::string(host) + "' is not a host name or address";
  }
  if (!has_port && default_port == 0) return "a port is required (host:port)";
  if (has_port) {
    const auto port = port_number(port_text);
    if (!port) return "port '" + std::string(port_text) + "' must be a number 1-65535";
    out.port = *port;
  } else {
    out.port = default_port;
  }
  out.host = std::string(host);
  return std::nullopt;
}

Parsed url(std::string_view text, UplinkCheckKind kind, std::size_t scheme_length, std::uint16_t default_port) {
  UplinkCheck c;
  c.kind = kind;
  std::string_view rest = text.substr(scheme_length);
  const auto slash = rest.find('/');
  c.path = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (auto problem = split_host_port(rest.substr(0, slash), default_port, c)) return *problem;
  return c;
}

bool ipv4(std::string_view text) {
  int parts = 0;
  while (!text.empty()) {
    const auto dot = text.find('.');
    const auto part = text.substr(0, dot);
    unsigned v = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (part.empty() || ec != std::errc{} || end != part.data() + part.size() || v > 255) return false;
    ++parts;
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
    if (text.empty()) return false;
  }
  return parts == 4;
}

Parsed gateway(std::string_view text) {
  UplinkCheck c;
  c.kind = UplinkCheckKind::gateway;
  if (text == "gateway") return c;
  const auto address = text.substr(8);  // after "gateway:"
  if (!ipv4(address)) return "gateway address '" + std::string(address) + "' must be an IPv4 address (A.B.C.D)";
  c.host = std::string(address);
  return c;
}

bool interface_name(std::string_view name) {
  return !name.empty() && name.size() <= 15 && name != "." && name != ".." &&
         std::all_of(name.begin(), name.end(), [](char ch) {
           return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
                  ch == '-' || ch == '.';
         });
}

Parsed vpn(std::string_view text) {
  UplinkCheck c;
  c.kind = UplinkCheckKind::vpn;
  std::string_view rest = text.substr(4);  // after "vpn:"
  const auto at = rest.find('@');
  const auto name = rest.substr(0, at);
  if (!interface_name(name)) {
    return "VPN interface '" + std::string(name) + "' must be 1-15 characters of A-Z a-z 0-9 _ - . (vpn:wg0)";
  }
  c.interface_name = std::string(name);
  if (at != std::string_view::npos) {
    if (auto problem = split_host_port(rest.substr(at + 1), 0, c)) return "VPN peer: " + *problem;
  }
  return c;
}

}  // namespace

std::variant<UplinkCheck, std::string> parse_uplink_check(std::string_view text) {
  if (text.empty()) return std::string("an empty target");
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) <= ' '; })) {
    return std::string("a target has no spaces");
  }
  if (starts_with(text, "https://")) return url(text, UplinkCheckKind::https, 8, 443);
  if (starts_with(text, "http://")) return url(text, UplinkCheckKind::http, 7, 80);
  if (text.find("://") != std::string_view::npos) return std::string("only http:// and https:// URLs are checked");
  if (text == "gateway" || starts_with(text, "gateway:")) return gateway(text);
  if (starts_with(text, "vpn:")) return vpn(text);
  UplinkCheck c;
  c.kind = UplinkCheckKind::tcp;
  if (auto problem = split_host_port(text, 0, c)) return *problem;
  return c;
}

}  // namespace camtrack::incidents
