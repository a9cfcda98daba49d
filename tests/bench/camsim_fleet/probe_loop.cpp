#include "probe_loop.hpp"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <ctime>
#include <memory>
#include <thread>

namespace camtrack::bench {

namespace {

constexpr const char* kEnvOpen = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">";
constexpr const char* kTds = "xmlns=\"http://www.onvif.org/ver10/device/wsdl\"";

std::string b64(const unsigned char* data, std::size_t n) {
  std::string out(4 * ((n + 2) / 3) + 1, '\0');
  out.resize(static_cast<std::size_t>(
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(n))));
  return out;
}

std::string security_header(const std::string& user, const std::string& password) {
  unsigned char nonce[16];
  RAND_bytes(nonce, sizeof nonce);
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char created[32];
  std::strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &tm);
  unsigned char sha[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr);
  EVP_DigestUpdate(ctx, nonce, sizeof nonce);
  EVP_DigestUpdate(ctx, created, std::strlen(created));
  EVP_DigestUpdate(ctx, password.data(), password.size());
  EVP_DigestFinal_ex(ctx, sha, &len);
  EVP_MD_CTX_free(ctx);
  return "<s:Header><Security xmlns=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
         "<UsernameToken><Username>" + user + "</Username><Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
         "oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">" + b64(sha, len) + "</Password><Nonce>" +
         b64(nonce, sizeof nonce) + "</Nonce><Created xmlns=\"http://docs.oasis-open.org/wss/2004/01/"
         "oasis-200401-wss-wssecurity-utility-1.0.xsd\">" + created + "</Created></UsernameToken></Security></s:Header>";
}

struct Transfer {
  std::string request_body;
  curl_slist* headers = nullptr;
  ~Transfer() { curl_slist_free_all(headers); }
};

size_t discard(char*, size_t size, size_t n, void*) { return size * n; }

CURL* new_handle(const std::string& url, std::chrono::milliseconds timeout, Transfer* t) {
  CURL* h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_NOPROXY, "*");
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(h, CURLOPT_PRIVATE, t);
  return h;
}

void add_camera(CURLM* multi, const ProbeTarget& target, const std::string& user, const std::string& password,
                std::chrono::milliseconds timeout) {
  for (int kind = 0; kind < 4; ++kind) {
    auto* t = new Transfer;
    CURL* h = nullptr;
    if (kind < 2) {
      t->request_body = std::string(kEnvOpen) + (kind == 1 ? security_header(user, password) : "") + "<s:Body>" +
                        (kind == 0 ? "<GetSystemDateAndTime " : "<GetDeviceInformation ") + kTds + "/></s:Body></s:Envelope>";
      t->headers = curl_slist_append(nullptr, "Content-Type: application/soap+xml; charset=utf-8");
      h = new_handle(target.device_url, timeout, t);
      curl_easy_setopt(h, CURLOPT_HTTPHEADER, t->headers);
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, t->request_body.c_str());
    } else if (kind == 2) {
      h = new_handle(target.stream_url, timeout, t);
      curl_easy_setopt(h, CURLOPT_RTSP_STREAM_URI, target.stream_url.c_str());
      curl_easy_setopt(h, CURLOPT_RTSP_REQUEST, static_cast<long>(CURL_RTSPREQ_DESCRIBE));
    } else {
      h = new_handle(target.snapshot_url, timeout, t);
    }
    curl_multi_add_handle(multi, h);
  }
}

void collect(CURLM* multi, ProbeCounts& counts, int& running) {
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    CURL* h = msg->easy_handle;
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (msg->data.result == CURLE_OPERATION_TIMEDOUT) ++counts.timed_out;
    else if (msg->data.result != CURLE_OK) ++counts.failed;
    else if (status >= 200 && status < 300) ++counts.answered;
    else ++counts.rejected;
    Transfer* t = nullptr;
    curl_easy_getinfo(h, CURLINFO_PRIVATE, &t);
    curl_multi_remove_handle(multi, h);
    curl_easy_cleanup(h);
    delete t;
    --running;
  }
}

}  // namespace

ProbeCounts probe_all(const std::vector<ProbeTarget>& targets, const std::string& user, const std::string& password,
                      std::chrono::seconds window, std::chrono::milliseconds timeout) {
  using clock = std::chrono::steady_clock;
  ProbeCounts counts;
  CURLM* multi = curl_multi_init();
  const auto start = clock::now();
  const auto step = std::chrono::duration_cast<clock::duration>(window) / static_cast<long>(targets.size());
  std::size_t next = 0;
  int in_flight = 0;
  while (next < targets.size() || in_flight > 0) {
    while (next < targets.size() && clock::now() >= start + step * static_cast<long>(next)) {
      add_camera(multi, targets[next++], user, password, timeout);
      in_flight += 4;
    }
    int still = 0;
    curl_multi_perform(multi, &still);
    collect(multi, counts, in_flight);
    curl_multi_poll(multi, nullptr, 0, 5, nullptr);
  }
  curl_multi_cleanup(multi);
  return counts;
}

}  // namespace camtrack::bench
