// The inventory behind an interface: site, cameras, recorders, uplinks. Saves upsert by code (cameras,
// recorders and uplinks are retired by disabling, never deleted); every change is recorded in the
// history with before/after. Reads: any role; writes: admin and officer.
#pragma once

#include <string>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"
#include "incidents/camera_csv.hpp"
#include "incidents/inventory.hpp"
#include "incidents/outcome.hpp"
#include "incidents/roles.hpp"

namespace camtrack::incidents {

struct ImportSummary {
  int inserted = 0;
  int updated = 0;
};

class InventoryRepository {
 public:
  virtual ~InventoryRepository() = default;
  virtual Outcome<Site> site(const Actor& actor) = 0;  // not_found until saved once
  virtual Outcome<Done> save_site(const Actor& actor, const Site& site, Instant now) = 0;

  virtual Outcome<Camera> save_camera(const Actor& actor, const Camera& camera, Instant now) = 0;
  virtual Outcome<Camera> camera(const Actor& actor, const std::string& code) = 0;
  virtual Outcome<std::vector<Camera>> cameras(const Actor& actor) = 0;  // by code
  // The decrypted password (admin and officer only, e.g. for monitor/ acting as admin "system").
  virtual Outcome<std::string> camera_password(const Actor& actor, const std::string& code) = 0;
  // All rows or none: any bad row (e.g. an unknown recorder) refuses the whole import, the reason
  // listing "line N, column C: problem" for each.
  virtual Outcome<ImportSummary> import_cameras(const Actor& actor, const std::vector<CameraCsvRow>& rows,
                                                Instant now) = 0;

  virtual Outcome<Recorder> save_recorder(const Actor& actor, const Recorder& recorder, Instant now) = 0;
  virtual Outcome<std::vector<Recorder>> recorders(const Actor& actor) = 0;  // by code
  // The recorder's decrypted password (admin and officer only), as camera_password.
  virtual Outcome<std::string> recorder_password(const Actor& actor, const std::string& code) = 0;
  virtual Outcome<Uplink> save_uplink(const Actor& actor, const Uplink& uplink, Instant now) = 0;
  virtual Outcome<std::vector<Uplink>> uplinks(const Actor& actor) = 0;
};

}  // namespace camtrack::incidents
