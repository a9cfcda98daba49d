// Recording/Search footage range (retention, explicit range, short_retention) and Events: PullPoint
// subscription, Initialized states, injected notifications, Unsubscribe.
#include <gtest/gtest.h>

#include <chrono>

#include "camsim_client.hpp"

namespace camtrack::camsim::test {
namespace {

using namespace std::chrono;

std::string date_of(sys_seconds t) {
  const year_month_day d{floor<days>(t)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

class CamsimRecordingEvents : public ::testing::Test {
 protected:
  std::string url(const std::string& service) const {
    return "http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/" + service;
  }
  std::string summary_from() const {
    const auto r = post_soap(url("search_service"), op("GetRecordingSummary", kTse));
    EXPECT_EQ(r.status, 200) << r.body;
    return xml_text(r.body, "DataFrom");
  }
  // Creates a subscription and returns its address.
  std::string subscribe() const {
    const auto r = post_soap(url("event_service"), op("CreatePullPointSubscription", kTev));
    EXPECT_EQ(r.status, 200) << r.body;
    return xml_text(r.body, "Address");
  }
  std::string pull(const std::string& address) const {
    const auto r = post_soap(address, op("PullMessages", kTev, "<Timeout>PT1S</Timeout><MessageLimit>10</MessageLimit>"));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body;
  }

  Simulator sim{test_options()};
  bool started_ = (sim.start(), true);  // before the members below read ports
  const CameraInfo cam = sim.camera(0);
  const sys_seconds now = floor<seconds>(system_clock::now());
};

TEST_F(CamsimRecordingEvents, ReportsFootageOfRetentionDays) {
  const auto r = post_soap(url("search_service"), op("GetRecordingSummary", kTse));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_text(r.body, "DataFrom").substr(0, 10), date_of(now - days(400)));
  EXPECT_EQ(xml_text(r.body, "DataUntil").substr(0, 10), date_of(now));
  EXPECT_EQ(xml_text(r.body, "NumberRecordings"), "1");
}

TEST_F(CamsimRecordingEvents, ReportsShortRetentionWhenInjected) {
  sim.patch_faults(0, {.short_retention = true});
  EXPECT_EQ(summary_from().substr(0, 10), date_of(now - days(30)));
  sim.patch_faults(0, {.short_retention = false});
  EXPECT_EQ(summary_from().substr(0, 10), date_of(now - days(400)));
}

TEST_F(CamsimRecordingEvents, ReportsExplicitFootageRange) {
  const sys_seconds earliest = sys_days{2025y / January / 2} + hours(3);
  const sys_seconds latest = sys_days{2026y / March / 4} + hours(5);
  sim.set_recording_range(0, earliest, latest);
  const auto r = post_soap(url("search_service"), op("GetRecordingSummary", kTse));
  EXPECT_EQ(xml_text(r.body, "DataFrom"), "2025-01-02T03:00:00Z");
  EXPECT_EQ(xml_text(r.body, "DataUntil"), "2026-03-04T05:00:00Z");
}

TEST_F(CamsimRecordingEvents, ListsOneRecordingWithVideoTrack) {
  const auto r = post_soap(url("recording_service"), op("GetRecordings", kTrc));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(xml_text(r.body, "RecordingToken"), "Recording_1");
  EXPECT_EQ(xml_text(r.body, "TrackType"), "Video");
  EXPECT_EQ(xml_text(r.body, "MaximumRetentionTime"), "P400D");
}

TEST_F(CamsimRecordingEvents, SendsInitializedStatesOnNewSubscription) {
  const std::string address = subscribe();
  EXPECT_EQ(address.rfind("http://127.0.0.1:" + std::to_string(cam.http_port) + "/onvif/events/subscription/", 0), 0U)
      << address;
  const std::string body = pull(address);
  EXPECT_EQ(xml_count(body, "NotificationMessage"), 3U) << body;
  EXPECT_NE(body.find("tns1:Device/HardwareFailure/StorageFailure"), std::string::npos);
  EXPECT_NE(body.find("PropertyOperation=\"Initialized\""), std::string::npos);
  EXPECT_EQ(xml_count(pull(address), "NotificationMessage"), 0U) << "delivered twice";
}

TEST_F(CamsimRecordingEvents, DeliversStorageFailureThroughPullMessages) {
  const std::string address = subscribe();
  pull(address);
  sim.patch_faults(0, {.storage_failure = true});
  const std::string body = pull(address);
  ASSERT_EQ(xml_count(body, "NotificationMessage"), 1U) << body;
  EXPECT_EQ(xml_text(body, "Topic"), "tns1:Device/HardwareFailure/StorageFailure");
  EXPECT_NE(body.find("Name=\"Failed\" Value=\"true\""), std::string::npos) << body;
  EXPECT_NE(body.find("PropertyOperation=\"Changed\""), std::string::npos);
}

TEST_F(CamsimRecordingEvents, DeliversInjectedVideoLossAndTampering) {
  const std::string address = subscribe();
  pull(address);
  sim.inject_event(0, EventKind::video_loss, true);
  sim.inject_event(0, EventKind::tampering, true);
  const std::string body = pull(address);
  EXPECT_EQ(xml_texts(body, "Topic"), (std::vector<std::string>{"tns1:VideoSource/SignalLoss",
                                                                  "tns1:VideoSource/GlobalSceneChange/ImagingService"}));
}

TEST_F(CamsimRecordingEvents, ForgetsSubscriptionAfterUnsubscribe) {
  const std::string address = subscribe();
  auto r = post_soap(address, op("Unsubscribe", kWsnt));
  EXPECT_EQ(r.status, 200) << r.body;
  r = post_soap(address, op("PullMessages", kTev, "<Timeout>PT1S</Timeout><MessageLimit>10</MessageLimit>"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(xml_count(r.body, "Fault"), 1U);
}

}  // namespace
}  // namespace camtrack::camsim::test
