// The notice runtime as a separate process, so a test can SIGKILL it at any moment: runs NoticeRuntime
// (Appendix II sent at once) on DB with the test SMTP server on 127.0.0.1:PORT until killed (or
// SIGTERM: clean stop). Prints READY once running.
// Usage: notice_runtime_child DB PORT CA_FILE
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/notice_runtime.hpp"
#include "test_site.hpp"

int main(int argc, char** argv) {
  using namespace camtrack::app;
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s DB PORT CA_FILE\n", argv[0]);
    return 64;
  }
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // before any thread starts
  const auto config = testing::site_config(argv[1], std::atoi(argv[2]), argv[3], true);
  std::string error;
  NoticeRuntime::Options options;
  options.scan_interval = std::chrono::milliseconds{300};
  options.sender_idle_poll = std::chrono::milliseconds{300};
  auto runtime = NoticeRuntime::start(config, error, options);
  if (!runtime) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::printf("READY\n");
  std::fflush(stdout);
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  runtime->stop();
  return 0;
}
