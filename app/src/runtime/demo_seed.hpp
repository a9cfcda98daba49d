// Puts the simulated enterprise into the inventory, idempotently: the site's letterhead (only when none
// is saved yet, so edits survive), the recorder, the uplink and every planned camera, upserted by code.
// A second run updates the simulated addresses and ports and keeps whatever people changed (names,
// enabled), so nothing is duplicated. Camera passwords are sealed by the store's cipher.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "incidents/calendar/legal_clock.hpp"
#include "runtime/demo_site.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"

namespace camtrack::app {

struct SeedSummary {
  int cameras_created = 0;
  int cameras_updated = 0;
};

// Returns the first refusal or store error as one line; the rows saved before it stay (each save is one
// transaction) and the next run completes them.
std::optional<std::string> seed_inventory(store::Database& db, const store::CredentialCipher& cipher,
                                          const DemoSite& site, incidents::Instant now, SeedSummary& summary);

// The same on the demo's own files: makes the folders, loads (or creates) the credentials key, opens and
// migrates the database, seeds it and closes it again before the service opens it.
std::optional<std::string> seed_demo_database(const std::filesystem::path& database, const std::filesystem::path& key_file,
                                              const DemoSite& site, incidents::Instant now, SeedSummary& summary);

}  // namespace camtrack::app
