// Authentication against devices that check it: UsernameToken digest with the device's clock (cameras
// with a wrong clock), HTTP Digest, the HTTP Date fallback, SOAP 1.1 devices. Each failure has its code.
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <cmath>
#include <map>

#include "fixture_replay.hpp"
#include "onvif/device_client.hpp"
#include "onvif/text.hpp"
#include "onvif/wsse.hpp"
#include "test_http_server.hpp"

namespace camtrack::testing {
namespace {

using namespace std::chrono;

const char* kEnv12 = "http://www.w3.org/2003/05/soap-envelope";

std::string envelope(const std::string& body, const char* env = kEnv12) {
  return std::string("<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"") + env +
         "\" xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
         "<s:Body>" + body + "</s:Body></s:Envelope>";
}

std::string device_info(const std::string& manufacturer, const char* env = kEnv12) {
  return envelope("<tds:GetDeviceInformationResponse><tds:Manufacturer>" + manufacturer +
                  "</tds:Manufacturer><tds:Model>M</tds:Model></tds:GetDeviceInformationResponse>", env);
}

std::string clock_answer(sys_seconds utc) {
  const auto day = floor<days>(utc);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> t{utc - day};
  auto n = [](long long v) { return std::to_string(v); };
  return envelope("<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType>"
                  "<tt:UTCDateTime><tt:Time><tt:Hour>" + n(t.hours().count()) + "</tt:Hour><tt:Minute>" +
                  n(t.minutes().count()) + "</tt:Minute><tt:Second>" + n(t.seconds().count()) +
                  "</tt:Second></tt:Time><tt:Date><tt:Year>" + n(static_cast<int>(ymd.year())) + "</tt:Year><tt:Month>" +
                  n(static_cast<unsigned>(ymd.month())) + "</tt:Month><tt:Day>" + n(static_cast<unsigned>(ymd.day())) +
                  "</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>");
}

std::string element(const std::string& xml, const std::string& local) {
  const auto open = xml.find(":" + local);
  if (open == std::string::npos) return {};
  const auto start = xml.find('>', open) + 1;
  return xml.substr(start, xml.find('<', start) - start);
}

std::string base64_decode(const std::string& in) {
  std::string out(in.size(), '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(in.data()), static_cast<int>(in.size()));
  const std::size_t padding = in.size() - std::min(in.size(), in.find_last_not_of('=') + 1);
  out.resize(static_cast<std::size_t>(std::max(n, 0)) - std::min(padding, static_cast<std::size_t>(std::max(n, 0))));
  return out;
}

HttpResponse not_authorized() {
  return {400, "application/soap+xml", soap12_fault("ter:NotAuthorized", "Sender not authorized"), {}};
}

// A device whose clock runs `skew` ahead and which checks the UsernameToken like a camera does.
HttpResponse skewed_device(const HttpRequest& r, seconds skew, const std::string& password) {
  const auto device_now = floor<seconds>(system_clock::now()) + skew;
  const std::string op = soap_operation(r.body);
  if (op == "GetSystemDateAndTime") return {200, "application/soap+xml", clock_answer(device_now), {}};
  const std::string nonce = base64_decode(element(r.body, "Nonce"));
  const std::string created = element(r.body, "Created");
  const auto when = onvif::parse_xsd_datetime(created);
  if (!when || std::abs((*when - device_now).count()) > 10) return not_authorized();
  if (onvif::password_digest(nonce, created, password) != element(r.body, "Password")) return not_authorized();
  return {200, "application/soap+xml", device_info("Checked"), {}};
}

TEST(UsernameToken, CreatedFollowsTheDeviceClockOffset) {
  TestHttpServer device([](const HttpRequest& r) { return skewed_device(r, hours(3), "secret"); });
  onvif::DeviceClient client(device.url(), {"admin", "secret"});
  const auto clock = client.get_system_date_and_time();
  ASSERT_TRUE(clock.ok) << clock.error.code;
  EXPECT_NEAR(clock.value.offset_seconds, 3 * 3600, 3);
  const auto info = client.get_device_information();
  ASSERT_TRUE(info.ok) << info.error.code << ": " << info.error.message;
  EXPECT_EQ(info.value.manufacturer, "Checked");
  const auto again = client.get_device_information();  // a fresh token each call
  EXPECT_TRUE(again.ok) << again.error.code;
}

TEST(UsernameToken, WithoutTheOffsetASkewedDeviceRefuses) {
  TestHttpServer device([](const HttpRequest& r) { return skewed_device(r, hours(-5), "secret"); });
  onvif::DeviceClient client(device.url(), {"admin", "secret"});
  const auto info = client.get_device_information();
  ASSERT_FALSE(info.ok);
  EXPECT_EQ(info.error.code, "ter:NotAuthorized");
}

TEST(UsernameToken, WrongPasswordIsNotAuthorized) {
  TestHttpServer device([](const HttpRequest& r) { return skewed_device(r, seconds(0), "secret"); });
  onvif::DeviceClient client(device.url(), {"admin", "guess"});
  ASSERT_TRUE(client.get_system_date_and_time().ok);
  const auto info = client.get_device_information();
  ASSERT_FALSE(info.ok);
  EXPECT_EQ(info.error.code, "ter:NotAuthorized");
}

TEST(HttpDate, GivesTheOffsetWhenTheClockCallIsRefused) {
  TestHttpServer device([](const HttpRequest&) {
    const auto ahead = system_clock::to_time_t(system_clock::now() + hours(2));
    char date[64];
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", std::gmtime(&ahead));
    return HttpResponse{401, "text/html", "<html>Unauthorized</html>", {{"Date", date}}};
  });
  onvif::DeviceClient client(device.url(), {"admin", "secret"});
  const auto clock = client.get_system_date_and_time();
  ASSERT_TRUE(clock.ok) << clock.error.code;
  EXPECT_TRUE(clock.value.from_http_date);
  EXPECT_NEAR(clock.value.offset_seconds, 7200, 3);
  ASSERT_TRUE(client.clock_offset_seconds().has_value());
}

TEST(Soap11, DeviceRefusingSoap12GetsSoap11) {
  TestHttpServer device([](const HttpRequest& r) {
    if (r.headers.at("content-type").find("application/soap+xml") != std::string::npos)
      return HttpResponse{415, "text/plain", "SOAP 1.1 only", {}};
    if (r.headers.count("soapaction") == 0) return HttpResponse{400, "text/plain", "no SOAPAction", {}};
    return HttpResponse{200, "text/xml; charset=utf-8", device_info("Old", "http://schemas.xmlsoap.org/soap/envelope/"), {}};
  });
  onvif::DeviceClient client(device.url(), {"admin", "secret"});
  const auto info = client.get_device_information();
  ASSERT_TRUE(info.ok) << info.error.code << ": " << info.error.message;
  EXPECT_EQ(info.value.manufacturer, "Old");
  EXPECT_EQ(client.soap_version(), 1);
}

}  // namespace
}  // namespace camtrack::testing
