// InventoryStore: site, recorders and uplinks.
#include "incidents/inventory_rules.hpp"
#include "incidents/permissions.hpp"
#include "incidents/repository_rules.hpp"
#include "incidents/time_text.hpp"
#include "inventory_rows.hpp"
#include "json_text.hpp"
#include "store/audit_log.hpp"
#include "store/credential_cipher.hpp"
#include "store/database.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::store {

using namespace incidents;

namespace {

void audit(Database& db, const Actor& actor, Instant now, const std::string& action, const std::string& subject,
           const std::string& before_json, const std::string& after_json) {
  AuditLog(db).append({format_instant(now), std::string(actor.username), action, subject,
                       JsonObject().add_raw("before", before_json).add_raw("after", after_json).str()});
}

Refusal no_cipher(const std::string& what) {
  return refuse(RefusalCode::invalid_input,
                "password: no credentials key is configured, so " + what + " passwords cannot be stored or read");
}

}  // namespace

Outcome<Site> InventoryStore::site(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  if (auto s = detail::load_site(db_)) return *s;
  return refuse(RefusalCode::not_found, "the site has not been set up yet");
}

Outcome<Done> InventoryStore::save_site(const Actor& actor, const Site& site, Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_site(site); !errors.empty()) return invalid_fields(errors);
  db_.transaction([&] {
    const auto before = detail::load_site(db_);
    auto s = db_.prepare(
        "INSERT INTO site (singleton, enterprise_name, tax_code, address, phone, email, contact_person, "
        "legal_representative, place_name, customs_unit, addressee_line, customs_emails) "
        "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (singleton) DO UPDATE SET "
        "enterprise_name = ?1, tax_code = ?2, address = ?3, phone = ?4, email = ?5, contact_person = ?6, "
        "legal_representative = ?7, place_name = ?8, customs_unit = ?9, addressee_line = ?10, customs_emails = ?11");
    s.bind(1, site.enterprise_name).bind(2, site.tax_code).bind(3, site.address).bind(4, site.phone);
    s.bind(5, site.email).bind(6, site.contact_person).bind(7, site.legal_representative).bind(8, site.place_name);
    s.bind(9, site.customs_unit).bind(10, site.addressee_line).bind(11, detail::join_lines(site.customs_emails));
    s.run();
    audit(db_, actor, now, "site.updated", "site", before ? detail::site_json(*before) : "null",
          detail::site_json(site));
  });
  return Done{};
}

Outcome<Recorder> InventoryStore::save_recorder(const Actor& actor, const Recorder& recorder, Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_recorder(recorder); !errors.empty()) return invalid_fields(errors);
  const bool new_password = recorder.password && !recorder.password->empty();
  if (new_password && !cipher_) return no_cipher("recorder");
  Recorder stored;
  db_.transaction([&] {
    const auto before = detail::find_recorder(db_, recorder.code);
    std::optional<std::string> box = before ? detail::recorder_password_box(db_, recorder.code) : std::nullopt;
    if (new_password) box = cipher_->seal(*recorder.password);
    auto s = db_.prepare(
        "INSERT INTO recorders (code, name, address, enabled, username, password_box) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT (code) DO UPDATE SET name = ?2, address = ?3, enabled = ?4, username = ?5, password_box = ?6");
    s.bind(1, recorder.code).bind(2, recorder.name).bind(3, recorder.address).bind(4, recorder.enabled ? 1 : 0);
    s.bind(5, recorder.username);
    if (box) {
      s.bind_blob(6, *box);
    } else {
      s.bind(6, std::nullopt);
    }
    s.run();
    stored = *detail::find_recorder(db_, recorder.code);
    audit(db_, actor, now, before ? "recorder.updated" : "recorder.created", "recorder/" + recorder.code,
          before ? detail::recorder_json(*before) : "null", detail::recorder_json(stored));
  });
  return stored;
}

Outcome<std::vector<Recorder>> InventoryStore::recorders(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  return detail::all_recorders(db_);
}

Outcome<std::string> InventoryStore::recorder_password(const Actor& actor, const std::string& code) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (!detail::find_recorder(db_, code)) return refuse(RefusalCode::not_found, "no recorder with code '" + code + "'");
  const auto box = detail::recorder_password_box(db_, code);
  if (!box) return std::string();
  if (!cipher_) return no_cipher("recorder");
  auto plain = cipher_->open(*box);
  if (!plain) {
    return refuse(RefusalCode::invalid_input, "password of recorder '" + code +
                                                  "' cannot be decrypted with the configured key (wrong key?)");
  }
  return *plain;
}

Outcome<Uplink> InventoryStore::save_uplink(const Actor& actor, const Uplink& uplink, Instant now) {
  if (auto denied = check_permission(actor, Command::edit_inventory)) return *denied;
  if (auto errors = validate_uplink(uplink); !errors.empty()) return invalid_fields(errors);
  Uplink stored;
  db_.transaction([&] {
    const auto before = detail::find_uplink(db_, uplink.code);
    auto s = db_.prepare("INSERT INTO uplinks (code, name, kind, check_targets, enabled) VALUES (?1, ?2, ?3, ?4, ?5) "
                         "ON CONFLICT (code) DO UPDATE SET name = ?2, kind = ?3, check_targets = ?4, enabled = ?5");
    s.bind(1, uplink.code).bind(2, uplink.name).bind(3, uplink_kind_name(uplink.kind));
    s.bind(4, detail::join_lines(uplink.check_targets)).bind(5, uplink.enabled ? 1 : 0);
    s.run();
    stored = *detail::find_uplink(db_, uplink.code);
    audit(db_, actor, now, before ? "uplink.updated" : "uplink.created", "uplink/" + uplink.code,
          before ? detail::uplink_json(*before) : "null", detail::uplink_json(stored));
  });
  return stored;
}

Outcome<std::vector<Uplink>> InventoryStore::uplinks(const Actor& actor) {
  if (auto denied = check_permission(actor, Command::read)) return *denied;
  return detail::all_uplinks(db_);
}

}  // namespace camtrack::store
