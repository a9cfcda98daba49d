#include "fleet_support.hpp"

#include <nlohmann/json.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace camtrack::bench {

pid_t start_camsim(const std::string& binary, const std::vector<std::string>& args, const std::string& log_file,
                   int timeout_s) {
  const pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    const int fd = open(log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  while (std::chrono::steady_clock::now() < deadline) {
    std::ifstream in(log_file);
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find("camsim: ready") != std::string::npos) return pid;
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  stop_camsim(pid);
  return -1;
}

void stop_camsim(pid_t pid) {
  if (pid <= 0) return;
  kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

std::vector<SimCamera> read_camera_list(const std::string& json_file) {
  std::ifstream in(json_file);
  const auto doc = nlohmann::json::parse(in);
  std::vector<SimCamera> out;
  for (const auto& c : doc) {
    out.push_back({c.at("index").get<int>(), c.at("device_url").get<std::string>(),
                   c.at("faults").at("hang").get<bool>()});
  }
  return out;
}

int http_post(unsigned short port, const std::string& target, const std::string& body) {
  try {
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket s(io);
    s.connect({boost::asio::ip::make_address("127.0.0.1"), port});
    const std::string req = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    boost::asio::write(s, boost::asio::buffer(req));
    std::string reply;
    boost::system::error_code ec;
    std::array<char, 4096> buf{};
    for (;;) {
      const std::size_t n = s.read_some(boost::asio::buffer(buf), ec);
      reply.append(buf.data(), n);
      if (ec) break;
    }
    return reply.size() > 12 ? std::stoi(reply.substr(9, 3)) : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

Usage own_usage() {
  Usage u;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  u.cpu_seconds = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                  static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) u.rss_mb = std::stod(line.substr(6)) / 1024.0;
    if (line.rfind("VmHWM:", 0) == 0) u.peak_rss_mb = std::stod(line.substr(6)) / 1024.0;
  }
  return u;
}

}  // namespace camtrack::bench
