// The SQLite implementation of incidents::InventoryRepository: site, cameras, recorders, uplinks.
// Camera and recorder passwords are sealed with CredentialCipher before they reach the database; without a cipher,
// saving a password is refused (and reading one too). Every save is one transaction with its
// audit-log record (before/after, never the password); an import is one transaction for all rows.
#pragma once

#include "incidents/inventory_repository.hpp"

namespace camtrack::store {

class Database;
class CredentialCipher;

class InventoryStore final : public incidents::InventoryRepository {
 public:
  // `db` and `cipher` (may be null) must outlive the store.
  InventoryStore(Database& db, const CredentialCipher* cipher);

  using Actor = incidents::Actor;
  using Instant = incidents::Instant;
  template <typename T>
  using Outcome = incidents::Outcome<T>;

  Outcome<incidents::Site> site(const Actor& actor) override;
  Outcome<incidents::Done> save_site(const Actor& actor, const incidents::Site& site, Instant now) override;
  Outcome<incidents::Camera> save_camera(const Actor& actor, const incidents::Camera& camera, Instant now) override;
  Outcome<incidents::Camera> camera(const Actor& actor, const std::string& code) override;
  Outcome<std::vector<incidents::Camera>> cameras(const Actor& actor) override;
  Outcome<std::string> camera_password(const Actor& actor, const std::string& code) override;
  Outcome<incidents::ImportSummary> import_cameras(const Actor& actor,
                                                   const std::vector<incidents::CameraCsvRow>& rows,
                                                   Instant now) override;
  Outcome<incidents::Recorder> save_recorder(const Actor& actor, const incidents::Recorder& recorder,
                                             Instant now) override;
  Outcome<std::vector<incidents::Recorder>> recorders(const Actor& actor) override;
  Outcome<std::string> recorder_password(const Actor& actor, const std::string& code) override;
  Outcome<incidents::Uplink> save_uplink(const Actor& actor, const incidents::Uplink& uplink, Instant now) override;
  Outcome<std::vector<incidents::Uplink>> uplinks(const Actor& actor) override;

 private:
  // Inserts or updates one camera inside the caller's transaction; refusal when it cannot.
  std::optional<incidents::Refusal> write_camera(const Actor& actor, const incidents::Camera& camera, Instant now,
                                                 incidents::Camera& stored);
  Database& db_;
  const CredentialCipher* cipher_;
};

}  // namespace camtrack::store
