// The monitored site as monitor/ sees it: cameras with their location class, switch and recorder,
// recorders and uplinks, with the credentials of the account handed to customs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "incidents/inventory.hpp"
#include "monitor/fault_reason.hpp"
#include "onvif/device_client.hpp"

namespace camtrack::monitor {

struct MonitoredCamera {
  incidents::Camera camera;            // code, location, onvif_address, switch_name, recorder_id
  onvif::Credentials customs_account;  // the account customs uses (password from the inventory store)
};

struct MonitoredRecorder {
  incidents::Recorder recorder;        // code, address (ONVIF device service URL)
  onvif::Credentials customs_account;
};

struct SiteInventory {
  std::vector<MonitoredCamera> cameras;       // disabled ones are ignored
  std::vector<MonitoredRecorder> recorders;
  std::vector<incidents::Uplink> uplinks;
  std::optional<Instant> site_started;        // when footage could start; retention judged from it
};

}  // namespace camtrack::monitor
