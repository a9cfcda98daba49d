// DeviceClient: the Device service (tds): clock, identity, capabilities, services, scopes.
#include "client_impl.hpp"

namespace camtrack::onvif {
namespace {

using detail::CallSpec;
using detail::checked;


CallSpec tds(const std::string& url, const char* op_action, const char* req, const char* resp, bool auth = true) {
  CallSpec s;
  s.endpoint = url.c_str();
  s.action = op_action;
  s.request_tag = req;
  s.response_tag = resp;
  s.authenticate = auth;
  return s;
}

std::optional<SysSeconds> to_time(const tt__DateTime* dt) {
  if (dt == nullptr || dt->Date == nullptr || dt->Time == nullptr) return {};
  using namespace std::chrono;
  const year_month_day ymd{year{dt->Date->Year}, month{static_cast<unsigned>(dt->Date->Month)},
                           day{static_cast<unsigned>(dt->Date->Day)}};
  if (!ymd.ok()) return {};
  return sys_days{ymd} + hours{dt->Time->Hour} + minutes{dt->Time->Minute} + seconds{dt->Time->Second};
}

bool is_auth_refusal(const Error& e) {
  return e.code == code::http_401_html || e.code == code::http_401 || e.code == code::auth_required ||
         e.code == "ter:NotAuthorized" || e.code == code::digest_rejected;
}

void from_capabilities(const tt__Capabilities& c, const DeviceClient::Impl& impl, ServiceAddresses& out) {
  auto take = [&impl](const tt__XAddrHolder* h, std::string& field) {
    if (h != nullptr && !h->XAddr.empty()) field = impl.rebase(checked(h->XAddr));
  };
  take(c.Device, out.device);
  take(c.Media, out.media);
  take(c.Events, out.events);
  take(c.Imaging, out.imaging);
  take(c.PTZ, out.ptz);
  if (c.Extension != nullptr) {
    take(c.Extension->Recording, out.recording);
    take(c.Extension->Search, out.search);
    take(c.Extension->Replay, out.replay);
  }
}

void from_service(const tds__Service& s, const DeviceClient::Impl& impl, ServiceAddresses& out) {
  static const std::pair<const char*, std::string ServiceAddresses::*> known[] = {
      {"http://www.onvif.org/ver10/device/wsdl", &ServiceAddresses::device},
      {"http://www.onvif.org/ver10/media/wsdl", &ServiceAddresses::media},
      {"http://www.onvif.org/ver20/media/wsdl", &ServiceAddresses::media2},
      {"http://www.onvif.org/ver10/recording/wsdl", &ServiceAddresses::recording},
      {"http://www.onvif.org/ver10/search/wsdl", &ServiceAddresses::search},
      {"http://www.onvif.org/ver10/replay/wsdl", &ServiceAddresses::replay},
      {"http://www.onvif.org/ver10/events/wsdl", &ServiceAddresses::events},
      {"http://www.onvif.org/ver20/imaging/wsdl", &ServiceAddresses::imaging},
      {"http://www.onvif.org/ver20/ptz/wsdl", &ServiceAddresses::ptz}};
  const std::string ns = detail::clean_uri(checked(s.Namespace));
  for (const auto& [uri, field] : known) {
    if (ns == uri && !s.XAddr.empty()) out.*field = impl.rebase(checked(s.XAddr));
  }
}

}  // namespace

Result<DeviceClock> DeviceClient::get_system_date_and_time() {
  auto& impl = *impl_;
  const auto t0 = impl.options.now();
  auto attempt = [&](bool auth) {
    _tds__GetSystemDateAndTime req;
    _tds__GetSystemDateAndTimeResponse resp;
    const auto spec = tds(impl.device_url, "http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime",
                          "tds:GetSystemDateAndTime", "tds:GetSystemDateAndTimeResponse", auth);
    return impl.run<DeviceClock>(spec, req, resp, [&](_tds__GetSystemDateAndTimeResponse& r) {
      const auto t1 = impl.options.now();
      DeviceClock clock;
      const tt__SystemDateTime* sdt = r.SystemDateAndTime;
      if (sdt == nullptr) return Result<DeviceClock>::failure({code::missing_field, "no SystemDateAndTime"});
      if (sdt->TimeZone != nullptr) clock.time_zone = checked(sdt->TimeZone->TZ);
      clock.utc = to_time(sdt->UTCDateTime);
      if (!clock.utc) return Result<DeviceClock>::failure({code::missing_field, "no UTCDateTime in the answer"});
      const auto mid = t0 + (t1 - t0) / 2;
      clock.offset_seconds = std::chrono::duration<double>(*clock.utc - mid).count();
      return Result<DeviceClock>::success(clock);
    });
  };
  Result<DeviceClock> r = attempt(false);
  if (!r.ok && is_auth_refusal(r.error)) {
    const auto date = parse_http_date(impl.session.http().date);
    if (date) set_clock_offset_seconds(std::chrono::duration<double>(*date - t0).count());
    Result<DeviceClock> again = attempt(true);
    if (again.ok) {
      r = again;
    } else if (date) {
      DeviceClock clock;
      clock.utc = *date;
      clock.offset_seconds = *impl.offset;
      clock.from_http_date = true;
      return Result<DeviceClock>::success(clock);
    }
  }
  if (r.ok) set_clock_offset_seconds(r.value.offset_seconds);
  return r;
}

Result<DeviceInfo> DeviceClient::get_device_information() {
  _tds__GetDeviceInformation req;
  _tds__GetDeviceInformationResponse resp;
  const auto spec = tds(impl_->device_url, "http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation",
                        "tds:GetDeviceInformation", "tds:GetDeviceInformationResponse");
  return impl_->run<DeviceInfo>(spec, req, resp, [](_tds__GetDeviceInformationResponse& r) {
    return Result<DeviceInfo>::success(DeviceInfo{checked(r.Manufacturer), checked(r.Model),
                                                  checked(r.FirmwareVersion), checked(r.SerialNumber),
                                                  checked(r.HardwareId)});
  });
}

Result<ServiceAddresses> DeviceClient::get_capabilities() {
  auto& impl = *impl_;
  _tds__GetCapabilities req;
  req.Category.push_back("All");
  _tds__GetCapabilitiesResponse resp;
  const auto spec = tds(impl.device_url, "http://www.onvif.org/ver10/device/wsdl/GetCapabilities",
                        "tds:GetCapabilities", "tds:GetCapabilitiesResponse");
  auto r = impl.run<ServiceAddresses>(spec, req, resp, [&impl](_tds__GetCapabilitiesResponse& c) {
    if (c.Capabilities == nullptr) return Result<ServiceAddresses>::failure({code::missing_field, "no Capabilities"});
    ServiceAddresses out;
    from_capabilities(*c.Capabilities, impl, out);
    return Result<ServiceAddresses>::success(out);
  });
  if (r.ok) set_services(r.value);
  return r;
}

Result<ServiceAddresses> DeviceClient::get_services() {
  auto& impl = *impl_;
  impl.services_tried = true;
  _tds__GetServices req;
  req.IncludeCapability = false;
  _tds__GetServicesResponse resp;
  const auto spec = tds(impl.device_url, "http://www.onvif.org/ver10/device/wsdl/GetServices",
                        "tds:GetServices", "tds:GetServicesResponse");
  auto r = impl.run<ServiceAddresses>(spec, req, resp, [&impl](_tds__GetServicesResponse& s) {
    ServiceAddresses out;
    for (const auto& service : s.Service) from_service(service, impl, out);
    if (out.device.empty() && out.media.empty() && out.media2.empty())
      return Result<ServiceAddresses>::failure({code::missing_field, "GetServices listed no known service"});
    return Result<ServiceAddresses>::success(out);
  });
  if (r.ok) {
    set_services(r.value);
    return r;
  }
  const std::string& c = r.error.code;
  if (c == code::timeout || c == code::refused || c == code::unreachable) return r;
  auto caps = get_capabilities();  // GetServices is optional for older devices, or broken
  return caps.ok ? caps : r;
}

Result<std::vector<std::string>> DeviceClient::get_scopes() {
  _tds__GetScopes req;
  _tds__GetScopesResponse resp;
  const auto spec = tds(impl_->device_url, "http://www.onvif.org/ver10/device/wsdl/GetScopes", "tds:GetScopes",
                        "tds:GetScopesResponse");
  return impl_->run<std::vector<std::string>>(spec, req, resp, [](_tds__GetScopesResponse& r) {
    std::vector<std::string> out;
    for (const auto& s : r.Scopes) out.push_back(detail::clean_uri(checked(s.ScopeItem)));
    return Result<std::vector<std::string>>::success(out);
  });
}

}  // namespace camtrack::onvif
