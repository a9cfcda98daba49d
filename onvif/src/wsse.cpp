// UsernameToken PasswordDigest with OpenSSL EVP.
#include "onvif/wsse.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "onvif/text.hpp"

namespace camtrack::onvif {

std::string base64_encode(const std::string& bytes) {
  std::vector<unsigned char> out(4 * ((bytes.size() + 2) / 3) + 1);
  const int n = EVP_EncodeBlock(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(n));
}

std::string sha1(const std::string& bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha1(), nullptr) != 1)
    throw std::runtime_error("OpenSSL SHA-1 unavailable");  // broken invariant, not a peer failure
  return std::string(reinterpret_cast<const char*>(md), len);
}

std::string password_digest(const std::string& nonce_raw, const std::string& created, const std::string& password) {
  return base64_encode(sha1(nonce_raw + created + password));
}

std::string created_stamp(std::chrono::system_clock::time_point local_now, double device_offset_seconds) {
  const auto shifted = local_now + std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                       std::chrono::duration<double>(device_offset_seconds));
  return format_rfc3339(std::chrono::floor<std::chrono::seconds>(shifted));
}

UsernameToken make_username_token(const std::string& username, const std::string& password,
                                   std::chrono::system_clock::time_point local_now, double device_offset_seconds) {
  unsigned char raw[16];
  if (RAND_bytes(raw, sizeof raw) != 1) throw std::runtime_error("OpenSSL RAND_bytes failed");
  const std::string nonce(reinterpret_cast<const char*>(raw), sizeof raw);
  UsernameToken t;
  t.username = username;
  t.created = created_stamp(local_now, device_offset_seconds);
  t.nonce_base64 = base64_encode(nonce);
  t.password_digest = password_digest(nonce, t.created, password);
  return t;
}

}  // namespace camtrack::onvif
