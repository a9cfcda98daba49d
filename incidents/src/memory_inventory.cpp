// MemoryStore: the inventory part.
#include "incidents/inventory_rules.hpp"
#include "incidents/memory_store.hpp"
#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"

namespace camtrack::incidents {
namespace {

template <typename T>
std::vector<T> values(const std::map<std::string, T>& m) {
  std::vector<T> out;
  for (const auto& [code, v] : m) out.push_back(v);
  return out;
}

}  // namespace

std::optional<Camera> MemoryStore::find_camera(const std::string& code) const {
  auto it = cameras_.find(code);
  if (it == cameras_.end()) return std::nullopt;
  return stored_view(it->second);
}

Camera MemoryStore::stored_view(const Camera& camera) const {
  Camera view = camera;
  view.has_password = camera.password.has_value() && !camera.password->empty();
  view.password.reset();
  return view;
}

Recorder MemoryStore::stored_view(const Recorder& recorder) const {
  Recorder view = recorder;
  view.has_password = recorder.password.has_value() && !recorder.password->empty();
  view.password.reset();
  return view;
}

Outcome<Site> MemoryStore::site(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (!site_) return refuse(RefusalCode::not_found, "the site has not been set up yet");
  return *site_;
}

Outcome<Done> MemoryStore::save_site(const Actor& actor, const Site& site, Instant) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_site(site); !errors.empty()) return invalid_fields(errors);
  site_ = site;
  return Done{};
}

Outcome<Camera> MemoryStore::save_camera(const Actor& actor, const Camera& camera, Instant) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_camera(camera); !errors.empty()) return invalid_fields(errors);
  if (camera.recorder_id) {
    bool found = false;
    for (const auto& [code, r] : recorders_) found = found || r.id == *camera.recorder_id;
    if (!found) return refuse(RefusalCode::not_found, "recorder: no recorder with id " + std::to_string(*camera.recorder_id));
  }
  Camera stored = camera;
  auto it = cameras_.find(camera.code);
  if (it != cameras_.end()) {
    stored.id = it->second.id;
    if (!stored.password) stored.password = it->second.password;
  } else {
    stored.id = next_camera_id_++;
  }
  cameras_[stored.code] = stored;
  return stored_view(stored);
}

Outcome<Camera> MemoryStore::camera(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (auto cam = find_camera(code)) return *cam;
  return refuse(RefusalCode::not_found, "no camera with code '" + code + "'");
}

Outcome<std::vector<Camera>> MemoryStore::cameras(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  std::vector<Camera> out;
  for (const auto& [code, cam] : cameras_) out.push_back(stored_view(cam));
  return out;
}

Outcome<std::string> MemoryStore::camera_password(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  auto it = cameras_.find(code);
  if (it == cameras_.end()) return refuse(RefusalCode::not_found, "no camera with code '" + code + "'");
  return it->second.password.value_or("");
}

Outcome<ImportSummary> MemoryStore::import_cameras(const Actor& actor, const std::vector<CameraCsvRow>& rows,
                                                   Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  std::string problems;
  std::vector<Camera> resolved;
  for (const auto& row : rows) {
    Camera cam = row.camera;
    if (!row.recorder_code.empty()) {
      auto r = recorders_.find(row.recorder_code);
      if (r == recorders_.end()) {
        problems += (problems.empty() ? "" : "\n") +
                    describe(CsvLineError{row.line, "recorder", "no recorder with code '" + row.recorder_code + "'"});
        continue;
      }
      cam.recorder_id = r->second.id;
    }
    for (const auto& e : validate_camera(cam)) {
      problems += (problems.empty() ? "" : "\n") + describe(CsvLineError{row.line, e.field, e.problem});
    }
    resolved.push_back(cam);
  }
  if (!problems.empty()) return refuse(RefusalCode::invalid_input, problems);
  ImportSummary summary;
  for (const auto& cam : resolved) {
    ++(cameras_.count(cam.code) ? summary.updated : summary.inserted);
    (void)save_camera(actor, cam, now);
  }
  return summary;
}

Outcome<Recorder> MemoryStore::save_recorder(const Actor& actor, const Recorder& recorder, Instant) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_recorder(recorder); !errors.empty()) return invalid_fields(errors);
  Recorder stored = recorder;
  auto it = recorders_.find(recorder.code);
  stored.id = it != recorders_.end() ? it->second.id : next_recorder_id_++;
  if (it != recorders_.end() && !stored.password) stored.password = it->second.password;
  recorders_[stored.code] = stored;
  return stored_view(stored);
}

Outcome<std::vector<Recorder>> MemoryStore::recorders(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  std::vector<Recorder> out;
  for (const auto& [code, r] : recorders_) out.push_back(stored_view(r));
  return out;
}

Outcome<std::string> MemoryStore::recorder_password(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  auto it = recorders_.find(code);
  if (it == recorders_.end()) return refuse(RefusalCode::not_found, "no recorder with code '" + code + "'");
  return it->second.password.value_or("");
}

Outcome<Uplink> MemoryStore::save_uplink(const Actor& actor, const Uplink& uplink, Instant) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_uplink(uplink); !errors.empty()) return invalid_fields(errors);
  Uplink stored = uplink;
  auto it = uplinks_.find(uplink.code);
  stored.id = it != uplinks_.end() ? it->second.id : next_uplink_id_++;
  uplinks_[stored.code] = stored;
  return stored;
}

Outcome<std::vector<Uplink>> MemoryStore::uplinks(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  return values(uplinks_);
}

}  // namespace camtrack::incidents
