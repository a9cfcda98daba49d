#include "monitor/observation.hpp"

namespace camtrack::monitor {

incidents::OpenRequest to_open_request(const Observation& observation) {
  incidents::OpenRequest r;
  r.kind = observation.kind;
  r.fault_key = observation.fault_key;
  r.cameras = observation.cameras;
  r.detected_at = observation.at;
  if (observation.occurred_at != Instant{}) r.occurred_at = observation.occurred_at;
  return r;
}

}  // namespace camtrack::monitor
