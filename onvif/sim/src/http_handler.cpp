#include "http_handler.hpp"

#include "responses.hpp"

namespace camtrack::camsim {

Reply HttpHandler::handle(const Request& request) {
  const Faults& faults = camera_.faults();
  if (faults.hang) return {Reply::Kind::hang, {}, false};
  if (faults.down) return {Reply::Kind::close, {}, false};
  const std::string path = path_of(request.target);
  if (request.method == "POST") {
    ++core_.requests.soap;
    return {Reply::Kind::answer, core_.soap.handle(request.raw, camera_, path), false};
  }
  if (request.method == "GET" || request.method == "HEAD") {
    if (path == "/onvif/snapshot.jpg") {
      ++core_.requests.snapshot;
      std::string jpeg = snapshot();
      std::string reply = http_response(200, "OK", "image/jpeg", jpeg);
      if (request.method == "HEAD") reply.resize(reply.size() - jpeg.size());
      return {Reply::Kind::answer, std::move(reply), false};
    }
    return {Reply::Kind::answer, http_response(404, "Not Found", "text/plain", "not found\n"), false};
  }
  return {Reply::Kind::answer,
          http_response(405, "Method Not Allowed", "text/plain", "method not allowed\n", "Allow: GET, POST\r\n"),
          false};
}

std::string HttpHandler::bad_request(bool too_large) const {
  return too_large ? http_response(413, "Payload Too Large", "text/plain", "request too large\n")
                   : http_response(400, "Bad Request", "text/plain", "bad request\n");
}

std::string HttpHandler::snapshot() {
  const Faults& faults = camera_.faults();
  if (faults.black_snapshot) return core_.jpeg.black();
  if (faults.frozen_snapshot) {
    std::string& frozen = camera_.frozen_jpeg();
    if (frozen.empty()) frozen = core_.jpeg.pattern(camera_.index(), camera_.next_frame());
    return frozen;
  }
  return core_.jpeg.pattern(camera_.index(), camera_.next_frame());
}

}  // namespace camtrack::camsim
