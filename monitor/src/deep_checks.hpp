// The heavier, authenticated checks run on the worker pool (blocking, every exchange bounded):
// cameras: GetDeviceInformation with the customs account, RTSP DESCRIBE of the main stream, snapshot
// fetch + luminance/hash; recorders: GetRecordingSummary (Profile G); both: the events round
// (event_round.hpp). Results are plain data posted back to the poller's thread; nothing here keeps
// state between calls (the PullPoint subscription travels in the request and back in the result).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "monitor/fault_reason.hpp"
#include "event_round.hpp"
#include "monitor/frame_analysis.hpp"
#include "onvif/device_client.hpp"

namespace camtrack::monitor {

struct DeepRequest {
  std::string device_url;
  onvif::Credentials credentials;
  bool auth = false, stream = false, snapshot = false, recording = false, events = false;
  std::optional<onvif::Subscription> subscription;  // the events round's, if one is open
  std::optional<double> clock_offset_seconds;
  // Learned by an earlier round (empty: discover them first).
  onvif::ServiceAddresses services;
  std::string stream_uri, snapshot_uri;
  std::chrono::milliseconds timeout{5000};
  std::size_t max_snapshot_bytes = 4 * 1024 * 1024;
};

struct DeepResult {
  std::optional<CheckOutcome> auth, stream;
  std::optional<SnapshotFacts> snapshot;       // judged on the poller's thread (frozen detector)
  std::string snapshot_jpeg;                   // the fetched bytes (kept by the poller when judged good)
  std::optional<CheckOutcome> recording;
  std::optional<onvif::SysSeconds> earliest_footage;
  std::optional<EventRound> events;
  onvif::ServiceAddresses services;
  std::string stream_uri, snapshot_uri;
  std::chrono::steady_clock::duration latency{};
};

DeepResult run_deep_checks(const DeepRequest& request);

// One-time process set-up of libcurl (thread-safe, idempotent).
void init_curl_once();

}  // namespace camtrack::monitor
