// onvif: camtrack's ONVIF client. A plain C++ interface (structs in, structs out) over gSOAP, which stays
// inside onvif/gsoap/ and onvif/src/. May depend on: gSOAP, OpenSSL (UsernameToken digest), libcurl
// (stream and snapshot checks), the standard library. Every call is bounded (connect/send/receive/total
// timeouts, response size, XML depth and repetition) and returns a Result: no exception crosses it.
//
// Authentication: WS-UsernameToken PasswordDigest, its Created stamp corrected by the device clock offset
// measured with get_system_date_and_time() (the header is rebuilt before every call), and HTTP Digest when
// the device answers 401 with a Digest challenge. SOAP 1.2 first; SOAP 1.1 when the device asks for it.
//
// One DeviceClient talks to one device from one thread at a time (it owns a gSOAP context).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "onvif/result.hpp"
#include "onvif/types.hpp"

namespace camtrack::onvif {

struct Credentials {
  std::string username;
  std::string password;
};

struct ClientOptions {
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds send_timeout{5000};
  std::chrono::milliseconds receive_timeout{5000};   // longest silence while reading
  std::chrono::milliseconds total_timeout{10000};    // a whole exchange, however the peer trickles
  std::size_t max_response_bytes = 2 * 1024 * 1024;
  unsigned max_xml_depth = 64;
  std::size_t max_xml_occurs = 10000;
  // Use the host and port of the device URL for service addresses the device reports (devices behind
  // NAT or port forwarding report addresses the client cannot reach).
  bool rebase_service_hosts = true;
  std::function<std::chrono::system_clock::time_point()> now = [] { return std::chrono::system_clock::now(); };
};

class DeviceClient {
 public:
  // device_url: the device service, e.g. "http://10.0.0.5/onvif/device_service".
  DeviceClient(std::string device_url, Credentials credentials, ClientOptions options = {});
  ~DeviceClient();
  DeviceClient(const DeviceClient&) = delete;
  DeviceClient& operator=(const DeviceClient&) = delete;

  // Device service. get_system_date_and_time() also sets the clock offset used for UsernameToken; when
  // the device refuses it (some answer 401), the HTTP Date header of the refusal is used if present.
  Result<DeviceClock> get_system_date_and_time();
  Result<DeviceInfo> get_device_information();
  Result<ServiceAddresses> get_capabilities();
  // GetServices, falling back to GetCapabilities when it fails. Stores the addresses for later calls.
  Result<ServiceAddresses> get_services();
  Result<std::vector<std::string>> get_scopes();

  // Media (ver10) or Media2 (ver20); not_offered when the device lists no such service.
  Result<std::vector<Profile>> get_profiles(MediaVersion version);
  Result<std::string> get_stream_uri(MediaVersion version, const std::string& profile_token);
  Result<std::string> get_snapshot_uri(MediaVersion version, const std::string& profile_token);
  Result<std::vector<VideoEncoderConfig>> get_video_encoder_configurations(MediaVersion version);

  // Recording (Profile G): the recordings and the footage range kept on the device.
  Result<std::vector<Recording>> get_recordings();
  Result<RecordingSummary> get_recording_summary();

  // Events: pull-point subscription. topics empty: no filter (filter the result with Event::kind).
  Result<Subscription> create_pull_point_subscription(const std::vector<std::string>& topics,
                                                      std::chrono::seconds termination);
  Result<std::vector<Event>> pull_messages(const Subscription& subscription, std::chrono::seconds wait,
                                           int message_limit);
  Result<Done> unsubscribe(const Subscription& subscription);

  // State learned from the device.
  const ServiceAddresses& services() const;
  void set_services(const ServiceAddresses& services);
  std::optional<double> clock_offset_seconds() const;
  void set_clock_offset_seconds(double offset);
  int soap_version() const;  // 2 (SOAP 1.2) until a device asked for 1.1

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace camtrack::onvif
