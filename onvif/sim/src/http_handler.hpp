// A camera's HTTP port: SOAP POSTs go to the gSOAP dispatch, GET /onvif/snapshot.jpg returns a JPEG.
// Applies the hang fault (no answer, ever) and the down fault (connections accepted just before).
#pragma once

#include "camera.hpp"
#include "connection.hpp"
#include "sim_core.hpp"

namespace camtrack::camsim {

class HttpHandler : public RequestHandler {
 public:
  HttpHandler(Camera& camera, SimCore& core) : camera_(camera), core_(core) {}
  bool hang_on_accept() const override { return camera_.faults().hang; }
  Reply handle(const Request& request) override;
  std::string bad_request(bool too_large) const override;

 private:
  std::string snapshot();

  Camera& camera_;
  SimCore& core_;
};

}  // namespace camtrack::camsim
