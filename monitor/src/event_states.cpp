#include "monitor/event_states.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace camtrack::monitor {

namespace {

bool watched(onvif::EventKind kind) { return fault_reason_of(kind) != FaultReason::none; }

std::optional<bool> parse_bool(std::string value) {
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (value == "true" || value == "1") return true;
  if (value == "false" || value == "0") return false;
  return std::nullopt;
}

// The message's source items as one key, e.g. "Source=VideoSource_1;" (empty for a device-wide state).
std::string source_key(const onvif::Event& event) {
  std::string key;
  for (const auto& [name, value] : event.source) key += name + "=" + value + ";";
  return key;
}

}  // namespace

std::optional<bool> event_state_value(const onvif::Event& event) {
  static constexpr std::array<std::string_view, 4> names = {"State", "IsTamper", "Failed", "IsFailed"};
  for (std::string_view name : names) {
    for (const auto& [n, v] : event.data) {
      if (n == name) {
        if (auto b = parse_bool(v)) return b;
      }
    }
  }
  for (const auto& item : event.data) {
    if (auto b = parse_bool(item.second)) return b;
  }
  return std::nullopt;
}

FaultReason fault_reason_of(onvif::EventKind kind) {
  switch (kind) {
    case onvif::EventKind::video_loss: return FaultReason::video_loss;
    case onvif::EventKind::tampering: return FaultReason::tampering;
    case onvif::EventKind::storage_failure: return FaultReason::storage_failure;
    case onvif::EventKind::motion:
    case onvif::EventKind::other: return FaultReason::none;
  }
  return FaultReason::none;
}

void EventStates::apply(const onvif::Event& event) {
  if (!watched(event.kind)) return;
  const auto key = std::make_pair(event.kind, source_key(event));
  if (event.operation == "Deleted") {
    active_.erase(key);
    return;
  }
  const std::optional<bool> state = event_state_value(event);
  if (!state) return;
  if (*state) active_.insert(key);
  else active_.erase(key);
}

void EventStates::apply(const std::vector<onvif::Event>& events) {
  for (const auto& e : events) apply(e);
}

bool EventStates::active(onvif::EventKind kind) const {
  return std::any_of(active_.begin(), active_.end(), [kind](const auto& entry) { return entry.first == kind; });
}

CheckOutcome EventStates::outcome() const {
  for (onvif::EventKind kind :
       {onvif::EventKind::video_loss, onvif::EventKind::tampering, onvif::EventKind::storage_failure}) {
    if (active(kind)) return CheckOutcome::bad(fault_reason_of(kind));
  }
  return CheckOutcome::good();
}

}  // namespace camtrack::monitor
