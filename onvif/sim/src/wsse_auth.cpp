#include "wsse_auth.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdlib>
#include <vector>

#include "time_text.hpp"

namespace camtrack::camsim {

namespace {

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::vector<unsigned char> digest_of(const EVP_MD* md, std::initializer_list<std::string_view> parts) {
  std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
  unsigned int length = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, md, nullptr);
  for (const auto part : parts) EVP_DigestUpdate(ctx, part.data(), part.size());
  EVP_DigestFinal_ex(ctx, out.data(), &length);
  EVP_MD_CTX_free(ctx);
  out.resize(length);
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Constant-time comparison, so the simulator is not a timing oracle in demos.
bool same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff = static_cast<unsigned char>(diff | (a[i] ^ b[i]));
  return diff == 0;
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes_of(bytes),
                                static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string base64_decode(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return {};
  std::string out(3 * text.size() / 4 + 1, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes_of(text),
                                static_cast<int>(text.size()));
  if (n < 0) return {};
  std::size_t length = static_cast<std::size_t>(n);
  // EVP_DecodeBlock counts padding as zero bytes.
  if (ends_with(text, "==")) length -= 2;
  else if (ends_with(text, "=")) length -= 1;
  out.resize(length);
  return out;
}

std::string password_digest(std::string_view nonce, std::string_view created, std::string_view password) {
  const auto sha1 = digest_of(EVP_sha1(), {nonce, created, password});
  return base64_encode(std::string_view(reinterpret_cast<const char*>(sha1.data()), sha1.size()));
}

std::string md5_hex(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  const auto md5 = digest_of(EVP_md5(), {text});
  std::string out;
  for (const unsigned char b : md5) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

AuthVerdict check_username_token(const UsernameToken& token, const ExpectedAccount& expected) {
  if (token.username.empty()) return AuthVerdict::missing;
  if (token.username != expected.user) return AuthVerdict::unknown_user;
  if (ends_with(token.password_type, "#PasswordText")) {
    return same(token.password, expected.password) ? AuthVerdict::ok : AuthVerdict::bad_password;
  }
  const std::string nonce = base64_decode(token.nonce_base64);
  if (nonce.empty() || token.created.empty()) return AuthVerdict::bad_password;
  if (!same(password_digest(nonce, token.created, expected.password), token.password)) {
    return AuthVerdict::bad_password;
  }
  const auto created = parse_utc(token.created);
  if (!created) return AuthVerdict::stale_timestamp;
  const auto offset = *created - expected.device_now;
  if (std::chrono::abs(offset) > expected.window) return AuthVerdict::stale_timestamp;
  return AuthVerdict::ok;
}

}  // namespace camtrack::camsim
