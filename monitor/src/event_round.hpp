// One round of the events check, run on the worker pool with the round's DeviceClient: pull what the
// device's PullPoint subscription holds, (re)subscribing first when there is none or the pull fails.
// A device that does not offer Events is told apart from one that failed to answer: neither is a fault
// (reachability judges dead devices); the poller keeps the subscription and the states between rounds.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "onvif/device_client.hpp"

namespace camtrack::monitor {

struct EventRoundLimits {
  std::chrono::seconds termination{600};  // asked subscription lifetime (a lost one is simply renewed)
  std::chrono::seconds wait{0};           // PullMessages timeout: answer at once with what is pending
  int message_limit = 32;
  int max_pulls = 4;                      // more pulls while a pull comes back full
};

struct EventRound {
  enum class Status { pulled, unsupported, failed };
  Status status = Status::failed;
  std::optional<onvif::Subscription> subscription;  // to keep for the next round (pulled only)
  bool fresh = false;                    // a new subscription: its "Initialized" messages restate all
  std::vector<onvif::Event> events;
};

EventRound run_event_round(onvif::DeviceClient& client, const std::optional<onvif::Subscription>& subscription,
                           const EventRoundLimits& limits = {});

}  // namespace camtrack::monitor
