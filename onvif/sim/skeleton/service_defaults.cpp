// soapcpp2 (without WITH_PURE_VIRTUAL) declares the skeletons' operations virtual but leaves them
// undefined, and the generated vtables refer to them. These defaults answer "no such method"; camsim's
// classes in services.hpp override every one of them. A library of its own, linked after the skeletons,
// because the skeletons' vtables refer to these symbols.
#include "soapDeviceBindingService.h"
#include "soapEventBindingService.h"
#include "soapMedia2BindingService.h"
#include "soapMediaBindingService.h"
#include "soapRecordingBindingService.h"
#include "soapSearchBindingService.h"
#include "soapSubscriptionManagerBindingService.h"

#define CAMSIM_DEFAULT(Service, Operation, In, Out) \
  int Service::Operation(In*, Out&) { return SOAP_NO_METHOD; }

CAMSIM_DEFAULT(DeviceBindingService, GetSystemDateAndTime, _tds__GetSystemDateAndTime, _tds__GetSystemDateAndTimeResponse)
CAMSIM_DEFAULT(DeviceBindingService, GetDeviceInformation, _tds__GetDeviceInformation, _tds__GetDeviceInformationResponse)
CAMSIM_DEFAULT(DeviceBindingService, GetCapabilities, _tds__GetCapabilities, _tds__GetCapabilitiesResponse)
CAMSIM_DEFAULT(DeviceBindingService, GetServices, _tds__GetServices, _tds__GetServicesResponse)
CAMSIM_DEFAULT(DeviceBindingService, GetScopes, _tds__GetScopes, _tds__GetScopesResponse)
CAMSIM_DEFAULT(MediaBindingService, GetProfiles, _trt__GetProfiles, _trt__GetProfilesResponse)
CAMSIM_DEFAULT(MediaBindingService, GetStreamUri, _trt__GetStreamUri, _trt__GetStreamUriResponse)
CAMSIM_DEFAULT(MediaBindingService, GetSnapshotUri, _trt__GetSnapshotUri, _trt__GetSnapshotUriResponse)
CAMSIM_DEFAULT(MediaBindingService, GetVideoEncoderConfigurations, _trt__GetVideoEncoderConfigurations,
               _trt__GetVideoEncoderConfigurationsResponse)
CAMSIM_DEFAULT(Media2BindingService, GetProfiles, _tr2__GetProfiles, _tr2__GetProfilesResponse)
CAMSIM_DEFAULT(Media2BindingService, GetStreamUri, _tr2__GetStreamUri, _tr2__GetStreamUriResponse)
CAMSIM_DEFAULT(Media2BindingService, GetSnapshotUri, _tr2__GetSnapshotUri, _tr2__GetSnapshotUriResponse)
CAMSIM_DEFAULT(Media2BindingService, GetVideoEncoderConfigurations, _tr2__GetVideoEncoderConfigurations,
               _tr2__GetVideoEncoderConfigurationsResponse)
CAMSIM_DEFAULT(RecordingBindingService, GetRecordings, _trc__GetRecordings, _trc__GetRecordingsResponse)
CAMSIM_DEFAULT(SearchBindingService, GetRecordingSummary, _tse__GetRecordingSummary, _tse__GetRecordingSummaryResponse)
CAMSIM_DEFAULT(EventBindingService, CreatePullPointSubscription, _tev__CreatePullPointSubscription,
               _tev__CreatePullPointSubscriptionResponse)
CAMSIM_DEFAULT(EventBindingService, PullMessages, _tev__PullMessages, _tev__PullMessagesResponse)
CAMSIM_DEFAULT(SubscriptionManagerBindingService, Unsubscribe, _wsnt__Unsubscribe, _wsnt__UnsubscribeResponse)
