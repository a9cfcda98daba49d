// A camera's RTSP port: OPTIONS and DESCRIBE (an SDP with one H.264 video track) on
// /Streaming/Channels/101 and 102, optional Digest authentication; dead_stream answers 404, hang never
// answers, wrong_password rejects every credential. No media is ever sent (no SETUP/PLAY).
#pragma once

#include "camera.hpp"
#include "connection.hpp"
#include "sim_core.hpp"

namespace camtrack::camsim {

class RtspHandler : public RequestHandler {
 public:
  RtspHandler(Camera& camera, SimCore& core) : camera_(camera), core_(core) {}
  bool hang_on_accept() const override { return camera_.faults().hang; }
  Reply handle(const Request& request) override;
  std::string bad_request(bool too_large) const override;

 private:
  bool authorized(const Request& request) const;
  std::string sdp(const std::string& path) const;

  Camera& camera_;
  SimCore& core_;
};

}  // namespace camtrack::camsim
