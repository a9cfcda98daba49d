#include "runtime/demo_seed.hpp"

#include "runtime/secret_key.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::app {
namespace {

using incidents::Actor;
using incidents::Instant;
using incidents::Role;

template <typename T>
std::optional<std::string> failed(const incidents::Outcome<T>& outcome, const std::string& what) {
  if (outcome.ok()) return std::nullopt;
  return "demo inventory: " + what + ": " + outcome.refusal().reason;
}

std::optional<std::string> seed_site(store::InventoryStore& store, const Actor& actor, Instant now) {
  if (store.site(actor).ok()) return std::nullopt;
  return failed(store.save_site(actor, demo::demo_site_record(), now), "site");
}

incidents::Outcome<incidents::Recorder> seed_recorder(store::InventoryStore& store, const Actor& actor,
                                                      const DemoSite& site, Instant now) {
  incidents::Recorder recorder;
  recorder.code = demo::recorder_code;
  recorder.name = "Đầu ghi hình NVR-01 (phòng bảo vệ)";
  if (auto all = store.recorders(actor); all.ok()) {
    for (const auto& r : all.value()) {
      if (r.code == recorder.code) recorder = r;
    }
  }
  recorder.address = site.recorder_address();
  recorder.username = demo::customs_user;  // the recorder's own account for customs
  recorder.password = demo::customs_password;
  return store.save_recorder(actor, recorder, now);
}

std::optional<std::string> seed_uplink(store::InventoryStore& store, const Actor& actor, const DemoSite& site,
                                       Instant now) {
  incidents::Uplink uplink;
  uplink.code = demo::uplink_code;
  uplink.name = "Đường truyền Internet cáp quang tới Hải quan";
  if (auto all = store.uplinks(actor); all.ok()) {
    for (const auto& u : all.value()) {
      if (u.code == uplink.code) uplink = u;
    }
  }
  uplink.check_targets = {site.uplink_check_target()};
  return failed(store.save_uplink(actor, uplink, now), "uplink " + uplink.code);
}

incidents::Camera camera_from_plan(const demo::PlannedCamera& planned, std::int64_t recorder_id) {
  incidents::Camera camera;
  camera.code = planned.code;
  camera.name = planned.name;
  camera.location = planned.location;
  camera.switch_name = planned.switch_name;
  if (planned.recorded) camera.recorder_id = recorder_id;
  return camera;
}

}  // namespace

std::optional<std::string> seed_inventory(store::Database& db, const store::CredentialCipher& cipher,
                                          const DemoSite& site, Instant now, SeedSummary& summary) {
  try {
    store::InventoryStore store(db, &cipher);
    const Actor actor{demo::actor_name, Role::admin};
    if (auto error = seed_site(store, actor, now)) return error;
    const auto recorder = seed_recorder(store, actor, site, now);
    if (auto error = failed(recorder, std::string("recorder ") + demo::recorder_code)) return error;
    if (auto error = seed_uplink(store, actor, site, now)) return error;
    for (std::size_t i = 0; i < site.plan().size(); ++i) {
      const auto& planned = site.plan()[i];
      auto existing = store.camera(actor, planned.code);
      incidents::Camera camera = existing.ok() ? existing.value() : camera_from_plan(planned, recorder->id);
      camera.onvif_address = site.camera_address(static_cast<int>(i));
      camera.username = demo::customs_user;
      camera.password = demo::customs_password;
      if (auto error = failed(store.save_camera(actor, camera, now), "camera " + planned.code)) return error;
      ++(existing.ok() ? summary.cameras_updated : summary.cameras_created);
    }
  } catch (const store::StoreError& e) {
    return std::string("demo inventory: ") + e.what();
  }
  return std::nullopt;
}

std::optional<std::string> seed_demo_database(const std::filesystem::path& database, const std::filesystem::path& key_file,
                                              const DemoSite& site, Instant now, SeedSummary& summary) {
  for (const auto& file : {database, key_file}) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return file.parent_path().string() + ": cannot create the directory (" + ec.message() + ")";
  }
  const auto key = load_or_create_secret_key(key_file);
  if (!key.ok) return key.error;
  try {
    auto db = store::Database::open(database);
    const store::CredentialCipher cipher(key.key);
    return seed_inventory(db, cipher, site, now, summary);
  } catch (const store::StoreError& e) {
    return e.what();
  }
}

}  // namespace camtrack::app
