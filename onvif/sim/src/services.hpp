// camsim's implementations of the gSOAP server skeletons (onvif/gsoap/onvif.h): Device, Media, Media2,
// Recording, Search, Events and SubscriptionManager, all sharing one struct soap. Each request runs
// against the camera set in the shared ServiceContext.
#pragma once

#include <string>

#include "camera.hpp"
#include "soapDeviceBindingService.h"
#include "soapEventBindingService.h"
#include "soapMedia2BindingService.h"
#include "soapMediaBindingService.h"
#include "soapRecordingBindingService.h"
#include "soapSearchBindingService.h"
#include "soapSubscriptionManagerBindingService.h"

namespace camtrack::camsim {

struct ServiceContext {
  Camera* camera = nullptr;
  std::string path;  // HTTP request path (PullMessages and Unsubscribe find their subscription by it)
};

// SOAP_OK when the request's UsernameToken is valid for the camera; else a ter:NotAuthorized sender
// fault is set and returned. Drops the request header either way (it must not echo back).
int authorize(struct soap* soap, const ServiceContext& ctx);
// A sender fault with an ONVIF subcode, e.g. "ter:InvalidArgVal".
int sender_fault(struct soap* soap, const char* subcode, const char* reason);

class DeviceService : public DeviceBindingService {
 public:
  DeviceService(struct soap* shared, const ServiceContext& ctx) : DeviceBindingService(shared), ctx_(ctx) {}
  int GetSystemDateAndTime(_tds__GetSystemDateAndTime*, _tds__GetSystemDateAndTimeResponse&) override;
  int GetDeviceInformation(_tds__GetDeviceInformation*, _tds__GetDeviceInformationResponse&) override;
  int GetCapabilities(_tds__GetCapabilities*, _tds__GetCapabilitiesResponse&) override;
  int GetServices(_tds__GetServices*, _tds__GetServicesResponse&) override;
  int GetScopes(_tds__GetScopes*, _tds__GetScopesResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class MediaService : public MediaBindingService {
 public:
  MediaService(struct soap* shared, const ServiceContext& ctx) : MediaBindingService(shared), ctx_(ctx) {}
  int GetProfiles(_trt__GetProfiles*, _trt__GetProfilesResponse&) override;
  int GetStreamUri(_trt__GetStreamUri*, _trt__GetStreamUriResponse&) override;
  int GetSnapshotUri(_trt__GetSnapshotUri*, _trt__GetSnapshotUriResponse&) override;
  int GetVideoEncoderConfigurations(_trt__GetVideoEncoderConfigurations*,
                                    _trt__GetVideoEncoderConfigurationsResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class Media2Service : public Media2BindingService {
 public:
  Media2Service(struct soap* shared, const ServiceContext& ctx) : Media2BindingService(shared), ctx_(ctx) {}
  int GetProfiles(_tr2__GetProfiles*, _tr2__GetProfilesResponse&) override;
  int GetStreamUri(_tr2__GetStreamUri*, _tr2__GetStreamUriResponse&) override;
  int GetSnapshotUri(_tr2__GetSnapshotUri*, _tr2__GetSnapshotUriResponse&) override;
  int GetVideoEncoderConfigurations(_tr2__GetVideoEncoderConfigurations*,
                                    _tr2__GetVideoEncoderConfigurationsResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class RecordingService : public RecordingBindingService {
 public:
  RecordingService(struct soap* shared, const ServiceContext& ctx) : RecordingBindingService(shared), ctx_(ctx) {}
  int GetRecordings(_trc__GetRecordings*, _trc__GetRecordingsResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class SearchService : public SearchBindingService {
 public:
  SearchService(struct soap* shared, const ServiceContext& ctx) : SearchBindingService(shared), ctx_(ctx) {}
  int GetRecordingSummary(_tse__GetRecordingSummary*, _tse__GetRecordingSummaryResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class EventService : public EventBindingService {
 public:
  EventService(struct soap* shared, const ServiceContext& ctx) : EventBindingService(shared), ctx_(ctx) {}
  int CreatePullPointSubscription(_tev__CreatePullPointSubscription*,
                                  _tev__CreatePullPointSubscriptionResponse&) override;
  int PullMessages(_tev__PullMessages*, _tev__PullMessagesResponse&) override;

 private:
  const ServiceContext& ctx_;
};

class SubscriptionService : public SubscriptionManagerBindingService {
 public:
  SubscriptionService(struct soap* shared, const ServiceContext& ctx)
      : SubscriptionManagerBindingService(shared), ctx_(ctx) {}
  int Unsubscribe(_wsnt__Unsubscribe*, _wsnt__UnsubscribeResponse&) override;

 private:
  const ServiceContext& ctx_;
};

}  // namespace camtrack::camsim
