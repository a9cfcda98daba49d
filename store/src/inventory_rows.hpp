// Reading inventory rows (cameras, recorders, uplinks, site). Callers hold the transaction if needed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "incidents/inventory.hpp"
#include "store/database.hpp"

namespace camtrack::store::detail {

std::optional<incidents::Camera> find_camera(Database& db, const std::string& code);
std::vector<incidents::Camera> all_cameras(Database& db);
std::optional<std::string> camera_password_box(Database& db, const std::string& code);
std::optional<std::string> recorder_password_box(Database& db, const std::string& code);
std::optional<incidents::Recorder> find_recorder(Database& db, const std::string& code);
bool recorder_exists(Database& db, std::int64_t id);
std::vector<incidents::Recorder> all_recorders(Database& db);
std::optional<incidents::Uplink> find_uplink(Database& db, const std::string& code);
std::vector<incidents::Uplink> all_uplinks(Database& db);
std::optional<incidents::Site> load_site(Database& db);

std::string camera_json(const incidents::Camera& camera);
std::string recorder_json(const incidents::Recorder& recorder);
std::string uplink_json(const incidents::Uplink& uplink);
std::string site_json(const incidents::Site& site);

std::string join_lines(const std::vector<std::string>& items);
std::vector<std::string> split_lines(const std::string& text);

}  // namespace camtrack::store::detail
