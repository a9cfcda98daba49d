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

}  // namespace camtrack::incidents::testing
