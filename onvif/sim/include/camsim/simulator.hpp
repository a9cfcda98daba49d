// camsim: an ONVIF device simulator built from the gSOAP server skeletons of onvif/gsoap/onvif.h.
// One Simulator serves one camera or a fleet of thousands from a single event-loop thread (Boost.Asio):
// per camera one HTTP port (ONVIF Device, Media, Media2, Recording, Search, Events and a JPEG snapshot)
// and one RTSP port (OPTIONS, DESCRIBE), plus an optional HTTP JSON control endpoint. Faults are
// switched at run time per camera. Binds to 127.0.0.1 only. May use gSOAP, OpenSSL, Boost.Asio,
// libturbojpeg and nlohmann-json; nothing of camtrack's other modules.
//
// Thread safety: every public method may be called from any thread; state lives on the loop thread
// and calls are carried out there.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "camsim/faults.hpp"
#include "camsim/options.hpp"

namespace camtrack::camsim {

struct CameraInfo {
  int index = 0;
  std::string name;             // "camsim-0001"
  std::uint16_t http_port = 0;  // ONVIF + snapshot
  std::uint16_t rtsp_port = 0;
  std::string device_url;       // http://127.0.0.1:<http_port>/onvif/device_service
  std::string stream_url;       // rtsp://127.0.0.1:<rtsp_port>/Streaming/Channels/101
  std::string snapshot_url;     // http://127.0.0.1:<http_port>/onvif/snapshot.jpg
  Faults faults;
  std::chrono::sys_seconds recording_earliest{};
  std::chrono::sys_seconds recording_latest{};
};

struct SimulatorStats {
  std::uint64_t connections_accepted = 0;
  std::uint64_t connections_open = 0;
  std::uint64_t connections_hanging = 0;
  std::uint64_t soap_requests = 0;
  std::uint64_t rtsp_requests = 0;
  std::uint64_t snapshot_requests = 0;
  std::uint64_t control_requests = 0;
};

class Simulator {
 public:
  // Throws std::invalid_argument for bad options (bind address other than 127.0.0.1, no cameras...).
  explicit Simulator(SimulatorOptions options);
  ~Simulator();  // stops
  Simulator(const Simulator&) = delete;
  Simulator& operator=(const Simulator&) = delete;

  // Binds every port and starts the loop thread. Throws std::system_error when a port cannot be bound.
  void start();
  // Stops the loop and closes every socket. Idempotent.
  void stop();

  const SimulatorOptions& options() const;
  int camera_count() const;
  CameraInfo camera(int index) const;          // throws std::out_of_range
  std::vector<CameraInfo> cameras() const;
  std::optional<std::uint16_t> control_port() const;  // the bound port, once started
  SimulatorStats stats() const;

  Faults faults(int index) const;
  void set_faults(int index, const Faults& faults);   // raises/clears events for state changes
  void patch_faults(int index, const FaultPatch& patch);
  // Queues one notification (state true = raised) for every open PullPoint subscription of the camera.
  void inject_event(int index, EventKind kind, bool state);
  // Footage range reported by GetRecordingSummary/GetRecordings; nullopt: relative to the device clock
  // (earliest = now - retention, latest = now).
  void set_recording_range(int index, std::optional<std::chrono::sys_seconds> earliest,
                           std::optional<std::chrono::sys_seconds> latest);

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace camtrack::camsim
