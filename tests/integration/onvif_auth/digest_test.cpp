// HTTP Digest (RFC 2617, MD5, qop=auth) when the device demands it, and its failure codes.
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <map>

#include "onvif/device_client.hpp"
#include "test_http_server.hpp"

namespace camtrack::testing {
namespace {

std::string md5_hex(const std::string& text) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(text.data(), text.size(), md, &len, EVP_md5(), nullptr);
  std::string hex;
  char b[16];
  for (unsigned i = 0; i < len; ++i) {
    std::snprintf(b, sizeof b, "%02x", md[i]);
    hex += b;
  }
  return hex;
}

std::map<std::string, std::string> digest_fields(std::string header) {
  std::map<std::string, std::string> out;
  if (header.rfind("Digest ", 0) != 0) return out;
  header.erase(0, 7);
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && (header[i] == ' ' || header[i] == ',')) ++i;
    const std::size_t eq = header.find('=', i);
    if (eq == std::string::npos) break;
    const std::string key = header.substr(i, eq - i);
    std::string value;
    i = eq + 1;
    if (i < header.size() && header[i] == '"') {
      const std::size_t end = header.find('"', i + 1);
      value = header.substr(i + 1, end - i - 1);
      i = end + 1;
    } else {
      const std::size_t end = header.find(',', i);
      value = header.substr(i, end == std::string::npos ? std::string::npos : end - i);
      i = end == std::string::npos ? header.size() : end;
    }
    out[key] = value;
  }
  return out;
}

// A device behind HTTP Digest (user admin, password "secret", realm "cam").
HttpResponse digest_device(const HttpRequest& r) {
  const HttpResponse challenge{401, "text/html", "<html>401</html>",
                               {{"WWW-Authenticate", "Digest realm=\"cam\", qop=\"auth\", nonce=\"n0nce42\", algorithm=MD5"}}};
  const auto it = r.headers.find("authorization");
  if (it == r.headers.end()) return challenge;
  auto f = digest_fields(it->second);
  const std::string ha1 = md5_hex(f["username"] + ":cam:secret");
  const std::string ha2 = md5_hex(r.method + ":" + f["uri"]);
  const std::string expected = md5_hex(ha1 + ":" + f["nonce"] + ":" + f["nc"] + ":" + f["cnonce"] + ":" + f["qop"] + ":" + ha2);
  if (f["username"] != "admin" || f["realm"] != "cam" || f["nonce"] != "n0nce42" || f["response"] != expected) return challenge;
  return {200, "application/soap+xml",
          "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
          "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><s:Body><tds:GetDeviceInformationResponse>"
          "<tds:Manufacturer>Digest OK</tds:Manufacturer></tds:GetDeviceInformationResponse></s:Body></s:Envelope>",
          {}};
}

TEST(HttpDigest, IsAnsweredWhenTheDeviceChallenges) {
  TestHttpServer device(digest_device);
  onvif::DeviceClient client(device.url(), {"admin", "secret"});
  const auto info = client.get_device_information();
  ASSERT_TRUE(info.ok) << info.error.code << ": " << info.error.message;
  EXPECT_EQ(info.value.manufacturer, "Digest OK");
  const std::size_t before = device.requests();
  const auto again = client.get_device_information();  // the saved challenge is reused: one request
  ASSERT_TRUE(again.ok) << again.error.code;
  EXPECT_EQ(device.requests() - before, 1u);
}

TEST(HttpDigest, WrongPasswordIsDigestRejected) {
  TestHttpServer device(digest_device);
  onvif::DeviceClient client(device.url(), {"admin", "wrong"});
  const auto info = client.get_device_information();
  ASSERT_FALSE(info.ok);
  EXPECT_EQ(info.error.code, "http_digest_rejected");
  EXPECT_EQ(info.http_status, 401);
}

TEST(HttpDigest, NoCredentialsIsAuthRequired) {
  TestHttpServer device(digest_device);
  onvif::DeviceClient client(device.url(), {});
  const auto info = client.get_device_information();
  ASSERT_FALSE(info.ok);
  EXPECT_EQ(info.error.code, "auth_required");
}

}  // namespace
}  // namespace camtrack::testing
