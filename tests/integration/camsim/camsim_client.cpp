#include "camsim_client.hpp"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <ctime>
#include <regex>

namespace camtrack::camsim::test {

namespace {

std::string b64(const unsigned char* data, std::size_t n) {
  std::string out(4 * ((n + 2) / 3) + 1, '\0');
  const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(n));
  out.resize(static_cast<std::size_t>(len));
  return out;
}

std::string utc_text(std::chrono::system_clock::time_point t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
  return buf;
}

size_t append_body(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

HttpResult perform(CURL* curl, long timeout_ms) {
  HttpResult r;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
  r.curl_code = static_cast<int>(curl_easy_perform(curl));
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
  char* type = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
  if (type != nullptr) r.content_type = type;
  curl_easy_cleanup(curl);
  return r;
}

}  // namespace

std::string op(const std::string& name, const char* ns, const std::string& inner) {
  if (inner.empty()) return "<" + name + " xmlns=\"" + ns + "\"/>";
  return "<" + name + " xmlns=\"" + ns + "\">" + inner + "</" + name + ">";
}

std::string envelope(const std::string& body_xml, const Credentials& creds) {
  std::string header;
  if (creds.send) {
    unsigned char nonce[16];
    RAND_bytes(nonce, sizeof nonce);
    const std::string created = utc_text(std::chrono::system_clock::now() + creds.created_offset);
    unsigned char sha[EVP_MAX_MD_SIZE];
    unsigned int sha_len = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr);
    EVP_DigestUpdate(ctx, nonce, sizeof nonce);
    EVP_DigestUpdate(ctx, created.data(), created.size());
    EVP_DigestUpdate(ctx, creds.password.data(), creds.password.size());
    EVP_DigestFinal_ex(ctx, sha, &sha_len);
    EVP_MD_CTX_free(ctx);
    header =
        "<s:Header><wsse:Security s:mustUnderstand=\"1\" "
        "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\" "
        "xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
        "<wsse:UsernameToken><wsse:Username>" + creds.user + "</wsse:Username>"
        "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
        "#PasswordDigest\">" + b64(sha, sha_len) + "</wsse:Password>"
        "<wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0"
        "#Base64Binary\">" + b64(nonce, sizeof nonce) + "</wsse:Nonce>"
        "<wsu:Created>" + created + "</wsu:Created></wsse:UsernameToken></wsse:Security></s:Header>";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">" + header + "<s:Body>" + body_xml +
         "</s:Body></s:Envelope>";
}

HttpResult post_soap(const std::string& url, const std::string& body_xml, const Credentials& creds, long timeout_ms) {
  const std::string body = envelope(body_xml, creds);
  CURL* curl = curl_easy_init();
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/soap+xml; charset=utf-8");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  HttpResult r = perform(curl, timeout_ms);
  curl_slist_free_all(headers);
  return r;
}

HttpResult http_get(const std::string& url, long timeout_ms) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  return perform(curl, timeout_ms);
}

HttpResult http_post(const std::string& url, const std::string& body, long timeout_ms) {
  CURL* curl = curl_easy_init();
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  HttpResult r = perform(curl, timeout_ms);
  curl_slist_free_all(headers);
  return r;
}

HttpResult rtsp_describe(const std::string& url, const std::string& user, const std::string& password,
                         long timeout_ms) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_RTSP_STREAM_URI, url.c_str());
  curl_easy_setopt(curl, CURLOPT_RTSP_REQUEST, static_cast<long>(CURL_RTSPREQ_DESCRIBE));
  if (!user.empty()) {
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_ANY));
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.c_str());
  }
  return perform(curl, timeout_ms);
}

std::vector<std::string> xml_texts(const std::string& xml, const std::string& local_name) {
  std::vector<std::string> out;
  const std::regex re("<(?:[A-Za-z0-9_-]+:)?" + local_name + "(?:\\s[^>]*)?>([^<]*)<");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

std::string xml_text(const std::string& xml, const std::string& local_name) {
  const auto all = xml_texts(xml, local_name);
  return all.empty() ? std::string() : all.front();
}

std::size_t xml_count(const std::string& xml, const std::string& local_name) {
  const std::regex re("<(?:[A-Za-z0-9_-]+:)?" + local_name + "[\\s/>]");
  return static_cast<std::size_t>(std::distance(std::sregex_iterator(xml.begin(), xml.end(), re), std::sregex_iterator()));
}

SimulatorOptions test_options(int cameras) {
  SimulatorOptions o;
  o.cameras = cameras;
  o.user = "admin";
  o.password = "secret";
  o.control_port = 0;
  return o;
}

}  // namespace camtrack::camsim::test
