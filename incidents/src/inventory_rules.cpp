#include "incidents/inventory_rules.hpp"

#include <string>
#include <variant>

#include "incidents/uplink_check.hpp"

namespace camtrack::incidents {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

bool web_address(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

void check_code(std::vector<FieldError>& errors, std::string_view code) {
  if (code.empty()) {
    errors.push_back({"code", "required"});
  } else if (!valid_code(code)) {
    errors.push_back({"code", "'" + std::string(code) + "' may only use letters, digits, '.', '_' and '-' (at most 64)"});
  }
}

}  // namespace

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > 64) return false;
  for (char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::vector<FieldError> validate_camera(const Camera& camera) {
  std::vector<FieldError> errors;
  check_code(errors, camera.code);
  if (blank(camera.name)) errors.push_back({"name", "required"});
  if (!camera.onvif_address.empty() && !web_address(camera.onvif_address)) {
    errors.push_back({"onvif_address", "'" + camera.onvif_address + "' must start with http:// or https://"});
  }
  if (camera.password && !camera.password->empty() && camera.username.empty()) {
    errors.push_back({"username", "required when a password is given"});
  }
  return errors;
}

std::vector<FieldError> validate_recorder(const Recorder& recorder) {
  std::vector<FieldError> errors;
  check_code(errors, recorder.code);
  if (blank(recorder.name)) errors.push_back({"name", "required"});
  if (recorder.password && !recorder.password->empty() && recorder.username.empty()) {
    errors.push_back({"username", "required when a password is given"});
  }
  return errors;
}

std::vector<FieldError> validate_uplink(const Uplink& uplink) {
  std::vector<FieldError> errors;
  check_code(errors, uplink.code);
  if (blank(uplink.name)) errors.push_back({"name", "required"});
  for (const auto& target : uplink.check_targets) {
    const auto parsed = parse_uplink_check(target);
    if (const auto* problem = std::get_if<std::string>(&parsed)) {
      errors.push_back({"check_targets", blank(target) ? std::string("an empty target") : "'" + target + "': " + *problem});
    }
  }
  return errors;
}

std::vector<FieldError> validate_site(const Site& site) {
  std::vector<FieldError> errors;
  if (blank(site.enterprise_name)) errors.push_back({"enterprise_name", "required"});
  if (!site.tax_code.empty()) {
    const bool digits = site.tax_code.find_first_not_of("0123456789-") == std::string::npos;
    if (!digits || (site.tax_code.size() != 10 && site.tax_code.size() != 14)) {
      errors.push_back({"tax_code", "'" + site.tax_code + "' must be 10 digits (or 10-3 for a branch)"});
    }
  }
  for (const auto& email : site.customs_emails) {
    if (email.find('@') == std::string::npos) errors.push_back({"customs_emails", "'" + email + "' is not an address"});
  }
  return errors;
}

}  // namespace camtrack::incidents
