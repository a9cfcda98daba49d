// Fault classification (pure): confirmed faults of cameras, recorders and uplinks in, observations for
// incidents/ out. Rules (REGULATION.md §3, issue 6):
//  - an uplink fault is ONE `link` observation; camera faults are judged locally whatever the uplink
//    does and are never blamed on the link;
//  - cameras confirmed faulty within `group_window` behind the same switch (else the same recorder)
//    become ONE `equipment` observation listing them all; later ones join the same fault key;
//  - recorder failure and retention shortfall are `equipment`, listing the cameras it records;
//  - cameras of class `other` only get internal tickets;
//  - when every object of a reported fault is healthy again: ONE restore observation.
// State is owned by one thread (the poller's); `now` is always a parameter.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "monitor/observation.hpp"
#include "monitor/site_model.hpp"

namespace camtrack::monitor {

struct ClassifierPolicy {
  std::chrono::seconds group_window{20};  // how long a confirmed camera fault waits for its siblings
  int min_group = 2;                      // cameras needed to blame a switch or a recorder
};

class Classifier {
 public:
  Classifier(const SiteInventory& site, ClassifierPolicy policy);

  // Faults already open in the incident store: their objects count as faulty and reported.
  void resume(const std::vector<ActiveFault>& open);

  void camera_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now);
  void camera_cleared(const std::string& code, Instant now);
  // reason retention_short uses the key "retention:<code>", anything else "recorder:<code>".
  void recorder_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now);
  void recorder_cleared(const std::string& code, bool retention, Instant now);
  void uplink_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now);
  void uplink_cleared(const std::string& code, Instant now);

  // Observations ready at `now` (pending camera faults whose group window has passed), in order.
  std::vector<Observation> take(Instant now);

  bool camera_faulty(const std::string& code) const { return faulty_.count("camera:" + code) > 0; }
  std::size_t open_fault_count() const { return reported_.size(); }

 private:
  struct CameraInfo {
    incidents::LocationClass location = incidents::LocationClass::other;
    std::string switch_name;
    std::string recorder;  // recorder code, empty when none
  };
  struct Pending {
    std::string code;
    FaultReason reason = FaultReason::none;
    Instant occurred{};
    Instant confirmed{};
  };
  struct Reported {
    incidents::IncidentKind kind = incidents::IncidentKind::equipment;
    bool internal = false;
    std::set<std::string> members;  // "camera:X", "recorder:R", "uplink:U"
  };

  void open_now(const std::string& key, incidents::IncidentKind kind, bool internal, const std::string& member,
                std::vector<std::string> cameras, std::vector<std::string> details, Instant occurred, Instant now);
  void member_cleared(const std::string& member, Instant now);
  void flush_group(const std::vector<Pending>& group, const std::string& key, Instant now);
  std::vector<std::string> cameras_of_recorder(const std::string& recorder) const;

  ClassifierPolicy policy_;
  std::map<std::string, CameraInfo> cameras_;
  std::set<std::string> faulty_;                  // members currently faulty
  std::map<std::string, std::string> key_of_;     // member -> reported fault key
  std::map<std::string, Reported> reported_;      // fault key -> what it covers
  std::vector<Pending> pending_;
  std::vector<Observation> out_;
};

}  // namespace camtrack::monitor
