#include "control_handler.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

#include "camsim/camera_json.hpp"
#include "responses.hpp"
#include "time_text.hpp"

namespace camtrack::camsim {

namespace {

using nlohmann::json;

struct HttpError {
  int status;
  std::string message;
};

std::string error_body(const std::string& message) { return json{{"error", message}}.dump(); }

// "/cameras/12/faults" -> {"cameras", "12", "faults"}
std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < path.size()) {
    const std::size_t slash = path.find('/', pos);
    const std::size_t end = slash == std::string::npos ? path.size() : slash;
    if (end > pos) out.push_back(path.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

std::optional<std::chrono::sys_seconds> time_field(const json& doc, const char* key) {
  if (!doc.contains(key) || doc[key].is_null()) return std::nullopt;
  if (!doc[key].is_string()) throw HttpError{400, std::string("field '") + key + "': expected an RFC 3339 string or null"};
  const auto t = parse_utc(doc[key].get<std::string>());
  if (!t) throw HttpError{400, std::string("field '") + key + "': not an RFC 3339 date-time"};
  return t;
}

}  // namespace

Reply ControlHandler::handle(const Request& request) {
  ++core_.requests.control;
  try {
    std::string body = route(request, path_of(request.target));
    return {Reply::Kind::answer, http_response(200, "OK", "application/json", body), false};
  } catch (const HttpError& e) {
    const char* reason = e.status == 404 ? "Not Found" : e.status == 405 ? "Method Not Allowed" : "Bad Request";
    return {Reply::Kind::answer, http_response(e.status, reason, "application/json", error_body(e.message)), false};
  }
}

std::string ControlHandler::bad_request(bool too_large) const {
  return http_response(too_large ? 413 : 400, too_large ? "Payload Too Large" : "Bad Request", "application/json",
                       error_body(too_large ? "request too large" : "malformed HTTP request"));
}

std::string ControlHandler::route(const Request& request, const std::string& path) {
  const auto parts = segments(path);
  const bool get = request.method == "GET";
  const bool post = request.method == "POST";
  if (parts.size() == 1 && parts[0] == "healthz" && get) return "\"ok\"";
  if (parts.size() == 1 && parts[0] == "stats" && get) {
    const SimulatorStats s = stats_of(core_);
    return json{{"cameras", cameras_.size()},          {"connections_accepted", s.connections_accepted},
                {"connections_open", s.connections_open}, {"connections_hanging", s.connections_hanging},
                {"soap_requests", s.soap_requests},      {"rtsp_requests", s.rtsp_requests},
                {"snapshot_requests", s.snapshot_requests}, {"control_requests", s.control_requests}}
        .dump();
  }
  if (parts.empty() || parts[0] != "cameras") throw HttpError{404, "no such resource: " + path};
  if (parts.size() == 1) {
    if (!get) throw HttpError{405, "GET only"};
    std::vector<CameraInfo> all;
    all.reserve(cameras_.size());
    for (const auto& node : cameras_) all.push_back(node->camera.info());
    return to_json_text(all);
  }
  int index = -1;
  const auto [ptr, ec] = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), index);
  if (ec != std::errc{} || ptr != parts[1].data() + parts[1].size() || index < 0 ||
      index >= static_cast<int>(cameras_.size())) {
    throw HttpError{404, "camera index '" + parts[1] + "': no such camera"};
  }
  Camera& cam = cameras_[static_cast<std::size_t>(index)]->camera;
  if (parts.size() == 2 && get) return to_json_text(cam.info());
  if (parts.size() != 3) throw HttpError{404, "no such resource: " + path};
  if (!post) throw HttpError{405, "POST only"};
  const std::string body(request.body);
  if (parts[2] == "faults") {
    FaultPatch patch;
    std::string error;
    if (!parse_fault_patch(body, patch, error)) throw HttpError{400, error};
    cam.set_faults(patch.applied_to(cam.faults()));
    return to_json_text(cam.info());
  }
  const json doc = json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) throw HttpError{400, "body: expected a JSON object"};
  if (parts[2] == "events") {
    const auto kind = event_kind_from_name(doc.value("kind", std::string()));
    if (!kind) throw HttpError{400, "field 'kind': expected video_loss, tampering or storage_failure"};
    if (!doc.contains("state") || !doc["state"].is_boolean()) throw HttpError{400, "field 'state': expected true or false"};
    cam.raise(*kind, doc["state"].get<bool>());
    return "{}";
  }
  if (parts[2] == "recording") {
    cam.set_recording_range(time_field(doc, "earliest"), time_field(doc, "latest"));
    return to_json_text(cam.info());
  }
  throw HttpError{404, "no such resource: " + path};
}

}  // namespace camtrack::camsim
