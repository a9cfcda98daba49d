// Plain data exchanged with DeviceClient: what camtrack reads from an ONVIF device. No gSOAP types.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace camtrack::onvif {

using SysSeconds = std::chrono::sys_seconds;

struct DeviceInfo {
  std::string manufacturer, model, firmware_version, serial_number, hardware_id;
};

struct DeviceClock {
  std::optional<SysSeconds> utc;          // the device's UTC clock, when it sent one
  std::string time_zone;                  // POSIX TZ string as sent
  double offset_seconds = 0;              // device clock minus local clock (+ half the round trip)
  bool from_http_date = false;            // measured from the HTTP Date header (SOAP call refused)
};

// Service addresses (XAddrs), empty when the device does not offer the service.
struct ServiceAddresses {
  std::string device, media, media2, recording, search, replay, events, imaging, ptz;
};

enum class MediaVersion { media1, media2 };

struct VideoEncoderConfig {
  std::string token, name, encoding;      // encoding as sent: "H264", "H265", "JPEG", "MPEG4"...
  int width = 0, height = 0;
  double frame_rate = 0;
  int bitrate_kbps = 0;
};

struct Profile {
  std::string token, name;
  std::optional<VideoEncoderConfig> video_encoder;
  std::string video_source_token;
};

struct Recording {
  std::string token, source_name, content;
  std::string max_retention;              // xsd:duration as sent, e.g. "P30D", "PT0S"
  std::optional<std::chrono::seconds> max_retention_seconds;
  int video_tracks = 0;
};

struct RecordingSummary {
  std::optional<SysSeconds> earliest;     // DataFrom: 1970-01-01 is a value, not "unknown"
  std::optional<SysSeconds> latest;       // DataUntil
  std::string earliest_text, latest_text; // as sent
  int count = 0;
};

struct Subscription {
  std::string address;                    // subscription manager / pull point endpoint
  std::string termination_time;
};

enum class EventKind { video_loss, tampering, storage_failure, motion, other };

struct Event {
  std::string topic;
  EventKind kind = EventKind::other;
  std::string utc_time, operation;        // PropertyOperation: Initialized, Changed, Deleted
  std::vector<std::pair<std::string, std::string>> source, data;
};

// Well-known topics camtrack watches (ONVIF topic namespace, tns1 prefix).
EventKind classify_topic(const std::string& topic);

}  // namespace camtrack::onvif
