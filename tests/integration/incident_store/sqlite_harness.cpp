#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {

store::CredentialCipher::Key test_key(unsigned char fill) {
  store::CredentialCipher::Key key{};
  key.fill(fill);
  return key;
}

SqliteHarness::SqliteHarness(const LifecyclePolicy& policy)
    : db_(store::Database::open(dir_ / "camtrack.db")),
      cipher_(test_key()),
      incidents_(db_, every_day_clock(), policy),
      inventory_(db_, &cipher_) {}

void add_gate_cameras(SqliteHarness& h, std::initializer_list<const char*> codes) {
  for (const char* code : codes) {
    Camera c;
    c.code = code;
    c.name = code;
    c.location = LocationClass::gate;
    ASSERT_TRUE(h.inventory().save_camera(admin_actor, c, t0()).ok());
  }
}

}  // namespace camtrack::incidents::testing
