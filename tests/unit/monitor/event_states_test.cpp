// EventStates: ONVIF PullPoint property messages (as real devices and camsim send them) applied to the
// set of active video-loss / tampering / storage-failure states.
#include <gtest/gtest.h>

#include "monitor/event_states.hpp"

namespace camtrack::monitor {
namespace {

using onvif::Event;
using onvif::EventKind;

Event message(const std::string& topic, const std::string& operation,
              std::vector<std::pair<std::string, std::string>> source,
              std::vector<std::pair<std::string, std::string>> data) {
  Event e;
  e.topic = topic;
  e.kind = onvif::classify_topic(topic);
  e.operation = operation;
  e.source = std::move(source);
  e.data = std::move(data);
  return e;
}

Event signal_loss(const std::string& op, const std::string& state, const std::string& source = "VideoSource_1") {
  return message("tns1:VideoSource/SignalLoss", op, {{"Source", source}}, {{"State", state}});
}

TEST(EventStates, GoodWhenEveryInitializedStateIsFalse) {
  EventStates s;
  s.apply({signal_loss("Initialized", "false"),
           message("tns1:Device/HardwareFailure/StorageFailure", "Initialized", {{"Token", "Storage_1"}},
                   {{"Failed", "false"}})});
  EXPECT_TRUE(s.outcome().ok);
}

TEST(EventStates, VideoLossTrueMakesTheCheckBadUntilChangedBackToFalse) {
  EventStates s;
  s.apply(signal_loss("Initialized", "false"));
  s.apply(signal_loss("Changed", "true"));
  EXPECT_FALSE(s.outcome().ok);
  EXPECT_EQ(s.outcome().reason, FaultReason::video_loss);
  s.apply(signal_loss("Changed", "false"));
  EXPECT_TRUE(s.outcome().ok);
}

TEST(EventStates, HikvisionTamperIsTamperItemCounts) {
  // As in the hikvision fixture: the state item is "IsTamper", sources are rule tokens.
  EventStates s;
  s.apply(message("tns1:RuleEngine/TamperDetector/Tamper", "Changed",
                  {{"VideoSourceConfigurationToken", "VideoSourceToken"}, {"Rule", "MyTamperDetectorRule"}},
                  {{"IsTamper", "true"}}));
  EXPECT_EQ(s.outcome().reason, FaultReason::tampering);
}

TEST(EventStates, StorageFailureFailedItemOnOneOfTwoDisks) {
  EventStates s;
  const std::string topic = "tns1:Device/HardwareFailure/StorageFailure";
  s.apply(message(topic, "Changed", {{"Token", "Disk_1"}}, {{"Failed", "true"}}));
  s.apply(message(topic, "Changed", {{"Token", "Disk_2"}}, {{"Failed", "false"}}));
  EXPECT_EQ(s.outcome().reason, FaultReason::storage_failure);  // disk 2's good news does not clear disk 1
  s.apply(message(topic, "Changed", {{"Token", "Disk_1"}}, {{"Failed", "false"}}));
  EXPECT_TRUE(s.outcome().ok);
}

TEST(EventStates, VideoLossOutranksTamperingWhenBothAreActive) {
  EventStates s;
  s.apply(message("tns1:VideoSource/GlobalSceneChange/ImagingService", "Changed", {{"Source", "VideoSource_1"}},
                  {{"State", "true"}}));
  s.apply(signal_loss("Changed", "true"));
  EXPECT_EQ(s.outcome().reason, FaultReason::video_loss);
  EXPECT_TRUE(s.active(EventKind::tampering));
}

TEST(EventStates, DeletedPropertyIsForgotten) {
  EventStates s;
  s.apply(signal_loss("Changed", "true"));
  Event gone = signal_loss("Deleted", "");
  gone.data.clear();
  s.apply(gone);
  EXPECT_TRUE(s.outcome().ok);
}

TEST(EventStates, MotionAndMessagesWithoutAStateChangeNothing) {
  EventStates s;
  s.apply(message("tns1:VideoSource/MotionAlarm", "Changed", {{"Source", "VideoSource_1"}}, {{"State", "true"}}));
  s.apply(message("tns1:VideoSource/SignalLoss", "Changed", {{"Source", "VideoSource_1"}}, {{"Level", "high"}}));
  EXPECT_TRUE(s.outcome().ok);
  s.apply(signal_loss("Changed", "TRUE"));
  EXPECT_FALSE(s.outcome().ok);  // xs:boolean, whatever the case
  s.clear();
  EXPECT_TRUE(s.outcome().ok);
}

TEST(EventStateValue, NamedStateItemWinsOverOtherBooleans) {
  const Event e = message("tns1:VideoSource/SignalLoss", "Changed", {}, {{"Recoverable", "true"}, {"State", "0"}});
  EXPECT_EQ(event_state_value(e), false);
  EXPECT_EQ(event_state_value(message("tns1:VideoSource/SignalLoss", "Changed", {}, {{"Level", "3"}})), std::nullopt);
}

}  // namespace
}  // namespace camtrack::monitor
