// WS-Security UsernameToken checking for camsim: PasswordDigest = Base64(SHA1(nonce + created +
// password)) with the nonce base64-decoded, Created within a window of the (simulated) device clock.
// PasswordText is accepted too, as real cameras do.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace camtrack::camsim {

enum class AuthVerdict { ok, missing, unknown_user, bad_password, stale_timestamp };

struct UsernameToken {
  std::string username;
  std::string password;       // digest (base64) or text
  std::string password_type;  // the Type attribute
  std::string nonce_base64;
  std::string created;
};

struct ExpectedAccount {
  std::string_view user;
  std::string_view password;
  std::chrono::sys_seconds device_now;
  std::chrono::seconds window;
};

AuthVerdict check_username_token(const UsernameToken& token, const ExpectedAccount& expected);

// Base64(SHA1(nonce + created + password)); nonce is the raw (decoded) bytes.
std::string password_digest(std::string_view nonce, std::string_view created, std::string_view password);
std::string base64_encode(std::string_view bytes);
// Empty on malformed input.
std::string base64_decode(std::string_view text);
// Lower-case hex MD5, for RTSP Digest.
std::string md5_hex(std::string_view text);

}  // namespace camtrack::camsim
