// WS-Security UsernameToken with PasswordDigest, as ONVIF devices check it:
// Digest = Base64(SHA1(nonce + created + password)), nonce sent Base64, Created in UTC shifted by the
// device clock offset so that cameras with a wrong clock accept it. Pure functions, testable alone.
#pragma once

#include <chrono>
#include <string>

namespace camtrack::onvif {

struct UsernameToken {
  std::string username;
  std::string password_digest;  // Base64
  std::string nonce_base64;
  std::string created;          // "YYYY-MM-DDTHH:MM:SSZ"
};

std::string base64_encode(const std::string& bytes);
std::string sha1(const std::string& bytes);  // 20 raw bytes

// Base64(SHA1(nonce + created + password)) with the raw (decoded) nonce bytes.
std::string password_digest(const std::string& nonce_raw, const std::string& created, const std::string& password);

// The local time moved by the device's clock offset (device minus local), as xsd:dateTime in UTC.
std::string created_stamp(std::chrono::system_clock::time_point local_now, double device_offset_seconds);

// A fresh token: 16 random bytes of nonce (OpenSSL RAND_bytes).
UsernameToken make_username_token(const std::string& username, const std::string& password,
                                   std::chrono::system_clock::time_point local_now, double device_offset_seconds);

}  // namespace camtrack::onvif
