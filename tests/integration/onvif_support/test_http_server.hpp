// A small HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) for ONVIF client tests: answers each
// request with a handler's response (keep-alive), or hands the connection to a raw handler that may
// misbehave (trickle, hang, send garbage). Stopped and joined on destruction.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace camtrack::testing {

struct HttpRequest {
  std::string method, target, body;
  std::map<std::string, std::string> headers;  // names in lower case
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/soap+xml; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

class TestHttpServer {
 public:
  using Handler = std::function<HttpResponse(const HttpRequest&)>;
  // Raw: gets the socket after the request was read; `stopping` turns true when the server stops.
  using RawHandler = std::function<void(int fd, const HttpRequest&, const std::atomic<bool>& stopping)>;

  explicit TestHttpServer(Handler handler);
  explicit TestHttpServer(RawHandler raw);
  ~TestHttpServer();
  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  std::uint16_t port() const { return port_; }
  std::string authority() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string url(const std::string& path = "/onvif/device_service") const { return "http://" + authority() + path; }
  std::size_t requests() const { return requests_.load(); }

 private:
  void start();
  void accept_loop();
  void serve(int fd);

  Handler handler_;
  RawHandler raw_;
  int listen_fd_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> requests_{0};
  std::thread acceptor_;
  std::mutex mutex_;
  std::vector<std::thread> workers_;
  std::vector<int> client_fds_;
};

// Writes all bytes (MSG_NOSIGNAL); false when the peer went away.
bool send_all(int fd, const std::string& data);
// Reads one request (headers and Content-Length body); false on EOF or error.
bool read_request(int fd, HttpRequest& out);
std::string status_text(int status);
// A TCP port on 127.0.0.1 with nothing listening (bound, then closed).
std::uint16_t closed_local_port();

}  // namespace camtrack::testing
