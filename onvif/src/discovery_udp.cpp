// WS-Discovery over UDP: one Probe out, ProbeMatches collected until the wait is over.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/rand.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "onvif/discovery.hpp"

namespace camtrack::onvif {
namespace {

std::string uuid_urn() {
  unsigned char b[16];
  RAND_bytes(b, sizeof b);
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
  char out[160];
  std::snprintf(out, sizeof out, "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return out;
}

struct Socket {
  int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  ~Socket() {
    if (fd >= 0) ::close(fd);
  }
};

void merge(std::vector<DiscoveredDevice>& all, std::set<std::string>& seen, std::vector<DiscoveredDevice> found,
           std::size_t max) {
  for (auto& d : found) {
    const std::string key = d.endpoint_reference.empty() ? d.address() : d.endpoint_reference;
    if (all.size() < max && seen.insert(key).second) all.push_back(std::move(d));
  }
}

}  // namespace

Result<std::vector<DiscoveredDevice>> discover(const DiscoveryOptions& options) {
  using Out = std::vector<DiscoveredDevice>;
  Socket sock;
  if (sock.fd < 0) return Result<Out>::failure({code::unreachable, std::string("socket: ") + std::strerror(errno)});
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(options.port);
  if (::inet_pton(AF_INET, options.target.c_str(), &to.sin_addr) != 1)
    return Result<Out>::failure({code::bad_url, "not an IPv4 address: " + options.target});
  const unsigned char ttl = 1;  // the local network only
  ::setsockopt(sock.fd, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
  const std::string probe = make_probe_message(uuid_urn());
  if (::sendto(sock.fd, probe.data(), probe.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to) < 0)
    return Result<Out>::failure({code::unreachable, std::string("sendto: ") + std::strerror(errno)});
  Out all;
  std::set<std::string> seen;
  std::string buf(65536, '\0');
  const auto deadline = std::chrono::steady_clock::now() + options.wait;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{sock.fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    const ssize_t n = ::recv(sock.fd, buf.data(), buf.size(), 0);
    if (n <= 0) continue;
    auto parsed = parse_probe_matches(buf.substr(0, static_cast<std::size_t>(n)));
    if (parsed.ok) merge(all, seen, std::move(parsed.value), options.max_devices);
  }
  return Result<Out>::success(all);
}

}  // namespace camtrack::onvif
