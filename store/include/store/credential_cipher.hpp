// Camera passwords at rest: libsodium secretbox (XSalsa20-Poly1305) with a 32-byte key that lives
// outside the database (a 0600 key file or the environment). The key is never logged or stored.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace camtrack::store {

class CredentialCipher {
 public:
  static constexpr std::size_t key_size = 32;
  using Key = std::array<unsigned char, key_size>;

  explicit CredentialCipher(const Key& key);
  ~CredentialCipher();
  CredentialCipher(const CredentialCipher&) = delete;
  CredentialCipher& operator=(const CredentialCipher&) = delete;

  // nonce || ciphertext, a fresh random nonce each time.
  std::string seal(std::string_view plaintext) const;
  // nullopt when the box was not sealed with this key or was altered.
  std::optional<std::string> open(std::string_view box) const;

  // Reads a key file: exactly 32 raw bytes, or 64 hex digits (whitespace around is ignored).
  // Throws StoreError naming the file and the problem (never the key).
  static Key load_key_file(const std::filesystem::path& file);
  // Parses 64 hex digits (e.g. from the environment). Throws StoreError on anything else.
  static Key parse_hex_key(std::string_view hex);

 private:
  Key key_;
};

}  // namespace camtrack::store
