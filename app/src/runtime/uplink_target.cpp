#include "runtime/uplink_target.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace camtrack::app {

UplinkTarget::~UplinkTarget() { stop(); }

int UplinkTarget::bind_listener(unsigned short port, std::string& error) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    error = std::string("uplink target: socket: ") + std::strerror(errno);
    return -1;
  }
  const int yes = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 64) != 0) {
    error = "uplink target: 127.0.0.1:" + std::to_string(port) + ": " + std::strerror(errno);
    ::close(fd);
    return -1;
  }
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  return fd;
}

std::string UplinkTarget::start(unsigned short port) {
  std::string error;
  {
    std::lock_guard lock(mutex_);
    fd_ = bind_listener(port, error);
    if (fd_ < 0) return error;
  }
  thread_ = std::thread([this] { run(); });
  return {};
}

void UplinkTarget::close() {
  std::lock_guard lock(mutex_);
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

std::string UplinkTarget::open() {
  std::lock_guard lock(mutex_);
  if (fd_ >= 0) return {};
  std::string error;
  fd_ = bind_listener(port_, error);
  return error;
}

bool UplinkTarget::is_open() const {
  std::lock_guard lock(mutex_);
  return fd_ >= 0;
}

// Accepts whatever is pending and closes it at once: a TCP connect succeeding is all the probe needs.
void UplinkTarget::run() {
  while (!stopping_) {
    int fd = -1;
    {
      std::lock_guard lock(mutex_);
      fd = fd_;
      if (fd >= 0) {
        while (true) {
          const int client = ::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC);
          if (client < 0) break;
          ::close(client);
        }
      }
    }
    if (fd < 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      continue;
    }
    pollfd p{fd, POLLIN, 0};
    ::poll(&p, 1, 100);  // the descriptor may be closed meanwhile: then poll returns and we re-check
  }
}

void UplinkTarget::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
  close();
}

}  // namespace camtrack::app
