// A raw TCP client for the web server tests: sends bytes exactly as given, reads exactly what comes
// back, so tests can misbehave (slow headers, huge headers) in ways a real HTTP library would not.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace camtrack::testing {

struct RawResponse {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

class RawClient {
 public:
  explicit RawClient(unsigned short port);  // connects to 127.0.0.1:port; fails the test on error
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  // Sends all bytes; false when the peer has closed or reset.
  bool send(const std::string& bytes);
  // Reads one response (headers, then Content-Length bytes of body); nullopt on close or timeout.
  std::optional<RawResponse> read_response(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Waits until the server closes the connection (read returns 0 or an error); false on timeout.
  bool wait_closed(std::chrono::milliseconds timeout);
  // Everything (unread so far) the server sends until it closes or the timeout passes.
  std::string read_until_closed(std::chrono::milliseconds timeout);

 private:
  bool fill(std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
  std::string buffer_;
};

// Whether anything accepts connections on 127.0.0.1:port.
bool can_connect(unsigned short port);

// One request on a fresh connection with Connection: close.
std::optional<RawResponse> http_request(unsigned short port, const std::string& method, const std::string& target,
                                        const std::string& body = {}, const std::string& extra_headers = {});

}  // namespace camtrack::testing
