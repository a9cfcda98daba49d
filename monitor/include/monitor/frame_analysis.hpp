// Snapshot analysis (pure apart from JPEG decoding through libturbojpeg): mean luminance of a JPEG
// (decoded in greyscale at 1/8 scale: cheap, and enough for a black frame), a content hash, and the
// frozen-image detector (the same hash for N checks in a row).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "monitor/fault_reason.hpp"

namespace camtrack::monitor {

struct SnapshotPolicy {
  double black_luminance = 12.0;  // mean 0..255 under this: a black frame (lens covered, no video)
  int frozen_checks = 3;          // N: the same image hash this many checks in a row: frozen
};

// Mean luminance 0..255, or nullopt when the bytes are not a decodable JPEG.
std::optional<double> mean_luminance(std::string_view jpeg);

// 64-bit FNV-1a of the bytes.
std::uint64_t content_hash(std::string_view bytes);

class FrozenDetector {
 public:
  // Records this check's hash; true when it has been the same for policy.frozen_checks checks.
  bool update(std::uint64_t hash, const SnapshotPolicy& policy);
  int repeats() const { return repeats_; }

 private:
  std::optional<std::uint64_t> last_;
  int repeats_ = 0;
};

struct SnapshotFacts {
  bool fetched = false;
  std::optional<double> luminance;  // nullopt: not decodable
  std::uint64_t hash = 0;
};

// One snapshot check: black before frozen (a black frame is also the same every time).
CheckOutcome judge_snapshot(const SnapshotFacts& facts, FrozenDetector& frozen, const SnapshotPolicy& policy);

}  // namespace camtrack::monitor
