// `camtrack cameras import FILE.csv` / `camtrack cameras export`: bulk inventory of cameras. The import
// checks every line first and stores nothing if any line is bad (one transaction); the export never
// writes passwords. Passwords are sealed with the credentials key (--key-file, CAMTRACK_CREDENTIALS_KEY
// as 64 hex digits, or secrets.key_file of the config).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "command_support.hpp"
#include "exit_codes.hpp"
#include "incidents/camera_csv.hpp"
#include "store/credential_cipher.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::app {
namespace {

struct CamerasOptions {
  std::string config;
  std::string db;
  std::string key_file;
  std::string file;
};

const incidents::Actor cli_actor{"cli", incidents::Role::admin};

incidents::Instant now() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

// The credentials key, if one is configured; throws StoreError naming the problem (never the key).
std::unique_ptr<store::CredentialCipher> load_cipher(const CamerasOptions& o, const Config& config) {
  if (!o.key_file.empty()) return std::make_unique<store::CredentialCipher>(store::CredentialCipher::load_key_file(o.key_file));
  if (const char* hex = std::getenv("CAMTRACK_CREDENTIALS_KEY"); hex != nullptr && *hex != '\0') {
    return std::make_unique<store::CredentialCipher>(store::CredentialCipher::parse_hex_key(hex));
  }
  if (std::filesystem::exists(config.secrets.key_file)) {
    return std::make_unique<store::CredentialCipher>(store::CredentialCipher::load_key_file(config.secrets.key_file));
  }
  return nullptr;
}

void import_cameras(const CamerasOptions& o, CommandResult& result) {
  auto config = load_config_or_report(o.config, result);
  if (!config) return;
  std::ifstream in(o.file, std::ios::binary);
  if (!in) {
    std::cerr << "camtrack: " << o.file << ": cannot read the file\n";
    result.exit_code = exit_code::no_input;
    return;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto csv = incidents::parse_camera_csv(text);
  if (!csv.errors.empty()) {
    for (const auto& e : csv.errors) std::cerr << o.file << ": " << incidents::describe(e) << "\n";
    std::cerr << "camtrack: nothing imported (" << csv.errors.size() << " problem(s))\n";
    result.exit_code = exit_code::data_error;
    return;
  }
  auto db = open_database_or_report(o.db.empty() ? config->database.path : o.db, result);
  if (!db) return;
  try {
    const auto cipher = load_cipher(o, *config);
    store::InventoryStore inventory(*db, cipher.get());
    const auto outcome = inventory.import_cameras(cli_actor, csv.rows, now());
    if (!outcome.ok()) {
      std::cerr << o.file << ": " << outcome.refusal().reason << "\ncamtrack: nothing imported\n";
      result.exit_code = exit_code::data_error;
      return;
    }
    std::cout << "imported " << csv.rows.size() << " camera(s) from " << o.file << ": " << outcome->inserted
              << " new, " << outcome->updated << " updated\n";
    result.exit_code = exit_code::ok;
  } catch (const store::StoreError& e) {
    std::cerr << "camtrack: " << e.what() << "\n";
    result.exit_code = exit_code::failure;
  }
}

void export_cameras(const CamerasOptions& o, CommandResult& result) {
  std::string path;
  auto db = open_existing_database_or_report(o.config, o.db, path, result);
  if (!db) return;
  store::InventoryStore inventory(*db, nullptr);
  const auto cameras = inventory.cameras(cli_actor);
  const auto recorders = inventory.recorders(cli_actor);
  std::cout << incidents::cameras_to_csv(cameras.value(), recorders.value());
  result.exit_code = exit_code::ok;
}

}  // namespace

void add_cameras_command(CLI::App& root, CommandResult& result) {
  auto* cameras = root.add_subcommand("cameras", "Bulk camera inventory (CSV)");
  cameras->require_subcommand(1);
  auto options = std::make_shared<CamerasOptions>();

  auto* import = cameras->add_subcommand("import", "Add or update cameras from a CSV file (all lines or none)");
  import->add_option("FILE", options->file, "CSV with a header row: code,name,location_class,...")->required();
  add_config_option(*import, options->config);
  add_db_option(*import, options->db);
  import->add_option("--key-file", options->key_file, "Credentials key (32 bytes or 64 hex digits) for passwords");
  import->callback([&result, options] { import_cameras(*options, result); });

  auto* exp = cameras->add_subcommand("export", "Write every camera as CSV to standard output (no passwords)");
  add_config_option(*exp, options->config);
  add_db_option(*exp, options->db);
  exp->callback([&result, options] { export_cameras(*options, result); });
}

}  // namespace camtrack::app
