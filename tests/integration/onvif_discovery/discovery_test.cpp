// WS-Discovery: ProbeMatches parsing, and a unicast Probe to a responder on 127.0.0.1 (never any other
// address: the multicast path is the same code with another target).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "onvif/discovery.hpp"

namespace camtrack::onvif {
namespace {

std::string probe_matches(const std::string& relates_to, const std::string& uuid, const std::string& xaddrs) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
         "xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
         "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
         "<SOAP-ENV:Header><wsa:MessageID>urn:uuid:0000</wsa:MessageID><wsa:RelatesTo>" + relates_to +
         "</wsa:RelatesTo><wsa:To SOAP-ENV:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To>"
         "<wsa:Action SOAP-ENV:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsa:Action>"
         "<d:AppSequence InstanceId=\"7\" MessageNumber=\"3\"/></SOAP-ENV:Header><SOAP-ENV:Body><d:ProbeMatches>"
         "<d:ProbeMatch><wsa:EndpointReference><wsa:Address>urn:uuid:" + uuid + "</wsa:Address></wsa:EndpointReference>"
         "<d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>"
         "<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/DS-2CD2012-I "
         "onvif://www.onvif.org/name/Cong%20chinh onvif://www.onvif.org/location/city/hanoi</d:Scopes>"
         "<d:XAddrs>" + xaddrs + "</d:XAddrs><d:MetadataVersion>10</d:MetadataVersion></d:ProbeMatch>"
         "</d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>";
}

TEST(ProbeMatches, GiveAddressScopesAndModel) {
  const auto r = parse_probe_matches(probe_matches("urn:uuid:1", "abcd-1", "http://10.0.0.5/onvif/device_service http://[fe80::1]/onvif/device_service"));
  ASSERT_TRUE(r.ok) << r.error.code << ": " << r.error.message;
  ASSERT_EQ(r.value.size(), 1u);
  const auto& d = r.value[0];
  EXPECT_EQ(d.endpoint_reference, "urn:uuid:abcd-1");
  EXPECT_EQ(d.address(), "http://10.0.0.5/onvif/device_service");
  EXPECT_EQ(d.xaddrs.size(), 2u);
  EXPECT_EQ(d.model, "DS-2CD2012-I");
  EXPECT_EQ(d.name, "Cong chinh");
  EXPECT_EQ(d.location, "city/hanoi");
  EXPECT_EQ(d.scopes.size(), 4u);
  EXPECT_EQ(d.types, "dn:NetworkVideoTransmitter tds:Device");
}

TEST(ProbeMatches, GarbageIsMalformed) {
  EXPECT_EQ(parse_probe_matches("hello").error.code, "malformed_xml");
  EXPECT_EQ(parse_probe_matches("<a><b>").error.code, "malformed_xml");
  EXPECT_FALSE(parse_probe_matches("\xff\xfe<x/>").ok);
}

TEST(ProbeMessage, AsksForNetworkVideoTransmitters) {
  const std::string p = make_probe_message("urn:uuid:42");
  EXPECT_NE(p.find("<a:MessageID>urn:uuid:42</a:MessageID>"), std::string::npos);
  EXPECT_NE(p.find("dn:NetworkVideoTransmitter"), std::string::npos);
  EXPECT_NE(p.find("http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe"), std::string::npos);
}

// A device on 127.0.0.1 answering Probes on a UDP port of its own.
class Responder {
 public:
  Responder() {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~Responder() {
    stop_ = true;
    thread_.join();
    ::close(fd_);
  }
  std::uint16_t port() const { return port_; }
  std::string last_probe;

 private:
  void serve() {
    char buf[65536];
    while (!stop_) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      sockaddr_in from{};
      socklen_t len = sizeof from;
      const ssize_t n = ::recvfrom(fd_, buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &len);
      if (n <= 0) continue;
      last_probe.assign(buf, static_cast<std::size_t>(n));
      const auto id_at = last_probe.find("MessageID>") + 10;
      const std::string id = last_probe.substr(id_at, last_probe.find('<', id_at) - id_at);
      for (const char* uuid : {"cam-1", "cam-1", "cam-2"}) {  // a repeated answer is merged
        const std::string answer = probe_matches(id, uuid, std::string("http://127.0.0.1:1/") + uuid);
        ::sendto(fd_, answer.data(), answer.size(), 0, reinterpret_cast<sockaddr*>(&from), len);
      }
      const std::string junk = "not xml at all";
      ::sendto(fd_, junk.data(), junk.size(), 0, reinterpret_cast<sockaddr*>(&from), len);
    }
  }
  int fd_ = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  std::uint16_t port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

TEST(Discover, UnicastProbeToALoopbackResponderListsEachDeviceOnce) {
  Responder responder;
  DiscoveryOptions options;
  options.target = "127.0.0.1";
  options.port = responder.port();
  options.wait = std::chrono::milliseconds(700);
  const auto found = discover(options);
  ASSERT_TRUE(found.ok) << found.error.code;
  ASSERT_EQ(found.value.size(), 2u);
  EXPECT_EQ(found.value[0].address(), "http://127.0.0.1:1/cam-1");
  EXPECT_EQ(found.value[1].endpoint_reference, "urn:uuid:cam-2");
  EXPECT_NE(responder.last_probe.find("NetworkVideoTransmitter"), std::string::npos);
}

TEST(Discover, BadTargetIsAnError) {
  DiscoveryOptions options;
  options.target = "not-an-address";
  EXPECT_EQ(discover(options).error.code, "bad_url");
}

}  // namespace
}  // namespace camtrack::onvif
