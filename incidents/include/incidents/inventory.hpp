// The inventory of a site: the enterprise (Site), its cameras, recorders (NVRs) and uplinks to customs.
// Plain values; validation in inventory_rules.hpp; persistence behind InventoryRepository.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incidents/location_class.hpp"

namespace camtrack::incidents {

// The enterprise (DNCX) and the customs unit that manages it: everything a notice's letterhead needs.
struct Site {
  std::string enterprise_name;
  std::string tax_code;
  std::string address;
  std::string phone;
  std::string email;
  std::string contact_person;
  std::string legal_representative;
  std::string place_name;        // địa danh, for "<địa danh>, ngày … tháng … năm …"
  std::string customs_unit;      // e.g. "Chi cục Hải quan khu vực II"
  std::string addressee_line;    // "Kính gửi: ..." as the officer wants it written
  std::vector<std::string> customs_emails;
};

struct Camera {
  std::int64_t id = 0;                       // 0 until stored
  std::string code;                          // unique, e.g. CAM-GATE-01
  std::string name;
  LocationClass location = LocationClass::other;
  std::string onvif_address;                 // e.g. http://10.0.0.21/onvif/device_service
  std::string username;
  // Writes: the new password, or nullopt to keep the stored one. Reads: always nullopt (use
  // InventoryRepository::camera_password), so listings never carry secrets.
  std::optional<std::string> password;
  bool has_password = false;                 // reads only
  std::optional<std::int64_t> recorder_id;
  std::string switch_name;                   // the switch/PoE port it hangs on (grouping of faults)
  bool enabled = true;                       // cameras are retired by disabling, never deleted
};

struct Recorder {
  std::int64_t id = 0;
  std::string code;                          // unique, e.g. NVR-01
  std::string name;
  std::string address;                       // ONVIF or web address
  bool enabled = true;
  // The recorder's own account for customs (as for a camera): writes give the new password or nullopt
  // to keep the stored one; reads always nullopt (use InventoryRepository::recorder_password).
  std::string username;
  std::optional<std::string> password;
  bool has_password = false;                 // reads only
};

enum class UplinkKind { internet, private_channel };

constexpr const char* uplink_kind_name(UplinkKind k) {
  return k == UplinkKind::internet ? "internet" : "private_channel";
}

struct Uplink {
  std::int64_t id = 0;
  std::string code;                          // unique, e.g. WAN-1
  std::string name;
  UplinkKind kind = UplinkKind::internet;
  std::vector<std::string> check_targets;    // host:port or URLs probed by monitor/
  bool enabled = true;
};

}  // namespace camtrack::incidents
