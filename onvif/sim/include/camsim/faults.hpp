// Faults a simulated camera can be told to show, switchable at run time (camsim, onvif/sim/).
// Plain values: the simulator owns the live copy; callers read and replace it through Simulator.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace camtrack::camsim {

struct Faults {
  bool down = false;              // listening sockets closed: connections refused
  bool hang = false;              // connections accepted, requests read, never answered
  bool wrong_password = false;    // every credential rejected (ter:NotAuthorized, RTSP 401)
  bool dead_stream = false;       // RTSP DESCRIBE answers 404
  std::int64_t clock_skew_seconds = 0;  // device clock = real clock + skew
  bool black_snapshot = false;    // snapshot is an all-black JPEG
  bool frozen_snapshot = false;   // snapshot returns the same bytes every time
  bool short_retention = false;   // recordings reach back only SimulatorOptions::short_retention_days
  bool storage_failure = false;   // storage-failure event state (raised/cleared through PullMessages)
  bool video_loss = false;        // video-loss event state
  bool tampering = false;         // tampering (global scene change) event state
  bool no_events = false;         // offers no Events service: not listed, CreatePullPointSubscription
                                  // answers ter:ActionNotSupported (a device without event support)

  bool operator==(const Faults&) const = default;
};

// A partial update: only the fields that are set change (the control endpoint's JSON maps onto it).
struct FaultPatch {
  std::optional<bool> down{};
  std::optional<bool> hang{};
  std::optional<bool> wrong_password{};
  std::optional<bool> dead_stream{};
  std::optional<std::int64_t> clock_skew_seconds{};
  std::optional<bool> black_snapshot{};
  std::optional<bool> frozen_snapshot{};
  std::optional<bool> short_retention{};
  std::optional<bool> storage_failure{};
  std::optional<bool> video_loss{};
  std::optional<bool> tampering{};
  std::optional<bool> no_events{};

  Faults applied_to(Faults faults) const;
};

// Event topics a camera can raise through PullMessages.
enum class EventKind { video_loss, tampering, storage_failure };

// The ONVIF topic of a kind, e.g. "tns1:VideoSource/SignalLoss".
std::string topic_of(EventKind kind);
// "video_loss", "tampering", "storage_failure"; nullopt for anything else.
std::optional<EventKind> event_kind_from_name(const std::string& name);

}  // namespace camtrack::camsim
