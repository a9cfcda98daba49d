#include "inventory_rows.hpp"

#include "json_text.hpp"

namespace camtrack::store::detail {

using namespace incidents;

namespace {

constexpr const char* camera_columns =
    "SELECT id, code, name, location_class, onvif_address, username, password_box IS NOT NULL, recorder_id, "
    "switch_name, enabled FROM cameras ";

Camera read_camera(const Statement& s) {
  Camera c;
  c.id = s.int64(0);
  c.code = s.text(1);
  c.name = s.text(2);
  c.location = parse_location_class(s.text(3)).value_or(LocationClass::other);
  c.onvif_address = s.text(4);
  c.username = s.text(5);
  c.has_password = s.int64(6) != 0;
  c.recorder_id = s.optional_int64(7);
  c.switch_name = s.text(8);
  c.enabled = s.int64(9) != 0;
  return c;
}

// Columns: id, code, name, address, enabled, username, password_box IS NOT NULL.
Recorder read_recorder(const Statement& s) {
  Recorder r;
  r.id = s.int64(0);
  r.code = s.text(1);
  r.name = s.text(2);
  r.address = s.text(3);
  r.enabled = s.int64(4) != 0;
  r.username = s.text(5);
  r.has_password = s.int64(6) != 0;
  return r;
}

Uplink read_uplink(const Statement& s) {
  Uplink u;
  u.id = s.int64(0);
  u.code = s.text(1);
  u.name = s.text(2);
  u.kind = s.text(3) == "private_channel" ? UplinkKind::private_channel : UplinkKind::internet;
  u.check_targets = split_lines(s.text(4));
  u.enabled = s.int64(5) != 0;
  return u;
}

}  // namespace

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto eol = text.find('\n', start);
    out.push_back(text.substr(start, eol == std::string::npos ? std::string::npos : eol - start));
    if (eol == std::string::npos) break;
    start = eol + 1;
  }
  return out;
}

std::optional<Camera> find_camera(Database& db, const std::string& code) {
  auto s = db.prepare(std::string(camera_columns) + "WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return read_camera(s);
}

std::vector<Camera> all_cameras(Database& db) {
  auto s = db.prepare(std::string(camera_columns) + "ORDER BY code");
  std::vector<Camera> out;
  while (s.step()) out.push_back(read_camera(s));
  return out;
}

std::optional<std::string> camera_password_box(Database& db, const std::string& code) {
  auto s = db.prepare("SELECT password_box FROM cameras WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return s.optional_text(0);
}

std::optional<std::string> recorder_password_box(Database& db, const std::string& code) {
  auto s = db.prepare("SELECT password_box FROM recorders WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return s.optional_text(0);
}

std::optional<Recorder> find_recorder(Database& db, const std::string& code) {
  auto s = db.prepare("SELECT id, code, name, address, enabled, username, password_box IS NOT NULL FROM recorders "
                      "WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return read_recorder(s);
}

bool recorder_exists(Database& db, std::int64_t id) {
  auto s = db.prepare("SELECT 1 FROM recorders WHERE id = ?1");
  s.bind(1, id);
  return s.step();
}

std::vector<Recorder> all_recorders(Database& db) {
  auto s = db.prepare("SELECT id, code, name, address, enabled, username, password_box IS NOT NULL FROM recorders "
                      "ORDER BY code");
  std::vector<Recorder> out;
  while (s.step()) out.push_back(read_recorder(s));
  return out;
}

std::optional<Uplink> find_uplink(Database& db, const std::string& code) {
  auto s = db.prepare("SELECT id, code, name, kind, check_targets, enabled FROM uplinks WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return read_uplink(s);
}

std::vector<Uplink> all_uplinks(Database& db) {
  auto s = db.prepare("SELECT id, code, name, kind, check_targets, enabled FROM uplinks ORDER BY code");
  std::vector<Uplink> out;
  while (s.step()) out.push_back(read_uplink(s));
  return out;
}

std::optional<Site> load_site(Database& db) {
  auto s = db.prepare("SELECT enterprise_name, tax_code, address, phone, email, contact_person, legal_representative, "
                      "place_name, customs_unit, addressee_line, customs_emails FROM site WHERE singleton = 1");
  if (!s.step()) return std::nullopt;
  return Site{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
              s.text(6), s.text(7), s.text(8), s.text(9), split_lines(s.text(10))};
}

std::string camera_json(const Camera& c) {
  JsonObject o;
  o.add("id", c.id).add("code", c.code).add("name", c.name).add("location_class", location_class_name(c.location));
  o.add("onvif_address", c.onvif_address).add("username", c.username).add("has_password", c.has_password);
  o.add_raw("recorder_id", c.recorder_id ? std::to_string(*c.recorder_id) : "null");
  return o.add("switch", c.switch_name).add("enabled", c.enabled).str();
}

std::string recorder_json(const Recorder& r) {
  return JsonObject().add("id", r.id).add("code", r.code).add("name", r.name).add("address", r.address)
      .add("enabled", r.enabled).add("username", r.username).add("has_password", r.has_password).str();
}

std::string uplink_json(const Uplink& u) {
  return JsonObject().add("id", u.id).add("code", u.code).add("name", u.name).add("kind", uplink_kind_name(u.kind))
      .add("check_targets", u.check_targets).add("enabled", u.enabled).str();
}

std::string site_json(const Site& s) {
  return JsonObject().add("enterprise_name", s.enterprise_name).add("tax_code", s.tax_code).add("address", s.address)
      .add("phone", s.phone).add("email", s.email).add("contact_person", s.contact_person)
      .add("legal_representative", s.legal_representative).add("place_name", s.place_name)
      .add("customs_unit", s.customs_unit).add("addressee_line", s.addressee_line)
      .add("customs_emails", s.customs_emails).str();
}

}  // namespace camtrack::store::detail
