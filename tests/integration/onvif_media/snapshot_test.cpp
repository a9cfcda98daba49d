// Snapshot fetch with libcurl: a JPEG passes; HTML, errors, huge or slow answers are typed failures.
#include <gtest/gtest.h>

#include <thread>

#include "onvif/media_check.hpp"
#include "test_http_server.hpp"

namespace camtrack::testing {
namespace {

using namespace std::chrono_literals;

const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + std::string(2000, 'j') + "\xFF\xD9";

TEST(Snapshot, JpegIsAccepted) {
  TestHttpServer server([](const HttpRequest&) { return HttpResponse{200, "image/jpeg", kJpeg, {}}; });
  const auto r = onvif::fetch_snapshot(server.url("/snap.jpg"), "", "");
  ASSERT_TRUE(r.ok) << r.error.code << ": " << r.error.message;
  EXPECT_EQ(r.value.bytes, kJpeg.size());
  EXPECT_EQ(r.value.content_type, "image/jpeg");
}

TEST(Snapshot, HtmlIsNotJpeg) {
  TestHttpServer server([](const HttpRequest&) { return HttpResponse{200, "text/html", "<html>login</html>", {}}; });
  EXPECT_EQ(onvif::fetch_snapshot(server.url("/snap.jpg"), "", "").error.code, "not_jpeg");
}

TEST(Snapshot, UnauthorizedIsAuthFailed) {
  TestHttpServer server([](const HttpRequest&) {
    return HttpResponse{401, "text/html", "no", {{"WWW-Authenticate", "Basic realm=\"cam\""}}};
  });
  const auto r = onvif::fetch_snapshot(server.url("/snap.jpg"), "admin", "x");
  EXPECT_EQ(r.error.code, "auth_failed");
  EXPECT_EQ(r.http_status, 401);
}

TEST(Snapshot, MissingIsHttp404) {
  TestHttpServer server([](const HttpRequest&) { return HttpResponse{404, "text/plain", "", {}}; });
  EXPECT_EQ(onvif::fetch_snapshot(server.url("/snap.jpg"), "", "").error.code, "http_404");
}

TEST(Snapshot, HugeAnswerIsTooLarge) {
  TestHttpServer server([](const HttpRequest&) { return HttpResponse{200, "image/jpeg", kJpeg + std::string(3'000'000, 'x'), {}}; });
  onvif::CheckLimits limits;
  limits.max_bytes = 1'000'000;
  EXPECT_EQ(onvif::fetch_snapshot(server.url("/snap.jpg"), "", "", limits).error.code, "too_large");
}

TEST(Snapshot, SilentServerTimesOut) {
  TestHttpServer server(TestHttpServer::RawHandler([](int, const HttpRequest&, const std::atomic<bool>& stop) {
    while (!stop) std::this_thread::sleep_for(20ms);
  }));
  onvif::CheckLimits limits;
  limits.total_timeout = 800ms;
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(onvif::fetch_snapshot(server.url("/snap.jpg"), "", "", limits).error.code, "timeout");
  EXPECT_LT(std::chrono::steady_clock::now() - start, 3s);
}

}  // namespace
}  // namespace camtrack::testing
