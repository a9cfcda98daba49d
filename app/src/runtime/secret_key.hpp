// The key that encrypts camera credentials at rest: 32 random bytes in a file of mode 0600, made on
// first start. A key file readable by others, or of the wrong size, is refused.
#pragma once

#include <array>
#include <filesystem>
#include <string>

namespace camtrack::app {

using SecretKey = std::array<unsigned char, 32>;

struct SecretKeyResult {
  bool ok = false;
  bool created = false;
  SecretKey key{};
  std::string error;  // one line naming the file and the problem
};

SecretKeyResult load_or_create_secret_key(const std::filesystem::path& file);

}  // namespace camtrack::app
