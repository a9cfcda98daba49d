// WS-Discovery (2005/04, as ONVIF uses it): a Probe for NetworkVideoTransmitter sent over UDP, multicast
// to 239.255.255.250:3702 on the local network or unicast to one address, and the ProbeMatches parsed
// with the gSOAP serializers. Lists what `camtrack discover` prints: address, scopes, model.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "onvif/result.hpp"

namespace camtrack::onvif {

struct DiscoveredDevice {
  std::string endpoint_reference;  // urn:uuid:... identifies the device across address changes
  std::vector<std::string> xaddrs;  // device service addresses
  std::vector<std::string> scopes;
  std::string types;
  std::string name, model, location;  // from onvif://www.onvif.org/{name,hardware,location}/ scopes
  std::string address() const { return xaddrs.empty() ? std::string() : xaddrs.front(); }
};

struct DiscoveryOptions {
  std::string target = "239.255.255.250";  // multicast group, or a unicast IPv4 address
  std::uint16_t port = 3702;
  std::chrono::milliseconds wait{2000};   // how long to collect answers
  std::size_t max_devices = 1000;
};

std::string make_probe_message(const std::string& message_id);
// One datagram's ProbeMatches; malformed_xml (and friends) on garbage. Bounded like DeviceClient answers.
Result<std::vector<DiscoveredDevice>> parse_probe_matches(const std::string& datagram);
// Sends the Probe and collects answers until options.wait has passed; duplicates are merged.
Result<std::vector<DiscoveredDevice>> discover(const DiscoveryOptions& options);

}  // namespace camtrack::onvif
