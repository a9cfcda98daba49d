// load_site: what the poller is given from the database, in particular each recorder's own account.
#include <gtest/gtest.h>

#include "runtime/monitor_setup.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/inventory_store.hpp"
#include "temp_dir.hpp"

namespace camtrack::app {
namespace {

const incidents::Actor admin{"test", incidents::Role::admin};
const incidents::Instant t0{std::chrono::seconds(1'800'000'000)};

class SiteLoad : public ::testing::Test {
 protected:
  store::CredentialCipher::Key key() const {
    store::CredentialCipher::Key k{};
    k.fill(3);
    return k;
  }
  void add_recorder(const std::string& code, const std::string& user, const std::string& password) {
    incidents::Recorder r;
    r.code = code;
    r.name = code;
    r.address = "http://127.0.0.1:1/onvif/device_service";
    r.username = user;
    if (!password.empty()) r.password = password;
    ASSERT_TRUE(inventory.save_recorder(admin, r, t0));
  }
  void add_camera(const std::string& code, const std::string& recorder, const std::string& password) {
    incidents::Camera c;
    c.code = code;
    c.name = code;
    c.onvif_address = "http://127.0.0.1:2/onvif/device_service";
    c.username = "camera-user";
    c.password = password;
    const auto recorders = inventory.recorders(admin);
    for (const auto& r : recorders.value()) {
      if (r.code == recorder) c.recorder_id = r.id;
    }
    ASSERT_TRUE(inventory.save_camera(admin, c, t0));
  }
  const monitor::MonitoredRecorder& recorder(const monitor::SiteInventory& site, const std::string& code) {
    for (const auto& r : site.recorders) {
      if (r.recorder.code == code) return r;
    }
    throw std::runtime_error("no recorder " + code);
  }

  testing::TempDir dir;
  store::Database db = store::Database::open(dir / "site.db");
  store::CredentialCipher cipher{key()};
  store::InventoryStore inventory{db, &cipher};
};

TEST_F(SiteLoad, RecorderIsCheckedWithItsOwnAccountNotItsCamerasOne) {
  add_recorder("NVR-1", "nvr-customs", "nvr-pass");
  add_camera("CAM-1", "NVR-1", "camera-pass");
  const auto load = load_site(db, cipher);
  ASSERT_TRUE(load.error.empty()) << load.error;
  EXPECT_TRUE(load.warnings.empty());
  const auto& nvr = recorder(load.site, "NVR-1");
  EXPECT_EQ(nvr.customs_account.username, "nvr-customs");
  EXPECT_EQ(nvr.customs_account.password, "nvr-pass");
  ASSERT_EQ(load.site.cameras.size(), 1u);
  EXPECT_EQ(load.site.cameras[0].customs_account.password, "camera-pass");
}

TEST_F(SiteLoad, RecorderWithoutAnAccountOfItsOwnUsesItsFirstCamerasAndSaysSo) {
  add_recorder("NVR-OLD", "", "");
  add_camera("CAM-1", "NVR-OLD", "camera-pass");
  const auto load = load_site(db, cipher);
  ASSERT_TRUE(load.error.empty()) << load.error;
  const auto& nvr = recorder(load.site, "NVR-OLD");
  EXPECT_EQ(nvr.customs_account.username, "camera-user");
  EXPECT_EQ(nvr.customs_account.password, "camera-pass");
  ASSERT_EQ(load.warnings.size(), 1u);
  EXPECT_NE(load.warnings[0].find("NVR-OLD has no account of its own"), std::string::npos) << load.warnings[0];
}

}  // namespace
}  // namespace camtrack::app
