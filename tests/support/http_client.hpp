// A minimal blocking HTTP/1.1 client for integration tests against servers on 127.0.0.1: one request per
// connection, with a timeout. Enough to check status codes, headers and bodies of the real binary.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace camtrack::testing {

struct HttpReply {
  int status = 0;  // 0 when the connection failed or timed out
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string header(const std::string& name) const;  // case-insensitive, "" when absent
};

HttpReply http_request(unsigned short port, const std::string& method, const std::string& target,
                       const std::vector<std::pair<std::string, std::string>>& headers = {},
                       const std::string& body = "",
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

inline HttpReply http_get(unsigned short port, const std::string& target) {
  return http_request(port, "GET", target);
}

}  // namespace camtrack::testing
