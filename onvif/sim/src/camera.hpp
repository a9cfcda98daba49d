// The live state of one simulated camera: faults, footage range, PullPoint subscriptions with their
// pending notifications, snapshot counter, and its two listening sockets. Owned by the loop thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

#include "camsim/faults.hpp"
#include "camsim/options.hpp"
#include "camsim/simulator.hpp"
#include "listener.hpp"

namespace camtrack::camsim {

struct Notification {
  EventKind kind;
  bool state = false;
  std::chrono::sys_seconds utc_time{};
  std::string operation;  // "Initialized" (state at subscription time) or "Changed"
};

struct Subscription {
  std::deque<Notification> pending;
  std::chrono::sys_seconds expires{};  // device clock
};

class Camera {
 public:
  static constexpr std::size_t max_subscriptions = 16;
  static constexpr std::size_t max_pending = 256;
  static constexpr std::chrono::seconds subscription_lifetime{600};

  Camera(int index, const SimulatorOptions& options, Listener::OnAccept on_http, Listener::OnAccept on_rtsp,
         boost::asio::io_context& io);

  int index() const { return index_; }
  std::string name() const;
  std::chrono::sys_seconds device_now() const;
  const SimulatorOptions& options() const { return options_; }

  // Opens both ports (at the given ports; 0 lets the OS pick) unless down. Throws on bind failure.
  void open(std::uint16_t http_port, std::uint16_t rtsp_port);
  // Opens the HTTP port only; RTSP is served by a listener shared by the fleet on shared_rtsp_port,
  // under the path prefix "/cam<index>".
  void open_with_shared_rtsp(std::uint16_t http_port, std::uint16_t shared_rtsp_port);
  const std::string& rtsp_prefix() const { return rtsp_prefix_; }
  const Faults& faults() const { return faults_; }
  // Applies new faults: opens/closes sockets for down, queues Changed notifications for event states.
  void set_faults(const Faults& faults);
  void raise(EventKind kind, bool state);

  std::uint32_t subscribe();
  Subscription* subscription(std::uint32_t id);
  bool unsubscribe(std::uint32_t id);

  // Closes both listening sockets without changing the faults (simulator shutdown).
  void close_sockets();

  void set_recording_range(std::optional<std::chrono::sys_seconds> earliest,
                           std::optional<std::chrono::sys_seconds> latest);
  std::chrono::sys_seconds recording_earliest() const;
  std::chrono::sys_seconds recording_latest() const;

  std::uint16_t http_port() const { return http_port_; }
  std::uint16_t rtsp_port() const { return rtsp_port_; }
  std::string http_base() const;  // "http://127.0.0.1:<port>"
  std::string stream_url(int channel) const;
  std::string snapshot_url() const;
  CameraInfo info() const;

  // Snapshot state.
  std::uint64_t next_frame() { return ++frames_; }
  std::string& frozen_jpeg() { return frozen_jpeg_; }

 private:
  void open_sockets();

  int index_;
  const SimulatorOptions& options_;
  Faults faults_;
  std::optional<std::chrono::sys_seconds> earliest_, latest_;
  std::map<std::uint32_t, Subscription> subscriptions_;
  std::uint32_t next_subscription_ = 1;
  std::uint64_t frames_ = 0;
  std::string frozen_jpeg_;
  Listener http_;
  Listener rtsp_;
  std::uint16_t http_port_ = 0;
  std::uint16_t rtsp_port_ = 0;
  bool own_rtsp_ = true;
  std::string rtsp_prefix_;  // "" with its own RTSP port, "/cam<index>" on the shared one
};

}  // namespace camtrack::camsim
