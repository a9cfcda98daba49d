#include "curl_checks.hpp"

#include <curl/curl.h>

#include <memory>

namespace camtrack::monitor {

namespace {

struct Sink {
  std::string* body;
  std::size_t max;
};

std::size_t on_data(char* data, std::size_t size, std::size_t n, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t bytes = size * n;
  if (sink->body->size() + bytes > sink->max) return 0;  // aborts the transfer
  sink->body->append(data, bytes);
  return bytes;
}

using Easy = std::unique_ptr<CURL, void (*)(CURL*)>;

Easy make_easy(const std::string& url, const onvif::Credentials& cred, std::chrono::milliseconds timeout,
               Sink& sink) {
  Easy easy(curl_easy_init(), curl_easy_cleanup);
  if (!easy) return easy;
  CURL* h = easy.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https,rtsp");
  if (!cred.username.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, cred.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, cred.password.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC | CURLAUTH_DIGEST));
  }
  return easy;
}

CurlReply perform(CURL* h, std::string& body) {
  CurlReply r;
  const CURLcode rc = curl_easy_perform(h);
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
  r.timed_out = rc == CURLE_OPERATION_TIMEDOUT;
  r.transferred = rc == CURLE_OK || (r.status > 0 && rc != CURLE_OPERATION_TIMEDOUT);
  r.body = std::move(body);
  return r;
}

}  // namespace

CurlReply rtsp_describe(const std::string& uri, const onvif::Credentials& credentials,
                        std::chrono::milliseconds timeout) {
  std::string body;
  Sink sink{&body, 64 * 1024};
  Easy easy = make_easy(uri, credentials, timeout, sink);
  if (!easy) return {};
  curl_easy_setopt(easy.get(), CURLOPT_RTSP_STREAM_URI, uri.c_str());
  curl_easy_setopt(easy.get(), CURLOPT_RTSP_REQUEST, static_cast<long>(CURL_RTSPREQ_DESCRIBE));
  return perform(easy.get(), body);
}

CurlReply http_get(const std::string& url, const onvif::Credentials& credentials, std::chrono::milliseconds timeout,
                   std::size_t max_bytes) {
  std::string body;
  Sink sink{&body, max_bytes};
  Easy easy = make_easy(url, credentials, timeout, sink);
  if (!easy) return {};
  return perform(easy.get(), body);
}

}  // namespace camtrack::monitor
