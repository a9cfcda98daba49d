// Why a monitored object (camera, recorder, uplink) is judged faulty, and which check said so.
// Plain values shared by the pure core and the checks of monitor/.
#pragma once

#include <chrono>
#include <string_view>

namespace camtrack::monitor {

using Instant = std::chrono::sys_seconds;  // a UTC instant, as in incidents/

// One tracker per (object, check): a camera is healthy when every one of its checks is.
// events: video-loss / tampering / storage-failure states read from the device's PullPoint subscription.
enum class CheckKind { reachability, auth, stream, snapshot, recording, retention, uplink, events };
inline constexpr int check_kind_count = 8;

enum class FaultReason {
  none,
  unreachable,      // connection refused, reset, no route, DNS failure
  no_response,      // connected (or connecting) but no answer within the timeout: a hanging device
  bad_response,     // answered, but not what an ONVIF device answers
  auth_failed,      // the account handed to customs cannot log in
  stream_dead,      // RTSP DESCRIBE did not return a usable session description
  black_image,      // snapshot mean luminance under the threshold
  frozen_image,     // the same snapshot bytes for N checks
  snapshot_failed,  // snapshot could not be fetched or decoded
  recording_failed, // the recorder reports no recording / cannot report its footage
  retention_short,  // earliest footage newer than the required 365 days
  dns_failed,       // uplink: a configured name does not resolve
  tls_failed,       // uplink: an https:// target connected but the TLS handshake failed or hung
  no_gateway,       // uplink: the host has no default route
  gateway_unreachable,  // uplink: the default gateway's neighbour (ARP) entry is not complete
  vpn_down,         // uplink: the VPN interface is not up, or its peer does not answer
  video_loss,       // the device reports (ONVIF event) that a video source lost its signal
  tampering,        // the device reports tampering: covered, moved, sprayed (tamper or scene change)
  storage_failure,  // the device reports a failed storage medium (camera SD card, recorder disk)
  resumed,          // carried over from an incident open before a restart; cleared by good checks
};

constexpr std::string_view check_kind_name(CheckKind k) {
  switch (k) {
    case CheckKind::reachability: return "reachability";
    case CheckKind::auth: return "auth";
    case CheckKind::stream: return "stream";
    case CheckKind::snapshot: return "snapshot";
    case CheckKind::recording: return "recording";
    case CheckKind::retention: return "retention";
    case CheckKind::uplink: return "uplink";
    case CheckKind::events: return "events";
  }
  return "reachability";
}

constexpr std::string_view fault_reason_name(FaultReason r) {
  switch (r) {
    case FaultReason::none: return "none";
    case FaultReason::unreachable: return "unreachable";
    case FaultReason::no_response: return "no_response";
    case FaultReason::bad_response: return "bad_response";
    case FaultReason::auth_failed: return "auth_failed";
    case FaultReason::stream_dead: return "stream_dead";
    case FaultReason::black_image: return "black_image";
    case FaultReason::frozen_image: return "frozen_image";
    case FaultReason::snapshot_failed: return "snapshot_failed";
    case FaultReason::recording_failed: return "recording_failed";
    case FaultReason::retention_short: return "retention_short";
    case FaultReason::dns_failed: return "dns_failed";
    case FaultReason::tls_failed: return "tls_failed";
    case FaultReason::no_gateway: return "no_gateway";
    case FaultReason::gateway_unreachable: return "gateway_unreachable";
    case FaultReason::vpn_down: return "vpn_down";
    case FaultReason::video_loss: return "video_loss";
    case FaultReason::tampering: return "tampering";
    case FaultReason::storage_failure: return "storage_failure";
    case FaultReason::resumed: return "resumed";
  }
  return "none";
}

// The outcome of one check of one object: ok, or the reason it failed (a peer's failure is data).
struct CheckOutcome {
  bool ok = true;
  FaultReason reason = FaultReason::none;
  static CheckOutcome good() { return {}; }
  static CheckOutcome bad(FaultReason r) { return {false, r}; }
};

}  // namespace camtrack::monitor
