// A fresh SQLite store in a temporary directory, with a fixed credentials key and the fake clock.
#pragma once

#include <initializer_list>
#include <memory>

#include "contract/harness.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"
#include "temp_dir.hpp"

namespace camtrack::incidents::testing {

store::CredentialCipher::Key test_key(unsigned char fill = 7);

class SqliteHarness final : public Harness {
 public:
  explicit SqliteHarness(const LifecyclePolicy& policy = {});
  IncidentCommands& commands() override { return incidents_; }
  IncidentQueries& queries() override { return incidents_; }
  InventoryRepository& inventory() override { return inventory_; }
  store::Database& db() { return db_; }
  std::filesystem::path file() const { return dir_ / "camtrack.db"; }

 private:
  camtrack::testing::TempDir dir_;
  store::Database db_;
  store::CredentialCipher cipher_;
  store::IncidentStore incidents_;
  store::InventoryStore inventory_;
};

// Saves a gate camera for each code (named after it) through the harness's inventory.
void add_gate_cameras(SqliteHarness& h, std::initializer_list<const char*> codes);

}  // namespace camtrack::incidents::testing
