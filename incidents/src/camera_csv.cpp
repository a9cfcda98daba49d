#include "incidents/camera_csv.hpp"

#include <algorithm>
#include <map>

#include "incidents/csv.hpp"
#include "incidents/inventory_rules.hpp"

namespace camtrack::incidents {
namespace {

using Columns = std::map<std::string, std::size_t>;

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::optional<bool> parse_bool(const std::string& s) {
  if (s.empty() || s == "true" || s == "1" || s == "yes") return true;
  if (s == "false" || s == "0" || s == "no") return false;
  return std::nullopt;
}

std::string all_classes() {
  std::string out;
  for (auto c : all_location_classes) out += (out.empty() ? "" : ", ") + std::string(location_class_name(c));
  return out;
}

// Reads the header; returns false (with errors) if it is unusable.
bool read_header(const CsvRecord& header, Columns& columns, CameraCsv& out) {
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = trim(header.fields[i]);
    const bool known = std::any_of(std::begin(camera_csv_columns), std::end(camera_csv_columns),
                                   [&](const char* c) { return name == c; });
    if (!known) {
      out.errors.push_back({header.line, name, "unknown column (expected: code, name, location_class, "
                                               "onvif_address, username, password, recorder, switch, enabled)"});
    } else if (columns.count(name)) {
      out.errors.push_back({header.line, name, "column appears twice"});
    } else {
      columns[name] = i;
    }
  }
  for (const char* required : {"code", "name", "location_class"}) {
    if (!columns.count(required)) out.errors.push_back({header.line, required, "required column is missing from the header"});
  }
  return out.errors.empty();
}

void read_row(const CsvRecord& rec, const Columns& columns, std::size_t width, CameraCsv& out) {
  if (rec.fields.size() != width) {
    out.errors.push_back({rec.line, "", "has " + std::to_string(rec.fields.size()) + " fields, the header has " +
                                            std::to_string(width)});
    return;
  }
  auto cell = [&](const char* name) {
    auto it = columns.find(name);
    return it == columns.end() ? std::string() : trim(rec.fields[it->second]);
  };
  CameraCsvRow row;
  row.line = rec.line;
  Camera& cam = row.camera;
  cam.code = cell("code");
  cam.name = cell("name");
  const std::string cls = cell("location_class");
  if (auto c = parse_location_class(cls)) {
    cam.location = *c;
  } else {
    out.errors.push_back({rec.line, "location_class", "'" + cls + "' is not a location class (" + all_classes() + ")"});
  }
  cam.onvif_address = cell("onvif_address");
  cam.username = cell("username");
  auto pw = columns.find("password");
  if (pw != columns.end() && !rec.fields[pw->second].empty()) cam.password = rec.fields[pw->second];
  row.recorder_code = cell("recorder");
  cam.switch_name = cell("switch");
  const std::string enabled = cell("enabled");
  if (auto b = parse_bool(enabled)) {
    cam.enabled = *b;
  } else {
    out.errors.push_back({rec.line, "enabled", "'" + enabled + "' must be true or false"});
  }
  for (const auto& e : validate_camera(cam)) out.errors.push_back({rec.line, e.field, e.problem});
  out.rows.push_back(std::move(row));
}

}  // namespace

CameraCsv parse_camera_csv(std::string_view text) {
  CameraCsv out;
  if (!is_valid_utf8(text)) {
    out.errors.push_back({0, "", "the file is not valid UTF-8 (save it as UTF-8)"});
    return out;
  }
  const CsvDocument doc = parse_csv(text);
  if (doc.records.empty()) {
    out.errors.push_back({doc.error ? doc.error->line : 1, "", doc.error ? doc.error->problem : "the file is empty (a header row is required)"});
    return out;
  }
  Columns columns;
  if (!read_header(doc.records.front(), columns, out)) return out;
  std::map<std::string, int> seen;
  for (std::size_t i = 1; i < doc.records.size(); ++i) {
    read_row(doc.records[i], columns, doc.records.front().fields.size(), out);
    const auto& rec = doc.records[i];
    const std::string code = trim(rec.fields[std::min(columns["code"], rec.fields.size() - 1)]);
    if (!code.empty() && rec.fields.size() == doc.records.front().fields.size()) {
      auto [it, fresh] = seen.emplace(code, rec.line);
      if (!fresh) out.errors.push_back({rec.line, "code", "'" + code + "' already appears on line " + std::to_string(it->second)});
    }
  }
  if (doc.error) out.errors.push_back({doc.error->line, "", doc.error->problem});
  std::stable_sort(out.errors.begin(), out.errors.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  return out;
}

std::string describe(const CsvLineError& e) {
  std::string out = "line " + std::to_string(e.line);
  if (!e.column.empty()) out += ", column " + e.column;
  return out + ": " + e.problem;
}

std::string cameras_to_csv(const std::vector<Camera>& cameras, const std::vector<Recorder>& recorders) {
  std::string out = csv_line(std::vector<std::string>(std::begin(camera_csv_columns), std::end(camera_csv_columns)));
  for (const auto& c : cameras) {
    std::string recorder;
    for (const auto& r : recorders) {
      if (c.recorder_id && r.id == *c.recorder_id) recorder = r.code;
    }
    out += csv_line({c.code, c.name, std::string(location_class_name(c.location)), c.onvif_address, c.username, "",
                     recorder, c.switch_name, c.enabled ? "true" : "false"});
  }
  return out;
}

}  // namespace camtrack::incidents
