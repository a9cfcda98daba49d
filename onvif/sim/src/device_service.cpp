// Device service (tds) and the UsernameToken gate shared by every service.
#include <chrono>
#include <string_view>

#include "services.hpp"
#include "wsse_auth.hpp"

namespace camtrack::camsim {

namespace {

UsernameToken token_of(const struct soap* soap) {
  UsernameToken t;
  if (soap->header == nullptr || soap->header->wsse__Security == nullptr) return t;
  const _wsse__UsernameToken* u = soap->header->wsse__Security->UsernameToken;
  if (u == nullptr) return t;
  t.username = u->Username;
  if (u->Password != nullptr) {
    t.password = u->Password->__item;
    t.password_type = u->Password->Type;
  }
  if (u->Nonce != nullptr) t.nonce_base64 = u->Nonce->__item;
  if (u->wsu__Created != nullptr) t.created = *u->wsu__Created;
  return t;
}

tt__DateTime* date_time(struct soap* soap, std::chrono::sys_seconds t) {
  using namespace std::chrono;
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{t - day};
  auto* dt = soap_new_tt__DateTime(soap);
  dt->Date = soap_new_tt__Date(soap);
  dt->Date->Year = static_cast<int>(ymd.year());
  dt->Date->Month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  dt->Date->Day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  dt->Time = soap_new_tt__Time(soap);
  dt->Time->Hour = static_cast<int>(hms.hours().count());
  dt->Time->Minute = static_cast<int>(hms.minutes().count());
  dt->Time->Second = static_cast<int>(hms.seconds().count());
  return dt;
}

tt__XAddrHolder* xaddr(struct soap* soap, const std::string& url) {
  auto* h = soap_new_tt__XAddrHolder(soap);
  h->XAddr = url;
  return h;
}

}  // namespace

int sender_fault(struct soap* soap, const char* subcode, const char* reason) {
  return soap_sender_fault_subcode(soap, subcode, reason, nullptr);
}

int authorize(struct soap* soap, const ServiceContext& ctx) {
  const UsernameToken token = token_of(soap);
  soap->header = nullptr;
  const Camera& cam = *ctx.camera;
  const ExpectedAccount expected{cam.options().user, cam.options().password, cam.device_now(),
                                 cam.options().timestamp_window};
  const AuthVerdict verdict = check_username_token(token, expected);
  if (verdict == AuthVerdict::ok && !cam.faults().wrong_password) return SOAP_OK;
  const char* reason = "Sender not authorized";
  if (verdict == AuthVerdict::stale_timestamp) reason = "Sender not authorized: UsernameToken Created out of range";
  return sender_fault(soap, "ter:NotAuthorized", reason);
}

int DeviceService::GetSystemDateAndTime(_tds__GetSystemDateAndTime*, _tds__GetSystemDateAndTimeResponse& out) {
  soap->header = nullptr;
  auto* sdt = soap_new_tt__SystemDateTime(soap);
  sdt->DateTimeType = soap_new_std__string(soap);
  *sdt->DateTimeType = "NTP";
  sdt->DaylightSavings = soap_new_bool(soap);
  *sdt->DaylightSavings = false;
  sdt->TimeZone = soap_new_tt__TimeZone(soap);
  sdt->TimeZone->TZ = "ICT-7";
  const auto now = ctx_.camera->device_now();
  sdt->UTCDateTime = date_time(soap, now);
  sdt->LocalDateTime = date_time(soap, now + std::chrono::hours(7));
  out.SystemDateAndTime = sdt;
  return SOAP_OK;
}

int DeviceService::GetDeviceInformation(_tds__GetDeviceInformation*, _tds__GetDeviceInformationResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const Camera& cam = *ctx_.camera;
  out.Manufacturer = cam.options().manufacturer;
  out.Model = cam.options().model;
  out.FirmwareVersion = cam.options().firmware_version;
  out.SerialNumber = "CAMSIM-" + std::to_string(100000 + cam.index());
  out.HardwareId = "camsim-hw-1";
  return SOAP_OK;
}

int DeviceService::GetCapabilities(_tds__GetCapabilities*, _tds__GetCapabilitiesResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const std::string base = ctx_.camera->http_base();
  auto* caps = soap_new_tt__Capabilities(soap);
  caps->Device = xaddr(soap, base + "/onvif/device_service");
  if (!ctx_.camera->faults().no_events) caps->Events = xaddr(soap, base + "/onvif/event_service");
  caps->Media = xaddr(soap, base + "/onvif/media_service");
  caps->Extension = soap_new_tt__CapabilitiesExtension(soap);
  caps->Extension->Recording = xaddr(soap, base + "/onvif/recording_service");
  caps->Extension->Search = xaddr(soap, base + "/onvif/search_service");
  out.Capabilities = caps;
  return SOAP_OK;
}

int DeviceService::GetServices(_tds__GetServices*, _tds__GetServicesResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const std::string base = ctx_.camera->http_base();
  static constexpr struct {
    const char* ns;
    const char* path;
    int major;
  } services[] = {
      {"http://www.onvif.org/ver10/device/wsdl", "/onvif/device_service", 2},
      {"http://www.onvif.org/ver10/media/wsdl", "/onvif/media_service", 2},
      {"http://www.onvif.org/ver20/media/wsdl", "/onvif/media2_service", 2},
      {"http://www.onvif.org/ver10/events/wsdl", "/onvif/event_service", 2},
      {"http://www.onvif.org/ver10/recording/wsdl", "/onvif/recording_service", 2},
      {"http://www.onvif.org/ver10/search/wsdl", "/onvif/search_service", 2},
  };
  for (const auto& s : services) {
    if (ctx_.camera->faults().no_events && std::string_view(s.path) == "/onvif/event_service") continue;
    tds__Service service;
    service.soap_default(soap);
    service.Namespace = s.ns;
    service.XAddr = base + s.path;
    service.Version = soap_new_tt__OnvifVersion(soap);
    service.Version->Major = s.major;
    service.Version->Minor = 60;
    out.Service.push_back(service);
  }
  return SOAP_OK;
}

int DeviceService::GetScopes(_tds__GetScopes*, _tds__GetScopesResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const std::string scopes[] = {
      "onvif://www.onvif.org/type/video_encoder", "onvif://www.onvif.org/Profile/Streaming",
      "onvif://www.onvif.org/Profile/G",          "onvif://www.onvif.org/hardware/camsim",
      "onvif://www.onvif.org/name/" + ctx_.camera->name(), "onvif://www.onvif.org/location/country/vietnam"};
  for (const auto& item : scopes) {
    tt__Scope scope;
    scope.soap_default(soap);
    scope.ScopeDef = "Fixed";
    scope.ScopeItem = item;
    out.Scopes.push_back(scope);
  }
  return SOAP_OK;
}

}  // namespace camtrack::camsim
