// UsernameToken digest and its device-clock correction.
#include <gtest/gtest.h>

#include "onvif/text.hpp"
#include "onvif/wsse.hpp"

namespace camtrack::onvif {
namespace {

using namespace std::chrono;

TEST(Sha1, MatchesTheFipsVector) { EXPECT_EQ(base64_encode(sha1("abc")), "qZk+NkcGgWq6PiVxeFDCbJzQ2J0="); }

TEST(PasswordDigest, IsBase64OfSha1OfNonceCreatedPassword) {
  std::string nonce;
  for (char c = 0; c < 16; ++c) nonce += c;
  EXPECT_EQ(base64_encode(nonce), "AAECAwQFBgcICQoLDA0ODw==");
  EXPECT_EQ(password_digest(nonce, "2026-01-02T03:04:05Z", "Pa55w0rd"), "qg/hpVgRrUMyJf3gSW8/8jU//yE=");
}

TEST(PasswordDigest, ChangesWithEveryInput) {
  const std::string base = password_digest("nonce", "2026-01-02T03:04:05Z", "pw");
  EXPECT_NE(base, password_digest("nonce", "2026-01-02T03:04:06Z", "pw"));
  EXPECT_NE(base, password_digest("nonce", "2026-01-02T03:04:05Z", "pW"));
  EXPECT_NE(base, password_digest("nOnce", "2026-01-02T03:04:05Z", "pw"));
}

TEST(CreatedStamp, IsShiftedByTheDeviceClockOffset) {
  const auto local = sys_days{year{2026} / 11 / 23} + hours{14} + minutes{15} + seconds{44} + milliseconds{700};
  EXPECT_EQ(created_stamp(local, 0), "2026-11-23T14:15:44Z");
  EXPECT_EQ(created_stamp(local, 3600), "2026-11-23T15:15:44Z");
  EXPECT_EQ(created_stamp(local, -86400.5), "2026-11-22T14:15:44Z");
  EXPECT_EQ(created_stamp(local, -3.0e8), "2017-05-22T08:55:44Z");  // a camera stuck years back
}

TEST(UsernameToken, VerifiesWithItsOwnNonceAndFreshNonces) {
  const auto now = sys_days{year{2024} / 4 / 6} + hours{20};
  const UsernameToken a = make_username_token("admin", "secret", now, 120);
  const UsernameToken b = make_username_token("admin", "secret", now, 120);
  EXPECT_EQ(a.created, "2024-04-06T20:02:00Z");
  EXPECT_NE(a.nonce_base64, b.nonce_base64);
  EXPECT_EQ(a.nonce_base64.size(), 24u);
  // Recompute from the decoded nonce: what a device does.
  std::string raw;
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  unsigned buffer = 0;
  int bits = 0;
  for (char c : a.nonce_base64) {
    if (c == '=') break;
    buffer = (buffer << 6) | static_cast<unsigned>(alphabet.find(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      raw += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  EXPECT_EQ(password_digest(raw, a.created, "secret"), a.password_digest);
}

}  // namespace
}  // namespace camtrack::onvif
