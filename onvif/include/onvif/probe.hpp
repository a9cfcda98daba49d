// One-shot check of one ONVIF device (`camtrack probe`): clock, identity, services, profiles, stream and
// snapshot URIs, recording range, and an RTSP DESCRIBE of the stream. A missing operation is an entry in
// `errors`, not a failure of the whole probe; only a device that never answers is unreachable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "onvif/device_client.hpp"
#include "onvif/media_check.hpp"

namespace camtrack::onvif {

struct ProbeOptions {
  Credentials credentials;
  ClientOptions client;
  CheckLimits checks;
  bool describe_stream = true;  // RTSP DESCRIBE on the stream URI
};

struct ProbeError {
  std::string check, code, message;
};

struct ProbeStream {
  bool ok = false;
  int rtsp_status = 0;
  std::string video_codec;
  std::string code, message;  // when !ok
};

struct ProbeRecording {
  std::string earliest, latest;  // RFC 3339
  int recordings = 0;
};

struct ProbeReport {
  bool reachable = false;
  std::optional<DeviceInfo> device;
  std::optional<double> clock_offset_seconds;
  std::vector<Profile> profiles;
  std::optional<std::string> stream_uri, snapshot_uri;
  std::optional<ProbeStream> stream;
  std::optional<ProbeRecording> recording;
  std::vector<ProbeError> errors;
  int soap_exchanges = 0;
};

ProbeReport run_probe(const std::string& device_url, const ProbeOptions& options);

// True for the error codes meaning no answer came back at all (timeout, refused, unreachable, bad URL).
bool is_transport_failure(const Error& e);

}  // namespace camtrack::onvif
