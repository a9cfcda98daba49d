// Settings of a camsim instance (one camera or a fleet); validated by Simulator's constructor.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace camtrack::camsim {

struct SimulatorOptions {
  std::string bind_address = "127.0.0.1";  // anything else is refused
  int cameras = 1;
  // 0: the OS picks every port. Otherwise camera i serves ONVIF + snapshots on base_port + i and RTSP
  // on base_port + cameras + i.
  std::uint16_t base_port = 0;
  // One RTSP port for all cameras (base_port + cameras, or OS-picked), camera i under "/cam<i>/...".
  // Chosen anyway when the descriptor limit cannot hold two listening sockets per camera.
  bool shared_rtsp = false;
  // The HTTP JSON control endpoint; nullopt: none, 0: the OS picks.
  std::optional<std::uint16_t> control_port;
  std::string user = "admin";
  std::string password = "admin";
  double hanging_percent = 0;        // that share of cameras starts with the hang fault, spread evenly
  bool rtsp_digest = false;          // RTSP DESCRIBE demands HTTP Digest with user/password
  int retention_days = 400;          // footage reaches back that far unless set per camera
  int short_retention_days = 30;     // with the short_retention fault
  std::chrono::seconds timestamp_window{300};  // UsernameToken Created must be this close to device time
  std::chrono::seconds request_timeout{30};    // a request must arrive completely within this
  std::chrono::seconds hang_close_after{300};  // hanging connections are closed after this idle time
  std::size_t max_request_bytes = 256 * 1024;
  std::string manufacturer = "camtrack";
  std::string model = "camsim";
  std::string firmware_version = "1.0.0";
};

}  // namespace camtrack::camsim
