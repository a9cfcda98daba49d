// DeviceClient: construction, learned state, service address lookup.
#include <sstream>

#include "client_impl.hpp"

namespace camtrack::onvif {

namespace detail {

std::string clean_uri(const std::string& uri) {
  std::string s = unescape_xml_entities(uri);
  const auto first = s.find_first_not_of(" \t\r\n");
  const auto last = s.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

std::string first_xaddr(const std::string& xaddrs) {
  std::istringstream in(xaddrs);
  std::string word, first;
  while (in >> word) {
    if (first.empty()) first = word;
    if (word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0) return clean_uri(word);
  }
  return clean_uri(first);
}

}  // namespace detail

bool is_not_supported(const Error& e) {
  return e.code == "ter:ActionNotSupported" || e.code == code::method_not_recognized ||
         e.code == code::not_offered || e.code == "http_404" || e.code == "http_405";
}

std::string DeviceClient::Impl::rebase(const std::string& xaddr) const {
  const std::string clean = detail::first_xaddr(xaddr);
  if (clean.empty() || !options.rebase_service_hosts) return clean;
  const auto device = parse_url(device_url);
  const auto reported = parse_url(clean);
  if (!device || !reported) return clean;
  std::string authority = device->host.find(':') != std::string::npos ? "[" + device->host + "]" : device->host;
  if (!device->port.empty()) authority += ":" + device->port;
  std::string out = device->scheme + "://" + authority + reported->path;
  return out;
}

Result<std::string> DeviceClient::Impl::endpoint(std::string ServiceAddresses::*field, DeviceClient& owner) {
  if (!services_tried) {
    services_tried = true;
    owner.get_services();
  }
  const std::string& address = services.*field;
  if (!address.empty()) return Result<std::string>::success(address);
  if (services_listed) return Result<std::string>::failure({code::not_offered, "the device lists no such service"});
  return Result<std::string>::success(device_url);  // services unknown: try the device address
}

DeviceClient::DeviceClient(std::string device_url, Credentials credentials, ClientOptions options)
    : impl_(std::make_unique<Impl>(std::move(device_url), std::move(credentials), std::move(options))) {}

DeviceClient::~DeviceClient() = default;

const ServiceAddresses& DeviceClient::services() const { return impl_->services; }

void DeviceClient::set_services(const ServiceAddresses& services) {
  impl_->services = services;
  impl_->services_listed = impl_->services_tried = true;
}

std::optional<double> DeviceClient::clock_offset_seconds() const { return impl_->offset; }

void DeviceClient::set_clock_offset_seconds(double offset) {
  impl_->offset = offset;
  impl_->session.set_clock_offset(offset);
}

int DeviceClient::soap_version() const { return impl_->session.version(); }

}  // namespace camtrack::onvif
