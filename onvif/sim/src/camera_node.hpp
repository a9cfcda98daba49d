// One simulated camera with its two request handlers; heap-allocated so the accept callbacks can keep
// a stable pointer to it.
#pragma once

#include <memory>

#include "camera.hpp"
#include "http_handler.hpp"
#include "rtsp_handler.hpp"
#include "sim_core.hpp"

namespace camtrack::camsim {

class CameraNode {
 public:
  CameraNode(int index, SimCore& core)
      : camera(index, core.options, accept_with(http, core), accept_with(rtsp, core), core.io),
        http(camera, core),
        rtsp(camera, core) {}
  CameraNode(const CameraNode&) = delete;
  CameraNode& operator=(const CameraNode&) = delete;

  Camera camera;
  HttpHandler http;
  RtspHandler rtsp;

 private:
  static Listener::OnAccept accept_with(RequestHandler& handler, SimCore& core) {
    return [&handler, &core](boost::asio::ip::tcp::socket socket) {
      std::make_shared<Connection>(std::move(socket), handler, core.limits, core.connections)->start();
    };
  }
};

using CameraNodes = std::vector<std::unique_ptr<CameraNode>>;

SimulatorStats stats_of(const SimCore& core);

}  // namespace camtrack::camsim
