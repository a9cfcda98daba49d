// Real JPEG snapshots for camsim through libturbojpeg: a test pattern that differs on every call
// (camera number and a counter are drawn into it), or an all-black frame.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace camtrack::camsim {

class JpegMaker {
 public:
  static constexpr int width = 320;
  static constexpr int height = 240;

  JpegMaker();
  ~JpegMaker();
  JpegMaker(const JpegMaker&) = delete;
  JpegMaker& operator=(const JpegMaker&) = delete;

  // A colour test pattern with camera and frame drawn as blocks: distinct bytes for distinct inputs.
  std::string pattern(int camera, std::uint64_t frame);
  // The same black JPEG every time (encoded once).
  const std::string& black();

 private:
  std::string encode(const std::vector<unsigned char>& rgb);

  void* handle_ = nullptr;  // tjhandle
  std::string black_;
};

}  // namespace camtrack::camsim
