// A stand-in for the customs side of the uplink in the demo: a TCP listener on 127.0.0.1 that accepts
// and closes connections. close() makes the port refuse connections (the link is "down"); open() listens
// on the same port again. Its own thread; every method may be called from any thread.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace camtrack::app {

class UplinkTarget {
 public:
  UplinkTarget() = default;
  ~UplinkTarget();  // stops
  UplinkTarget(const UplinkTarget&) = delete;
  UplinkTarget& operator=(const UplinkTarget&) = delete;

  // Listens on 127.0.0.1 (port 0: the OS picks one, then kept) and starts the thread. Empty when
  // listening, else the problem.
  std::string start(unsigned short port = 0);
  // Stops listening: connections are refused (the link is down).
  void close();
  // Listens again on the same port; empty when listening, else the problem.
  std::string open();
  bool is_open() const;
  unsigned short port() const { return port_; }
  void stop();

 private:
  void run();
  int bind_listener(unsigned short port, std::string& error);

  mutable std::mutex mutex_;
  int fd_ = -1;  // the listening socket; -1 while closed
  std::atomic<unsigned short> port_{0};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace camtrack::app
