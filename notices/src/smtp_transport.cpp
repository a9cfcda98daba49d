#include "notices/smtp_transport.hpp"

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace camtrack::notices {
namespace {

struct Upload {
  const std::string* bytes;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, up->bytes->size() - up->offset);
  std::memcpy(buffer, up->bytes->data() + up->offset, n);
  up->offset += n;
  return n;
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

std::string bracketed(const std::string& address) {
  return !address.empty() && address.front() == '<' ? address : "<" + address + ">";
}

}  // namespace

SmtpTransport::SmtpTransport(SmtpConfig config) : config_(std::move(config)) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
}

SendResult SmtpTransport::send(const incidents::OutboxMessage& message) {
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return {SendResult::Kind::retry, "libcurl: cannot create a handle"};
  CURL* h = curl.get();
  const bool smtps = config_.security == SmtpConfig::Security::smtps;
  const std::string url = std::string(smtps ? "smtps://" : "smtp://") + config_.host + ":" + std::to_string(config_.port);
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  if (config_.security == SmtpConfig::Security::starttls) curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!config_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, config_.ca_file.c_str());
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, config_.verify_peer ? 1L : 0L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, config_.verify_peer ? 2L : 0L);
  if (!config_.username.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, config_.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, config_.password.c_str());
  }
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config_.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(config_.total_timeout.count()));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  const std::string from = bracketed(message.mail_from);
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  std::unique_ptr<curl_slist, ListDeleter> rcpt;
  for (const auto& r : message.recipients) rcpt.reset(curl_slist_append(rcpt.release(), bracketed(r).c_str()));
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
  Upload upload{&message.bytes};
  curl_easy_setopt(h, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.bytes.size()));
  char error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);

  const CURLcode rc = curl_easy_perform(h);
  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  const std::string detail = std::string(curl_easy_strerror(rc)) + (error[0] != '\0' ? std::string(": ") + error : "") +
                             (code != 0 ? " (SMTP " + std::to_string(code) + ")" : "");
  if (rc == CURLE_OK) return {SendResult::Kind::delivered, "accepted by " + url};
  // A rejected login is a configuration problem: keep the messages until it is fixed.
  if (rc == CURLE_LOGIN_DENIED) return {SendResult::Kind::retry, "authentication rejected: " + detail};
  if (code >= 500 && code < 600) return {SendResult::Kind::permanent, detail};
  return {SendResult::Kind::retry, detail};
}

}  // namespace camtrack::notices
