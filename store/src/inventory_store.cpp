// InventoryStore: cameras and the CSV import (site, recorders and uplinks are in inventory_store_misc.cpp).
#include "store/inventory_store.hpp"

#include "incidents/inventory_rules.hpp"
#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"
#include "incidents/time_text.hpp"
#include "inventory_rows.hpp"
#include "json_text.hpp"
#include "store/audit_log.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"

namespace camtrack::store {

using namespace incidents;

namespace {

Refusal no_cipher() {
  return refuse(RefusalCode::invalid_input,
                "password: no credentials key is configured, so camera passwords cannot be stored or read");
}

}  // namespace

InventoryStore::InventoryStore(Database& db, const CredentialCipher* cipher) : db_(db), cipher_(cipher) {}

std::optional<Refusal> InventoryStore::write_camera(const Actor& actor, const Camera& camera, Instant now,
                                                    Camera& stored) {
  if (auto errors = validate_camera(camera); !errors.empty()) return invalid_fields(errors);
  if (camera.recorder_id && !detail::recorder_exists(db_, *camera.recorder_id)) {
    return refuse(RefusalCode::not_found, "recorder: no recorder with id " + std::to_string(*camera.recorder_id));
  }
  const bool new_password = camera.password && !camera.password->empty();
  if (new_password && !cipher_) return no_cipher();
  const auto before = detail::find_camera(db_, camera.code);
  std::optional<std::string> box = before ? detail::camera_password_box(db_, camera.code) : std::nullopt;
  if (new_password) box = cipher_->seal(*camera.password);
  auto s = db_.prepare(
      "INSERT INTO cameras (code, name, location_class, onvif_address, username, password_box, recorder_id, "
      "switch_name, enabled) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (code) DO UPDATE SET "
      "name = ?2, location_class = ?3, onvif_address = ?4, username = ?5, password_box = ?6, recorder_id = ?7, "
      "switch_name = ?8, enabled = ?9");
  s.bind(1, camera.code).bind(2, camera.name).bind(3, location_class_name(camera.location));
  s.bind(4, camera.onvif_address).bind(5, camera.username);
  if (box) {
    s.bind_blob(6, *box);
  } else {
    s.bind(6, std::nullopt);
  }
  s.bind(7, camera.recorder_id).bind(8, camera.switch_name).bind(9, camera.enabled ? 1 : 0);
  s.run();
  stored = *detail::find_camera(db_, camera.code);
  JsonObject details;
  details.add_raw("before", before ? detail::camera_json(*before) : "null")
      .add_raw("after", detail::camera_json(stored))
      .add("password_changed", new_password);
  AuditLog(db_).append({format_instant(now), std::string(actor.username), before ? "camera.updated" : "camera.created",
                        "camera/" + camera.code, details.str()});
  return std::nullopt;
}

Outcome<Camera> InventoryStore::save_camera(const Actor& actor, const Camera& camera, Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  std::optional<Refusal> refusal;
  Camera stored;
  db_.transaction([&] { refusal = write_camera(actor, camera, now, stored); });
  if (refusal) return *refusal;
  return stored;
}

Outcome<Camera> InventoryStore::camera(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (auto c = detail::find_camera(db_, code)) return *c;
  return refuse(RefusalCode::not_found, "no camera with code '" + code + "'");
}

Outcome<std::vector<Camera>> InventoryStore::cameras(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  return detail::all_cameras(db_);
}

Outcome<std::string> InventoryStore::camera_password(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (!detail::find_camera(db_, code)) return refuse(RefusalCode::not_found, "no camera with code '" + code + "'");
  const auto box = detail::camera_password_box(db_, code);
  if (!box) return std::string();
  if (!cipher_) return no_cipher();
  auto plain = cipher_->open(*box);
  if (!plain) {
    return refuse(RefusalCode::invalid_input, "password of camera '" + code +
                                                  "' cannot be decrypted with the configured key (wrong key?)");
  }
  return *plain;
}

Outcome<ImportSummary> InventoryStore::import_cameras(const Actor& actor, const std::vector<CameraCsvRow>& rows,
                                                      Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  std::string problems;
  ImportSummary summary;
  auto note = [&](int line, const std::string& column, const std::string& problem) {
    problems += (problems.empty() ? "" : "\n") + describe(CsvLineError{line, column, problem});
  };
  struct Abort {};  // rolls the whole import back
  try {
    db_.transaction([&] {
      for (const auto& row : rows) {
        Camera cam = row.camera;
        if (!row.recorder_code.empty()) {
          const auto r = detail::find_recorder(db_, row.recorder_code);
          if (!r) {
            note(row.line, "recorder", "no recorder with code '" + row.recorder_code + "'");
            continue;
          }
          cam.recorder_id = r->id;
        }
        const bool existed = detail::find_camera(db_, cam.code).has_value();
        Camera stored;
        if (auto refusal = write_camera(actor, cam, now, stored)) {
          note(row.line, "", refusal->reason);
          continue;
        }
        ++(existed ? summary.updated : summary.inserted);
      }
      if (!problems.empty()) throw Abort{};
      AuditLog(db_).append({format_instant(now), std::string(actor.username), "cameras.imported", "cameras",
                            JsonObject().add("inserted", summary.inserted).add("updated", summary.updated).str()});
    });
  } catch (const Abort&) {
    return refuse(RefusalCode::invalid_input, problems);
  }
  return summary;
}

}  // namespace camtrack::store
