// WS-Discovery messages: the Probe we send and the ProbeMatches we read (gSOAP, from memory).
#include <cctype>
#include <sstream>

#include "onvif/discovery.hpp"
#include "onvif/text.hpp"
#include "soapH.h"

namespace camtrack::onvif {
namespace {

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(unescape_xml_entities(w));
  return out;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

void read_scopes(DiscoveredDevice& d) {
  const std::string base = "onvif://www.onvif.org/";
  for (const auto& s : d.scopes) {
    if (s.rfind(base, 0) != 0) continue;
    const std::string rest = s.substr(base.size());
    const auto slash = rest.find('/');
    const std::string key = rest.substr(0, slash), value = slash == std::string::npos ? "" : percent_decode(rest.substr(slash + 1));
    if (key == "name" && d.name.empty()) d.name = value;
    if (key == "hardware" && d.model.empty()) d.model = value;
    if (key == "location" && d.location.empty()) d.location = value;
  }
}

struct Soap {
  struct soap* s = soap_new1(SOAP_C_UTFSTRING);
  ~Soap() {
    soap_destroy(s);
    soap_end(s);
    soap_free(s);
  }
};

}  // namespace

std::string make_probe_message(const std::string& message_id) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
         "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
         "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" "
         "xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\"><s:Header>"
         "<a:Action s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
         "<a:MessageID>" + message_id + "</a:MessageID>"
         "<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>"
         "<a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>"
         "<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body></s:Envelope>";
}

Result<std::vector<DiscoveredDevice>> parse_probe_matches(const std::string& datagram) {
  using Out = std::vector<DiscoveredDevice>;
  if (!is_valid_utf8(datagram)) return Result<Out>::failure({code::malformed_xml, "invalid UTF-8"});
  Soap soap;
  struct soap* s = soap.s;
  soap_set_namespaces(s, namespaces);
  s->maxlevel = 32;
  s->maxoccurs = 1000;
  s->maxlength = 65536;
  std::istringstream in(datagram);
  s->is = &in;
  d__ProbeMatchesType matches;
  if (soap_begin_recv(s) || soap_envelope_begin_in(s) || soap_recv_header(s) || soap_body_begin_in(s) ||
      !matches.soap_get(s, "d:ProbeMatches", nullptr) || soap_body_end_in(s) || soap_envelope_end_in(s) ||
      soap_end_recv(s)) {
    const char* why = soap_fault_string(s);
    return Result<Out>::failure({s->error == SOAP_LEVEL ? code::too_deep : code::malformed_xml,
                                 std::string("not a ProbeMatches message: ") + (why ? why : "unreadable")});
  }
  Out out;
  for (const auto& m : matches.ProbeMatch) {
    DiscoveredDevice d;
    if (m.wsa5__EndpointReference.Address != nullptr) d.endpoint_reference = m.wsa5__EndpointReference.Address;
    if (m.XAddrs != nullptr) d.xaddrs = words(*m.XAddrs);
    if (m.Scopes != nullptr) d.scopes = words(m.Scopes->__item);
    if (m.Types != nullptr) d.types = *m.Types;
    read_scopes(d);
    out.push_back(std::move(d));
  }
  return Result<Out>::success(out);
}

}  // namespace camtrack::onvif
