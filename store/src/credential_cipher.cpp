#include "store/credential_cipher.hpp"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "store/database.hpp"

namespace camtrack::store {
namespace {

void init_sodium() {
  if (sodium_init() < 0) throw StoreError("libsodium could not be initialised");
}

}  // namespace

CredentialCipher::CredentialCipher(const Key& key) : key_(key) { init_sodium(); }

CredentialCipher::~CredentialCipher() { sodium_memzero(key_.data(), key_.size()); }

std::string CredentialCipher::seal(std::string_view plaintext) const {
  std::string box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(), '\0');
  auto* out = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(out, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plaintext.data()),
                        plaintext.size(), out, key_.data());
  return box;
}

std::optional<std::string> CredentialCipher::open(std::string_view box) const {
  constexpr std::size_t overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
  if (box.size() < overhead) return std::nullopt;
  const auto* in = reinterpret_cast<const unsigned char*>(box.data());
  std::string plain(box.size() - overhead, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), in + crypto_secretbox_NONCEBYTES,
                                 box.size() - crypto_secretbox_NONCEBYTES, in, key_.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

CredentialCipher::Key CredentialCipher::parse_hex_key(std::string_view hex) {
  init_sodium();
  Key key{};
  std::size_t length = 0;
  const char* end = nullptr;
  if (hex.size() != key_size * 2 ||
      sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &length, &end) != 0 ||
      length != key_size) {
    throw StoreError("the credentials key must be 64 hexadecimal digits (32 bytes)");
  }
  return key;
}

CredentialCipher::Key CredentialCipher::load_key_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw StoreError(file.string() + ": cannot read the credentials key file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Key key{};
  if (bytes.size() == key_size) {
    std::copy(bytes.begin(), bytes.end(), key.begin());
  } else {
    const auto first = bytes.find_first_not_of(" \t\r\n");
    const auto last = bytes.find_last_not_of(" \t\r\n");
    const std::string hex = first == std::string::npos ? "" : bytes.substr(first, last - first + 1);
    try {
      key = parse_hex_key(hex);
    } catch (const StoreError&) {
      sodium_memzero(bytes.data(), bytes.size());
      throw StoreError(file.string() + ": the credentials key file must hold 32 raw bytes or 64 hex digits");
    }
  }
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

}  // namespace camtrack::store
