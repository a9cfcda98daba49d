#include "camera.hpp"

#include <cstdio>

namespace camtrack::camsim {

using std::chrono::sys_seconds;

Camera::Camera(int index, const SimulatorOptions& options, Listener::OnAccept on_http, Listener::OnAccept on_rtsp,
               boost::asio::io_context& io)
    : index_(index), options_(options), http_(io, std::move(on_http)), rtsp_(io, std::move(on_rtsp)) {}

std::string Camera::name() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "camsim-%04d", index_);
  return buf;
}

sys_seconds Camera::device_now() const {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return now + std::chrono::seconds(faults_.clock_skew_seconds);
}

void Camera::open(std::uint16_t http_port, std::uint16_t rtsp_port) {
  http_port_ = http_.open(http_port);
  rtsp_port_ = rtsp_.open(rtsp_port);
  if (faults_.down) close_sockets();
}

void Camera::open_with_shared_rtsp(std::uint16_t http_port, std::uint16_t shared_rtsp_port) {
  own_rtsp_ = false;
  rtsp_prefix_ = "/cam" + std::to_string(index_);
  rtsp_port_ = shared_rtsp_port;
  http_port_ = http_.open(http_port);
  if (faults_.down) close_sockets();
}

void Camera::open_sockets() {
  if (!http_.is_open()) http_.open(http_port_);
  if (own_rtsp_ && !rtsp_.is_open()) rtsp_.open(rtsp_port_);
}

void Camera::close_sockets() {
  http_.close();
  rtsp_.close();
}

void Camera::set_faults(const Faults& faults) {
  const Faults before = faults_;
  if (faults.frozen_snapshot != before.frozen_snapshot) frozen_jpeg_.clear();
  faults_ = faults;
  if (faults.down != before.down && http_port_ != 0) {
    if (faults.down) {
      close_sockets();
    } else {
      open_sockets();
    }
  }
  if (faults.video_loss != before.video_loss) raise(EventKind::video_loss, faults.video_loss);
  if (faults.tampering != before.tampering) raise(EventKind::tampering, faults.tampering);
  if (faults.storage_failure != before.storage_failure) raise(EventKind::storage_failure, faults.storage_failure);
}

void Camera::raise(EventKind kind, bool state) {
  const Notification n{kind, state, device_now(), "Changed"};
  for (auto& [id, sub] : subscriptions_) {
    if (sub.pending.size() >= max_pending) sub.pending.pop_front();
    sub.pending.push_back(n);
  }
}

std::uint32_t Camera::subscribe() {
  const auto now = device_now();
  std::erase_if(subscriptions_, [now](const auto& entry) { return entry.second.expires < now; });
  if (subscriptions_.size() >= max_subscriptions) subscriptions_.erase(subscriptions_.begin());
  const std::uint32_t id = next_subscription_++;
  Subscription& sub = subscriptions_[id];
  sub.expires = now + subscription_lifetime;
  // Like real devices: the current state of every property topic first.
  sub.pending.push_back({EventKind::video_loss, faults_.video_loss, now, "Initialized"});
  sub.pending.push_back({EventKind::tampering, faults_.tampering, now, "Initialized"});
  sub.pending.push_back({EventKind::storage_failure, faults_.storage_failure, now, "Initialized"});
  return id;
}

Subscription* Camera::subscription(std::uint32_t id) {
  const auto it = subscriptions_.find(id);
  return it == subscriptions_.end() ? nullptr : &it->second;
}

bool Camera::unsubscribe(std::uint32_t id) { return subscriptions_.erase(id) > 0; }

void Camera::set_recording_range(std::optional<sys_seconds> earliest, std::optional<sys_seconds> latest) {
  earliest_ = earliest;
  latest_ = latest;
}

sys_seconds Camera::recording_earliest() const {
  const int days = faults_.short_retention ? options_.short_retention_days : options_.retention_days;
  const sys_seconds relative = device_now() - std::chrono::days(days);
  if (!earliest_) return relative;
  // The short-retention fault wins over an explicit range that reaches further back.
  return faults_.short_retention && *earliest_ < relative ? relative : *earliest_;
}

sys_seconds Camera::recording_latest() const { return latest_ ? *latest_ : device_now(); }

std::string Camera::http_base() const { return "http://127.0.0.1:" + std::to_string(http_port_); }

std::string Camera::stream_url(int channel) const {
  return "rtsp://127.0.0.1:" + std::to_string(rtsp_port_) + rtsp_prefix_ + "/Streaming/Channels/" +
         std::to_string(channel);
}

std::string Camera::snapshot_url() const { return http_base() + "/onvif/snapshot.jpg"; }

CameraInfo Camera::info() const {
  CameraInfo info;
  info.index = index_;
  info.name = name();
  info.http_port = http_port_;
  info.rtsp_port = rtsp_port_;
  info.device_url = http_base() + "/onvif/device_service";
  info.stream_url = stream_url(101);
  info.snapshot_url = snapshot_url();
  info.faults = faults_;
  info.recording_earliest = recording_earliest();
  info.recording_latest = recording_latest();
  return info;
}

}  // namespace camtrack::camsim
