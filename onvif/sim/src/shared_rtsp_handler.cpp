#include "shared_rtsp_handler.hpp"

#include <charconv>

#include "responses.hpp"

namespace camtrack::camsim {

Reply SharedRtspHandler::handle(const Request& request) {
  const std::string path = path_of(request.target);
  const std::string cseq(request.header("CSeq").value_or("0"));
  int index = -1;
  if (path.rfind("/cam", 0) == 0) {
    const char* begin = path.data() + 4;
    const char* end = path.data() + path.size();
    const auto [ptr, ec] = std::from_chars(begin, end, index);
    if (ec != std::errc{} || (ptr != end && *ptr != '/')) index = -1;
  }
  if (index < 0 || index >= static_cast<int>(cameras_.size())) {
    if (request.method == "OPTIONS") {
      return {Reply::Kind::answer, rtsp_response(200, "OK", cseq, "Public: OPTIONS, DESCRIBE\r\n"), true};
    }
    return {Reply::Kind::answer, rtsp_response(404, "Not Found", cseq), true};
  }
  return cameras_[static_cast<std::size_t>(index)]->rtsp.handle(request);
}

std::string SharedRtspHandler::bad_request(bool too_large) const {
  return rtsp_response(too_large ? 413 : 400, too_large ? "Request Entity Too Large" : "Bad Request", "0");
}

}  // namespace camtrack::camsim
