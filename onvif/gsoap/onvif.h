/*
  onvif.h: the hand-written gSOAP interface header for the part of ONVIF camtrack speaks. soapcpp2 reads
  it at build time (onvif/gsoap/CMakeLists.txt); nothing generated is kept in the source tree. Written
  from the official WSDL/XSD (ver10 device, media, recording, search, events; ver20 media; WS-Discovery
  2005/04), keeping only the elements camtrack reads or sends. Unknown elements are skipped by gSOAP
  (no SOAP_XML_STRICT), and every ONVIF enumeration is a plain string, so new values (H265 in Media1)
  never reject an answer. Dates are strings too: onvif/src parses them leniently.

  Build targets (onvif/gsoap/CMakeLists.txt), one soapcpp2 run: `soapcpp2 -2 -j -x -L -w`
  - camtrack_onvif_gsoap: serializers (soapC.cpp), the client proxies (<Binding>Proxy), the namespace
    table (one definition of the global `namespaces`), stdsoap2 (gsoapssl++, OpenSSL, zlib) and the
    httpda plugin (HTTP Digest). Generated headers are on its SYSTEM include path: soapH.h, soapStub.h,
    soap<Binding>Proxy.h.
  - camtrack_onvif_gsoap_server: the server skeletons soap<Binding>Service.h/.cpp; links the above.
  Warnings are off for both (generated code); compile flags -DWITH_OPENSSL -DWITH_GZIP -DWITH_DOM
  -DWITH_IPV6 come with the targets and must stay consistent in every user.

  How the device simulator (onvif/sim/, camsim) uses the server side:
  - link camtrack_onvif_gsoap_server; include "soapDeviceBindingService.h", "soapMediaBindingService.h",
    "soapMedia2BindingService.h", "soapRecordingBindingService.h", "soapSearchBindingService.h",
    "soapEventBindingService.h", "soapSubscriptionManagerBindingService.h" (global namespace, no C++
    namespace). Each class has pure virtual methods named after the operation, e.g.
      int DeviceBindingService::GetDeviceInformation(_tds__GetDeviceInformation*,
                                                      _tds__GetDeviceInformationResponse&);
    Derive, implement, return SOAP_OK or soap_senderfault(soap, "ter:NotAuthorized"-style faults
    (soap_sender_fault_subcode(soap, "ter:NotAuthorized", "reason", nullptr)).
  - One port serving several services: make every Service share one `struct soap` (the -j classes take
    a `struct soap*` in their constructor), accept, then `soap_begin_serve(soap)` and try each
    `service.dispatch()` in turn while it returns SOAP_NO_METHOD; finish with soap_send_fault on error
    and soap_destroy/soap_end. Do not include any .nsmap file: the table is defined once in
    camtrack_onvif_gsoap (`namespaces`, declared in soapStub-generated code as extern).
  - The request's wsse:Security header arrives in soap->header->wsse__Security (Username, Password
    with Type, Nonce (base64), wsu__Created); check the digest
    Base64(SHA1(nonce + created + password)) and the freshness of Created yourself.
  - WS-Addressing headers (wsa5.h) are in soap->header->wsa5__Action/To/MessageID/RelatesTo.
  - Service names and namespaces: tds=DeviceBinding (ver10/device/wsdl), trt=MediaBinding
    (ver10/media/wsdl), tr2=Media2Binding (ver20/media/wsdl), trc=RecordingBinding
    (ver10/recording/wsdl), tse=SearchBinding (ver10/search/wsdl), tev=EventBinding (ver10/events/wsdl,
    CreatePullPointSubscription and PullMessages), wsnt=SubscriptionManagerBinding (Unsubscribe),
    d=DiscoveryBinding (WS-Discovery 2005/04 types; camtrack sends and parses these over its own UDP).
*/

#import "stlvector.h"
#import "wsa5.h"

/* ------------------------------------------------------------------ namespaces */
//gsoap tt   schema namespace: http://www.onvif.org/ver10/schema
//gsoap tt   schema elementForm: qualified
//gsoap tt   schema attributeForm: unqualified
//gsoap ter  schema namespace: http://www.onvif.org/ver10/error
//gsoap tns1 schema namespace: http://www.onvif.org/ver10/topics
//gsoap wsse schema namespace: http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd
//gsoap wsse schema elementForm: qualified
//gsoap wsse schema attributeForm: unqualified
//gsoap wsu  schema namespace: http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd
//gsoap wsu  schema elementForm: qualified
//gsoap wsu  schema attributeForm: qualified
//gsoap wsnt schema namespace: http://docs.oasis-open.org/wsn/b-2
//gsoap wsnt schema elementForm: qualified
//gsoap wsnt schema attributeForm: unqualified
//gsoap d    schema namespace: http://schemas.xmlsoap.org/ws/2005/04/discovery
//gsoap d    schema elementForm: qualified
//gsoap d    schema attributeForm: unqualified

/* xsd:dateTime and xsd:duration kept as text: cameras send odd values and a strict parse would reject
   the whole answer. */
typedef std::string xsd__dateTime;
typedef std::string xsd__duration;
typedef std::string xsd__anyURI;
typedef std::string xsd__token;
/* Named so that soapcpp2 puts ter: (fault subcodes) and tns1: (event topics) in the namespace table. */
typedef std::string ter__ErrorCode;
typedef std::string tns1__TopicName;

/* ------------------------------------------------------------------ WS-Security UsernameToken */
class _wsse__Password { std::string __item; @std::string Type; };
class _wsse__Nonce { std::string __item; @std::string* EncodingType 0; };
class _wsse__UsernameToken {
  std::string Username 1;
  _wsse__Password* Password 0;
  _wsse__Nonce* Nonce 0;
  xsd__dateTime* wsu__Created 0;
  @std::string* wsu__Id 0;
};
class _wsse__Security { _wsse__UsernameToken* UsernameToken 0; };

/* WS-Discovery headers seen in ProbeMatches. */
class d__AppSequenceType { @unsigned int InstanceId; @std::string* SequenceId 0; @unsigned int MessageNumber; };

mutable struct SOAP_ENV__Header {
  mustUnderstand _wsse__Security* wsse__Security 0;
  d__AppSequenceType* d__AppSequence 0;
};

/* ------------------------------------------------------------------ tt: common schema */
class tt__Date { int Year; int Month; int Day; };
class tt__Time { int Hour; int Minute; int Second; };
class tt__DateTime { tt__Time* Time 0; tt__Date* Date 0; };
class tt__TimeZone { std::string TZ; };
class tt__SystemDateTime {
  std::string* DateTimeType 0;
  bool* DaylightSavings 0;
  tt__TimeZone* TimeZone 0;
  tt__DateTime* UTCDateTime 0;
  tt__DateTime* LocalDateTime 0;
};

class tt__XAddrHolder { xsd__anyURI XAddr; };
class tt__CapabilitiesExtension {
  tt__XAddrHolder* DeviceIO 0;
  tt__XAddrHolder* Recording 0;
  tt__XAddrHolder* Search 0;
  tt__XAddrHolder* Replay 0;
};
class tt__Capabilities {
  tt__XAddrHolder* Analytics 0;
  tt__XAddrHolder* Device 0;
  tt__XAddrHolder* Events 0;
  tt__XAddrHolder* Imaging 0;
  tt__XAddrHolder* Media 0;
  tt__XAddrHolder* PTZ 0;
  tt__CapabilitiesExtension* Extension 0;
};
class tt__OnvifVersion { int Major; int Minor; };
class tt__Scope { std::string ScopeDef; xsd__anyURI ScopeItem; };

class tt__VideoResolution { int Width; int Height; };
class tt__VideoRateControl { int FrameRateLimit; int EncodingInterval; int BitrateLimit; };
class tt__VideoEncoderConfiguration {
  @std::string token;
  std::string Name;
  int UseCount;
  std::string Encoding;                 /* JPEG, MPEG4, H264, and in the field H265 */
  tt__VideoResolution* Resolution 0;
  float Quality;
  tt__VideoRateControl* RateControl 0;
};
class tt__IntRectangle { @int x; @int y; @int width; @int height; };
class tt__VideoSourceConfiguration {
  @std::string token;
  std::string Name;
  std::string SourceToken;
  tt__IntRectangle* Bounds 0;
};
class tt__Profile {
  @std::string token;
  @bool* fixed 0;
  std::string Name;
  tt__VideoSourceConfiguration* VideoSourceConfiguration 0;
  tt__VideoEncoderConfiguration* VideoEncoderConfiguration 0;
};
class tt__Transport { std::string Protocol; tt__Transport* Tunnel 0; };
class tt__StreamSetup { std::string Stream; tt__Transport* Transport 1; };
class tt__MediaUri {
  xsd__anyURI Uri;
  bool InvalidAfterConnect;
  bool InvalidAfterReboot;
  xsd__duration Timeout;
};

class tt__VideoResolution2 { int Width; int Height; };
class tt__VideoRateControl2 { float FrameRateLimit; int BitrateLimit; @bool* ConstantBitRate 0; };
class tt__VideoEncoder2Configuration {
  @std::string token;
  @int* GovLength 0;
  @std::string* Profile 0;
  std::string Name;
  int UseCount;
  std::string Encoding;                 /* H264, H265, JPEG... (a MIME subtype) */
  tt__VideoResolution2* Resolution 0;
  tt__VideoRateControl2* RateControl 0;
  float Quality;
};

class tt__RecordingSourceInformation {
  std::string SourceId; std::string Name; std::string Location; std::string Description; xsd__anyURI Address;
};
class tt__RecordingConfiguration {
  tt__RecordingSourceInformation* Source 0;
  std::string Content;
  xsd__duration* MaximumRetentionTime 0;
};
class tt__TrackConfiguration { std::string TrackType; std::string Description; };
class tt__GetTracksResponseItem { std::string TrackToken; tt__TrackConfiguration* Configuration 0; };
class tt__GetTracksResponseList { std::vector<tt__GetTracksResponseItem> Track; };
class tt__GetRecordingsResponseItem {
  std::string RecordingToken;
  tt__RecordingConfiguration* Configuration 0;
  tt__GetTracksResponseList* Tracks 0;
};
class tt__RecordingSummary { xsd__dateTime DataFrom; xsd__dateTime DataUntil; int NumberRecordings; };

class _tt__ItemList_SimpleItem { @std::string Name; @std::string Value; };
class tt__ItemList { std::vector<_tt__ItemList_SimpleItem> SimpleItem; };
class _tt__Message {
  @xsd__dateTime UtcTime;
  @std::string* PropertyOperation 0;
  tt__ItemList* Source 0;
  tt__ItemList* Key 0;
  tt__ItemList* Data 0;
};

/* ------------------------------------------------------------------ wsnt: notifications */
class wsnt__TopicExpressionType { std::string __item; @std::string Dialect; };
class wsnt__FilterType { std::vector<wsnt__TopicExpressionType> wsnt__TopicExpression; };
class _wsnt__NotificationMessageHolderType_Message { _tt__Message* tt__Message 0; };
class wsnt__NotificationMessageHolderType {
  struct wsa5__EndpointReferenceType* SubscriptionReference 0;
  wsnt__TopicExpressionType* Topic 0;
  struct wsa5__EndpointReferenceType* ProducerReference 0;
  _wsnt__NotificationMessageHolderType_Message Message;
};
class _wsnt__Unsubscribe { };
class _wsnt__UnsubscribeResponse { };

/* ------------------------------------------------------------------ d: WS-Discovery 2005/04 */
class d__ScopesType { std::string __item; @std::string* MatchBy 0; };
class d__ProbeType { std::string* Types 0; d__ScopesType* Scopes 0; };
class d__ProbeMatchType {
  struct wsa5__EndpointReferenceType wsa5__EndpointReference;
  std::string* Types 0;
  d__ScopesType* Scopes 0;
  std::string* XAddrs 0;
  unsigned int MetadataVersion;
};
class d__ProbeMatchesType { std::vector<d__ProbeMatchType> ProbeMatch; };

/* ------------------------------------------------------------------ tds: device */
class _tds__GetSystemDateAndTime { };
class _tds__GetSystemDateAndTimeResponse { tt__SystemDateTime* SystemDateAndTime 0; };
class _tds__GetDeviceInformation { };
class _tds__GetDeviceInformationResponse {
  std::string Manufacturer; std::string Model; std::string FirmwareVersion;
  std::string SerialNumber; std::string HardwareId;
};
class _tds__GetCapabilities { std::vector<std::string> Category; };
class _tds__GetCapabilitiesResponse { tt__Capabilities* Capabilities 0; };
class tds__Service { xsd__anyURI Namespace; xsd__anyURI XAddr; tt__OnvifVersion* Version 0; };
class _tds__GetServices { bool IncludeCapability; };
class _tds__GetServicesResponse { std::vector<tds__Service> Service; };
class _tds__GetScopes { };
class _tds__GetScopesResponse { std::vector<tt__Scope> Scopes; };

/* ------------------------------------------------------------------ trt: media ver10 */
class _trt__GetProfiles { };
class _trt__GetProfilesResponse { std::vector<tt__Profile> Profiles; };
class _trt__GetStreamUri { tt__StreamSetup* StreamSetup 1; std::string ProfileToken; };
class _trt__GetStreamUriResponse { tt__MediaUri* MediaUri 0; };
class _trt__GetSnapshotUri { std::string ProfileToken; };
class _trt__GetSnapshotUriResponse { tt__MediaUri* MediaUri 0; };
class _trt__GetVideoEncoderConfigurations { };
class _trt__GetVideoEncoderConfigurationsResponse { std::vector<tt__VideoEncoderConfiguration> Configurations; };

/* ------------------------------------------------------------------ tr2: media ver20 */
class tr2__ConfigurationSet {
  tt__VideoSourceConfiguration* VideoSource 0;
  tt__VideoEncoder2Configuration* VideoEncoder 0;
};
class tr2__MediaProfile {
  @std::string token;
  @bool* fixed 0;
  std::string Name;
  tr2__ConfigurationSet* Configurations 0;
};
class _tr2__GetProfiles { std::string* Token 0; std::vector<std::string> Type; };
class _tr2__GetProfilesResponse { std::vector<tr2__MediaProfile> Profiles; };
class _tr2__GetStreamUri { std::string Protocol; std::string ProfileToken; };
class _tr2__GetStreamUriResponse { xsd__anyURI Uri; };
class _tr2__GetSnapshotUri { std::string ProfileToken; };
class _tr2__GetSnapshotUriResponse { xsd__anyURI Uri; };
class _tr2__GetVideoEncoderConfigurations { std::string* ConfigurationToken 0; std::string* ProfileToken 0; };
class _tr2__GetVideoEncoderConfigurationsResponse { std::vector<tt__VideoEncoder2Configuration> Configurations; };

/* ------------------------------------------------------------------ trc / tse: recording, search */
class _trc__GetRecordings { };
class _trc__GetRecordingsResponse { std::vector<tt__GetRecordingsResponseItem> RecordingItem; };
class _tse__GetRecordingSummary { };
class _tse__GetRecordingSummaryResponse { tt__RecordingSummary* Summary 0; };

/* ------------------------------------------------------------------ tev: events */
class _tev__CreatePullPointSubscription {
  wsnt__FilterType* Filter 0;
  std::string* InitialTerminationTime 0;
};
class _tev__CreatePullPointSubscriptionResponse {
  struct wsa5__EndpointReferenceType SubscriptionReference;
  xsd__dateTime wsnt__CurrentTime;
  xsd__dateTime wsnt__TerminationTime;
};
class _tev__PullMessages { xsd__duration Timeout; int MessageLimit; };
class _tev__PullMessagesResponse {
  xsd__dateTime CurrentTime;
  xsd__dateTime TerminationTime;
  std::vector<wsnt__NotificationMessageHolderType> wsnt__NotificationMessage;
};

/* ------------------------------------------------------------------ services and operations */
//gsoap tds  service name: DeviceBinding
//gsoap tds  service type: Device
//gsoap tds  service namespace: http://www.onvif.org/ver10/device/wsdl
//gsoap tds  schema namespace: http://www.onvif.org/ver10/device/wsdl
//gsoap tds  schema elementForm: qualified
//gsoap tds  schema attributeForm: unqualified
//gsoap tds  service method-action: GetSystemDateAndTime http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime
int __tds__GetSystemDateAndTime(_tds__GetSystemDateAndTime* tds__GetSystemDateAndTime, _tds__GetSystemDateAndTimeResponse& tds__GetSystemDateAndTimeResponse);
//gsoap tds  service method-action: GetDeviceInformation http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation
int __tds__GetDeviceInformation(_tds__GetDeviceInformation* tds__GetDeviceInformation, _tds__GetDeviceInformationResponse& tds__GetDeviceInformationResponse);
//gsoap tds  service method-action: GetCapabilities http://www.onvif.org/ver10/device/wsdl/GetCapabilities
int __tds__GetCapabilities(_tds__GetCapabilities* tds__GetCapabilities, _tds__GetCapabilitiesResponse& tds__GetCapabilitiesResponse);
//gsoap tds  service method-action: GetServices http://www.onvif.org/ver10/device/wsdl/GetServices
int __tds__GetServices(_tds__GetServices* tds__GetServices, _tds__GetServicesResponse& tds__GetServicesResponse);
//gsoap tds  service method-action: GetScopes http://www.onvif.org/ver10/device/wsdl/GetScopes
int __tds__GetScopes(_tds__GetScopes* tds__GetScopes, _tds__GetScopesResponse& tds__GetScopesResponse);

//gsoap trt  service name: MediaBinding
//gsoap trt  service namespace: http://www.onvif.org/ver10/media/wsdl
//gsoap trt  schema namespace: http://www.onvif.org/ver10/media/wsdl
//gsoap trt  schema elementForm: qualified
//gsoap trt  schema attributeForm: unqualified
//gsoap trt  service method-action: GetProfiles http://www.onvif.org/ver10/media/wsdl/GetProfiles
int __trt__GetProfiles(_trt__GetProfiles* trt__GetProfiles, _trt__GetProfilesResponse& trt__GetProfilesResponse);
//gsoap trt  service method-action: GetStreamUri http://www.onvif.org/ver10/media/wsdl/GetStreamUri
int __trt__GetStreamUri(_trt__GetStreamUri* trt__GetStreamUri, _trt__GetStreamUriResponse& trt__GetStreamUriResponse);
//gsoap trt  service method-action: GetSnapshotUri http://www.onvif.org/ver10/media/wsdl/GetSnapshotUri
int __trt__GetSnapshotUri(_trt__GetSnapshotUri* trt__GetSnapshotUri, _trt__GetSnapshotUriResponse& trt__GetSnapshotUriResponse);
//gsoap trt  service method-action: GetVideoEncoderConfigurations http://www.onvif.org/ver10/media/wsdl/GetVideoEncoderConfigurations
int __trt__GetVideoEncoderConfigurations(_trt__GetVideoEncoderConfigurations* trt__GetVideoEncoderConfigurations, _trt__GetVideoEncoderConfigurationsResponse& trt__GetVideoEncoderConfigurationsResponse);

//gsoap tr2  service name: Media2Binding
//gsoap tr2  service namespace: http://www.onvif.org/ver20/media/wsdl
//gsoap tr2  schema namespace: http://www.onvif.org/ver20/media/wsdl
//gsoap tr2  schema elementForm: qualified
//gsoap tr2  schema attributeForm: unqualified
//gsoap tr2  service method-action: GetProfiles http://www.onvif.org/ver20/media/wsdl/GetProfiles
int __tr2__GetProfiles(_tr2__GetProfiles* tr2__GetProfiles, _tr2__GetProfilesResponse& tr2__GetProfilesResponse);
//gsoap tr2  service method-action: GetStreamUri http://www.onvif.org/ver20/media/wsdl/GetStreamUri
int __tr2__GetStreamUri(_tr2__GetStreamUri* tr2__GetStreamUri, _tr2__GetStreamUriResponse& tr2__GetStreamUriResponse);
//gsoap tr2  service method-action: GetSnapshotUri http://www.onvif.org/ver20/media/wsdl/GetSnapshotUri
int __tr2__GetSnapshotUri(_tr2__GetSnapshotUri* tr2__GetSnapshotUri, _tr2__GetSnapshotUriResponse& tr2__GetSnapshotUriResponse);
//gsoap tr2  service method-action: GetVideoEncoderConfigurations http://www.onvif.org/ver20/media/wsdl/GetVideoEncoderConfigurations
int __tr2__GetVideoEncoderConfigurations(_tr2__GetVideoEncoderConfigurations* tr2__GetVideoEncoderConfigurations, _tr2__GetVideoEncoderConfigurationsResponse& tr2__GetVideoEncoderConfigurationsResponse);

//gsoap trc  service name: RecordingBinding
//gsoap trc  service namespace: http://www.onvif.org/ver10/recording/wsdl
//gsoap trc  schema namespace: http://www.onvif.org/ver10/recording/wsdl
//gsoap trc  schema elementForm: qualified
//gsoap trc  schema attributeForm: unqualified
//gsoap trc  service method-action: GetRecordings http://www.onvif.org/ver10/recording/wsdl/GetRecordings
int __trc__GetRecordings(_trc__GetRecordings* trc__GetRecordings, _trc__GetRecordingsResponse& trc__GetRecordingsResponse);

//gsoap tse  service name: SearchBinding
//gsoap tse  service namespace: http://www.onvif.org/ver10/search/wsdl
//gsoap tse  schema namespace: http://www.onvif.org/ver10/search/wsdl
//gsoap tse  schema elementForm: qualified
//gsoap tse  schema attributeForm: unqualified
//gsoap tse  service method-action: GetRecordingSummary http://www.onvif.org/ver10/search/wsdl/GetRecordingSummary
int __tse__GetRecordingSummary(_tse__GetRecordingSummary* tse__GetRecordingSummary, _tse__GetRecordingSummaryResponse& tse__GetRecordingSummaryResponse);

//gsoap tev  service name: EventBinding
//gsoap tev  service namespace: http://www.onvif.org/ver10/events/wsdl
//gsoap tev  schema namespace: http://www.onvif.org/ver10/events/wsdl
//gsoap tev  schema elementForm: qualified
//gsoap tev  schema attributeForm: unqualified
//gsoap tev  service method-action: CreatePullPointSubscription http://www.onvif.org/ver10/events/wsdl/EventPortType/CreatePullPointSubscriptionRequest
int __tev__CreatePullPointSubscription(_tev__CreatePullPointSubscription* tev__CreatePullPointSubscription, _tev__CreatePullPointSubscriptionResponse& tev__CreatePullPointSubscriptionResponse);
//gsoap tev  service method-action: PullMessages http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/PullMessagesRequest
int __tev__PullMessages(_tev__PullMessages* tev__PullMessages, _tev__PullMessagesResponse& tev__PullMessagesResponse);

//gsoap wsnt service name: SubscriptionManagerBinding
//gsoap wsnt service namespace: http://docs.oasis-open.org/wsn/b-2
//gsoap wsnt service method-action: Unsubscribe http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest
int __wsnt__Unsubscribe(_wsnt__Unsubscribe* wsnt__Unsubscribe, _wsnt__UnsubscribeResponse& wsnt__UnsubscribeResponse);

//gsoap d    service name: DiscoveryBinding
//gsoap d    service namespace: http://schemas.xmlsoap.org/ws/2005/04/discovery
//gsoap d    service method-action: Probe http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe
int __d__Probe(d__ProbeType* d__Probe, void);
//gsoap d    service method-action: ProbeMatches http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches
int __d__ProbeMatches(d__ProbeMatchesType* d__ProbeMatches, void);
