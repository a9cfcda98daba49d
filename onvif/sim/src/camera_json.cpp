#include "camsim/camera_json.hpp"

#include <nlohmann/json.hpp>

#include "time_text.hpp"

namespace camtrack::camsim {

namespace {

using nlohmann::json;

json faults_json(const Faults& f) {
  return {{"down", f.down},
          {"hang", f.hang},
          {"wrong_password", f.wrong_password},
          {"dead_stream", f.dead_stream},
          {"clock_skew_seconds", f.clock_skew_seconds},
          {"black_snapshot", f.black_snapshot},
          {"frozen_snapshot", f.frozen_snapshot},
          {"short_retention", f.short_retention},
          {"storage_failure", f.storage_failure},
          {"video_loss", f.video_loss},
          {"tampering", f.tampering},
          {"no_events", f.no_events}};
}

json camera_json(const CameraInfo& c) {
  return {{"index", c.index},
          {"name", c.name},
          {"http_port", c.http_port},
          {"rtsp_port", c.rtsp_port},
          {"device_url", c.device_url},
          {"stream_url", c.stream_url},
          {"snapshot_url", c.snapshot_url},
          {"faults", faults_json(c.faults)},
          {"recording", {{"earliest", format_utc(c.recording_earliest)}, {"latest", format_utc(c.recording_latest)}}}};
}

bool read_bool(const json& value, const std::string& key, std::optional<bool>& out, std::string& error) {
  if (!value.is_boolean()) {
    error = "field '" + key + "': expected true or false";
    return false;
  }
  out = value.get<bool>();
  return true;
}

}  // namespace

std::string to_json_text(const CameraInfo& camera) { return camera_json(camera).dump(); }

std::string to_json_text(const std::vector<CameraInfo>& cameras) {
  json list = json::array();
  for (const auto& c : cameras) list.push_back(camera_json(c));
  return list.dump();
}

std::string to_json_text(const Faults& faults) { return faults_json(faults).dump(); }

bool parse_fault_patch(const std::string& json_text, FaultPatch& patch, std::string& error) {
  const json doc = json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "body: expected a JSON object of fault fields";
    return false;
  }
  for (const auto& [key, value] : doc.items()) {
    bool ok = true;
    if (key == "down") ok = read_bool(value, key, patch.down, error);
    else if (key == "hang") ok = read_bool(value, key, patch.hang, error);
    else if (key == "wrong_password") ok = read_bool(value, key, patch.wrong_password, error);
    else if (key == "dead_stream") ok = read_bool(value, key, patch.dead_stream, error);
    else if (key == "black_snapshot") ok = read_bool(value, key, patch.black_snapshot, error);
    else if (key == "frozen_snapshot") ok = read_bool(value, key, patch.frozen_snapshot, error);
    else if (key == "short_retention") ok = read_bool(value, key, patch.short_retention, error);
    else if (key == "storage_failure") ok = read_bool(value, key, patch.storage_failure, error);
    else if (key == "video_loss") ok = read_bool(value, key, patch.video_loss, error);
    else if (key == "tampering") ok = read_bool(value, key, patch.tampering, error);
    else if (key == "no_events") ok = read_bool(value, key, patch.no_events, error);
    else if (key == "clock_skew_seconds") {
      if (!value.is_number_integer()) {
        error = "field 'clock_skew_seconds': expected an integer number of seconds";
        return false;
      }
      patch.clock_skew_seconds = value.get<std::int64_t>();
    } else {
      error = "field '" + key + "': unknown fault";
      return false;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace camtrack::camsim
