// One RTSP port for the whole fleet, used when the descriptor limit does not allow one listening socket
// per camera: the camera is the first path segment ("/cam<index>/Streaming/Channels/101"). A hanging
// camera's requests are read and never answered; a down camera's connections are closed unanswered.
#pragma once

#include "camera_node.hpp"
#include "connection.hpp"

namespace camtrack::camsim {

class SharedRtspHandler : public RequestHandler {
 public:
  explicit SharedRtspHandler(CameraNodes& cameras) : cameras_(cameras) {}
  bool hang_on_accept() const override { return false; }
  Reply handle(const Request& request) override;
  std::string bad_request(bool too_large) const override;

 private:
  CameraNodes& cameras_;
};

}  // namespace camtrack::camsim
