// The HTTP JSON control endpoint of camsim (its own port):
//   GET  /healthz                      -> "ok"
//   GET  /stats                        -> connection and request counters
//   GET  /cameras, GET /cameras/<i>    -> camera addresses, faults, footage range
//   POST /cameras/<i>/faults {"hang": true, "clock_skew_seconds": 3600, ...}  (partial update)
//   POST /cameras/<i>/events {"kind": "video_loss"|"tampering"|"storage_failure", "state": true}
//   POST /cameras/<i>/recording {"earliest": "RFC 3339"|null, "latest": "RFC 3339"|null}
// Errors are 4xx with {"error": "<one line naming the field>"}.
#pragma once

#include "camera_node.hpp"
#include "connection.hpp"
#include "sim_core.hpp"

namespace camtrack::camsim {

class ControlHandler : public RequestHandler {
 public:
  ControlHandler(CameraNodes& cameras, SimCore& core) : cameras_(cameras), core_(core) {}
  bool hang_on_accept() const override { return false; }
  Reply handle(const Request& request) override;
  std::string bad_request(bool too_large) const override;

 private:
  std::string route(const Request& request, const std::string& path);

  CameraNodes& cameras_;
  SimCore& core_;
};

}  // namespace camtrack::camsim
