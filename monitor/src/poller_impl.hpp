// The poller's state and the steps run on its thread (poller.hpp explains the design). Split over
// poller.cpp (set-up, snapshots), poller_checks.cpp (scheduling, reachability, sweeps),
// poller_deep.cpp (worker-pool checks, judging, classification, uplinks) and poller_events.cpp (the
// events check's subscription and states).
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <random>
#include <thread>

#include "deep_checks.hpp"
#include "http_probe.hpp"
#include "incidents/uplink_check.hpp"
#include "monitor/classifier.hpp"
#include "monitor/event_states.hpp"
#include "monitor/poller.hpp"
#include "monitor/retention.hpp"
#include "monitor/uplink_checks.hpp"

namespace boost::asio::ssl {
class context;
}

namespace camtrack::monitor {

using Clock = std::chrono::steady_clock;

// A camera or a recorder.
struct ObjectState {
  explicit ObjectState(boost::asio::io_context& io) : timer(io) {}
  bool recorder = false;
  std::string code;
  std::string device_url;
  onvif::Credentials credentials;
  std::optional<HttpTarget> target;
  boost::asio::steady_timer timer;
  Clock::time_point due{}, cadence_due{};
  std::uint64_t next_sweep = 0;
  bool in_flight = false, deep_in_flight = false, waiting = false;
  bool answered = false;  // last reachability check
  std::array<HealthTracker, check_kind_count> trackers{};
  bool reported_faulty = false;            // device faults as told to the classifier
  bool reported_retention = false;         // recorders: retention shortfall as told
  std::array<Clock::time_point, check_kind_count> deep_due{};
  std::optional<double> clock_offset;
  bool drift_warned = false;
  FrozenDetector frozen;
  onvif::ServiceAddresses services;
  std::string stream_uri, snapshot_uri;
  std::vector<std::size_t> siblings;       // same switch or recorder
  std::optional<RetentionVerdict> retention;
  std::optional<onvif::Subscription> subscription;  // events: the open PullPoint subscription
  EventStates events;                      // events: the states the device reported
  bool events_unsupported = false;         // events: the device offers none (asked again rarely)
  std::optional<Instant> last_checked, last_good;  // reachability checks, for the dashboard
  std::optional<std::string> snapshot;     // the last good one, when the cache keeps it
  std::uint64_t snapshot_seq = 0;
};

struct UplinkState {
  explicit UplinkState(boost::asio::io_context& io) : timer(io) {}
  std::string code;
  std::vector<incidents::UplinkCheck> targets;
  std::vector<std::string> target_texts;   // as configured, for the log
  boost::asio::steady_timer timer;
  HealthTracker tracker;
  bool reported_faulty = false;
  std::size_t pending = 0;
  std::vector<UplinkTargetResult> results;  // of the round in progress, one per target
  std::vector<std::string> notes;           // per target: the last certificate problem logged
  std::optional<Instant> last_checked, last_good;
};

struct SweepRecord {
  Clock::time_point first_start{}, last_finish{};
  std::size_t finished = 0;
  bool late = false;
};

class Poller::Impl {
 public:
  Impl(PollerConfig config, SiteInventory site, Sink sink, std::vector<ActiveFault> already_open);

  void start();
  void stop();
  Stats stats_now() const;
  CoverageReport coverage_now() const;
  HealthView health_now() const;
  void keep_snapshot(std::size_t i, std::string jpeg);
  template <class T, class F>
  T on_thread(F f) const;

  // poller_checks.cpp
  void schedule_all();
  void arm(std::size_t i);
  void on_due(std::size_t i);
  void launch(std::size_t i);
  void on_reply(std::size_t i, const ProbeReply& reply, bool cadence, std::uint64_t sweep);
  void expedite_siblings(std::size_t i, Clock::time_point now);
  void finish_sweep_check(std::uint64_t sweep, Clock::time_point now);

  // poller_deep.cpp
  void maybe_deep(std::size_t i, Clock::time_point now);
  void on_deep(std::size_t i, const DeepResult& result);
  void record(std::size_t i, CheckKind kind, const CheckOutcome& outcome);
  // poller_events.cpp
  bool events_due(const ObjectState& o, Clock::time_point now) const;
  void on_events(std::size_t i, const EventRound& round, Clock::time_point now);
  void aggregate(std::size_t i);
  void flush();
  void tick();

  // poller_uplink.cpp
  void arm_uplink(std::size_t u, Clock::duration after);
  void check_uplink(std::size_t u);
  void check_uplink_target(std::size_t u, std::size_t t);
  void uplink_target_done(std::size_t u, std::size_t t, UplinkTargetResult result, std::string note = {});
  void uplink_done(std::size_t u);

  Instant wall_now() const;

  PollerConfig config_;
  SiteInventory site_;
  Sink sink_;
  std::vector<ActiveFault> already_open_;
  Classifier classifier_;

  boost::asio::io_context io_;
  std::deque<ObjectState> objects_;        // cameras first, then recorders
  std::size_t camera_count_ = 0;
  std::deque<UplinkState> uplinks_;
  std::shared_ptr<boost::asio::ssl::context> tls_;  // for https:// uplink targets, made when one exists
  std::map<std::string, std::size_t> camera_index_;
  std::deque<std::size_t> waiting_;        // due, but max_in_flight reached
  std::map<std::uint64_t, SweepRecord> sweeps_;
  std::map<std::string, Clock::time_point> expedited_;  // group -> last time its siblings were expedited
  boost::asio::steady_timer tick_timer_{io_};
  Clock::time_point started_{};
  std::mt19937_64 rng_;
  std::size_t in_flight_ = 0;
  std::size_t deep_pending_ = 0;
  Stats stats_;
  std::size_t snapshot_bytes_ = 0;
  std::uint64_t snapshot_seq_ = 0;
  std::deque<std::pair<std::uint64_t, std::size_t>> snapshot_order_;  // (seq, object), oldest first

  std::optional<boost::asio::thread_pool> pool_;
  std::thread thread_;
  bool running_ = false;
};

}  // namespace camtrack::monitor
