#include "jpeg_maker.hpp"

#include <turbojpeg.h>

#include <stdexcept>

namespace camtrack::camsim {

namespace {

constexpr int kBlock = 10;  // side of one bit block, pixels

void fill_block(std::vector<unsigned char>& rgb, int bx, int by, unsigned char value) {
  for (int y = by * kBlock; y < (by + 1) * kBlock && y < JpegMaker::height; ++y) {
    for (int x = bx * kBlock; x < (bx + 1) * kBlock && x < JpegMaker::width; ++x) {
      const std::size_t at = static_cast<std::size_t>(y * JpegMaker::width + x) * 3;
      rgb[at] = rgb[at + 1] = rgb[at + 2] = value;
    }
  }
}

}  // namespace

JpegMaker::JpegMaker() : handle_(tjInitCompress()) {
  if (handle_ == nullptr) throw std::runtime_error("libturbojpeg: tjInitCompress failed");
}

JpegMaker::~JpegMaker() { tjDestroy(static_cast<tjhandle>(handle_)); }

std::string JpegMaker::encode(const std::vector<unsigned char>& rgb) {
  unsigned char* jpeg = nullptr;
  unsigned long size = 0;
  const int rc = tjCompress2(static_cast<tjhandle>(handle_), rgb.data(), width, 0, height, TJPF_RGB, &jpeg,
                             &size, TJSAMP_420, 80, TJFLAG_FASTDCT);
  if (rc != 0) {
    tjFree(jpeg);
    throw std::runtime_error(std::string("libturbojpeg: ") + tjGetErrorStr2(static_cast<tjhandle>(handle_)));
  }
  std::string out(reinterpret_cast<const char*>(jpeg), size);
  tjFree(jpeg);
  return out;
}

std::string JpegMaker::pattern(int camera, std::uint64_t frame) {
  std::vector<unsigned char> rgb(static_cast<std::size_t>(width * height * 3));
  // Eight vertical colour bars.
  static constexpr unsigned char bars[8][3] = {{235, 235, 235}, {235, 235, 16}, {16, 235, 235}, {16, 235, 16},
                                               {235, 16, 235},  {235, 16, 16},  {16, 16, 235},  {16, 16, 16}};
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const auto* c = bars[x * 8 / width];
      const std::size_t at = static_cast<std::size_t>(y * width + x) * 3;
      rgb[at] = c[0];
      rgb[at + 1] = c[1];
      rgb[at + 2] = c[2];
    }
  }
  // Bottom rows: the camera number (row 22) and the frame counter (row 23), 32 bits each.
  const auto cam = static_cast<std::uint32_t>(camera);
  for (int bit = 0; bit < 32; ++bit) {
    fill_block(rgb, bit, height / kBlock - 2, (cam >> bit) & 1U ? 255 : 0);
    fill_block(rgb, bit, height / kBlock - 1, (frame >> bit) & 1U ? 255 : 0);
  }
  return encode(rgb);
}

const std::string& JpegMaker::black() {
  if (black_.empty()) black_ = encode(std::vector<unsigned char>(static_cast<std::size_t>(width * height * 3), 0));
  return black_;
}

}  // namespace camtrack::camsim
