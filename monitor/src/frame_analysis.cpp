#include "monitor/frame_analysis.hpp"

#include <turbojpeg.h>

#include <memory>
#include <vector>

namespace camtrack::monitor {

std::optional<double> mean_luminance(std::string_view jpeg) {
  if (jpeg.size() < 4) return std::nullopt;
  std::unique_ptr<void, int (*)(tjhandle)> handle(tjInitDecompress(), tjDestroy);
  if (!handle) return std::nullopt;
  auto* data = reinterpret_cast<const unsigned char*>(jpeg.data());
  const auto size = static_cast<unsigned long>(jpeg.size());
  int width = 0, height = 0, subsamp = 0, colorspace = 0;
  if (tjDecompressHeader3(handle.get(), data, size, &width, &height, &subsamp, &colorspace) != 0) {
    return std::nullopt;
  }
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384) return std::nullopt;
  const int w = TJSCALED(width, (tjscalingfactor{1, 8}));
  const int h = TJSCALED(height, (tjscalingfactor{1, 8}));
  std::vector<unsigned char> grey(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
  if (tjDecompress2(handle.get(), data, size, grey.data(), w, 0, h, TJPF_GRAY, TJFLAG_FASTDCT) != 0) {
    return std::nullopt;
  }
  double sum = 0;
  for (unsigned char v : grey) sum += v;
  return grey.empty() ? std::nullopt : std::optional<double>(sum / static_cast<double>(grey.size()));
}

std::uint64_t content_hash(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

bool FrozenDetector::update(std::uint64_t hash, const SnapshotPolicy& policy) {
  if (last_ && *last_ == hash) {
    ++repeats_;
  } else {
    last_ = hash;
    repeats_ = 1;
  }
  return repeats_ >= policy.frozen_checks;
}

CheckOutcome judge_snapshot(const SnapshotFacts& facts, FrozenDetector& frozen, const SnapshotPolicy& policy) {
  if (!facts.fetched || !facts.luminance) return CheckOutcome::bad(FaultReason::snapshot_failed);
  if (*facts.luminance < policy.black_luminance) return CheckOutcome::bad(FaultReason::black_image);
  if (frozen.update(facts.hash, policy)) return CheckOutcome::bad(FaultReason::frozen_image);
  return CheckOutcome::good();
}

}  // namespace camtrack::monitor
