// Clock drift of a device against ours (pure): the device's UTC time read from a
// GetSystemDateAndTime answer, the offset against the midpoint of the exchange, and the warning rule
// (timestamps of recorded footage are evidence, so a drifting clock is worth a warning).
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

struct ClockDriftPolicy {
  std::chrono::seconds warn_above{10};
};

// The UTCDateTime of a GetSystemDateAndTimeResponse (any namespace prefix); nullopt if absent.
std::optional<Instant> parse_device_utc(std::string_view soap_body);

// Device clock minus ours, taking our clock at the midpoint of the exchange.
double clock_offset_seconds(Instant device_utc, std::chrono::system_clock::time_point sent,
                            std::chrono::system_clock::time_point received);

inline bool drift_warning(double offset_seconds, const ClockDriftPolicy& policy) {
  const double limit = static_cast<double>(policy.warn_above.count());
  return offset_seconds > limit || offset_seconds < -limit;
}

}  // namespace camtrack::monitor
