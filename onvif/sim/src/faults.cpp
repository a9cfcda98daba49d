#include "camsim/faults.hpp"

namespace camtrack::camsim {

Faults FaultPatch::applied_to(Faults f) const {
  if (down) f.down = *down;
  if (hang) f.hang = *hang;
  if (wrong_password) f.wrong_password = *wrong_password;
  if (dead_stream) f.dead_stream = *dead_stream;
  if (clock_skew_seconds) f.clock_skew_seconds = *clock_skew_seconds;
  if (black_snapshot) f.black_snapshot = *black_snapshot;
  if (frozen_snapshot) f.frozen_snapshot = *frozen_snapshot;
  if (short_retention) f.short_retention = *short_retention;
  if (storage_failure) f.storage_failure = *storage_failure;
  if (video_loss) f.video_loss = *video_loss;
  if (tampering) f.tampering = *tampering;
  if (no_events) f.no_events = *no_events;
  return f;
}

std::string topic_of(EventKind kind) {
  switch (kind) {
    case EventKind::video_loss:
      return "tns1:VideoSource/SignalLoss";
    case EventKind::tampering:
      return "tns1:VideoSource/GlobalSceneChange/ImagingService";
    case EventKind::storage_failure:
      return "tns1:Device/HardwareFailure/StorageFailure";
  }
  return {};
}

std::optional<EventKind> event_kind_from_name(const std::string& name) {
  if (name == "video_loss") return EventKind::video_loss;
  if (name == "tampering") return EventKind::tampering;
  if (name == "storage_failure") return EventKind::storage_failure;
  return std::nullopt;
}

}  // namespace camtrack::camsim
