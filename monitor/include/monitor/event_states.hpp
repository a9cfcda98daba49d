// The device event states monitor/ watches (video loss, tampering, storage failure), as told by ONVIF
// PullPoint messages (pure). Property events carry their state: "Initialized" when a subscription
// starts, "Changed" when it flips, "Deleted" when the property goes away. A state is kept per topic
// kind and source (a recorder has several disks, an encoder several video sources); the check is bad
// while any watched state is true.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "monitor/fault_reason.hpp"
#include "onvif/types.hpp"

namespace camtrack::monitor {

class EventStates {
 public:
  // Applies one message; messages of other topics, or without a boolean state item, change nothing.
  void apply(const onvif::Event& event);
  void apply(const std::vector<onvif::Event>& events);
  // Forgets every state (a new subscription re-sends the current ones as "Initialized").
  void clear() { active_.clear(); }

  bool active(onvif::EventKind kind) const;
  // Bad with the most serious active state (video loss, then tampering, then storage failure).
  CheckOutcome outcome() const;

 private:
  std::set<std::pair<onvif::EventKind, std::string>> active_;  // (kind, source) whose state is true
};

// The boolean state a message carries ("State", "IsTamper", "Failed"... or any item valued
// true/false/1/0 when none of those is present); nullopt when it carries none.
std::optional<bool> event_state_value(const onvif::Event& event);

FaultReason fault_reason_of(onvif::EventKind kind);  // none for motion and other topics

}  // namespace camtrack::monitor
