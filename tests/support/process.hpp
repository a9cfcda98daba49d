// Runs the real camtrack binary (or any program) for integration tests: captured output, exit code,
// a time limit, and background processes that are killed when the test ends.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace camtrack::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal or timed out
  bool timed_out = false;
  std::string out;
  std::string err;
};

struct RunOptions {
  std::filesystem::path cwd;                      // empty: current directory
  std::vector<std::string> env;                   // extra NAME=value entries
  std::string stdin_text;
  std::chrono::milliseconds timeout{30000};
};

// Runs program with args to completion (or until the timeout, then SIGKILL).
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const RunOptions& options = {});

// Runs the camtrack binary built with the tests.
ProcessResult run_camtrack(const std::vector<std::string>& args, const RunOptions& options = {});

// A process left running in the background; its output goes to files. Killed (SIGKILL) on destruction.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::string& program, const std::vector<std::string>& args,
                    const RunOptions& options = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  pid_t pid() const { return pid_; }
  bool running();
  void signal(int signo);
  // Waits for exit up to timeout; returns the exit code, or -1 (signal) or -2 (still running).
  int wait(std::chrono::milliseconds timeout);
  std::string out() const;
  std::string err() const;
  // Waits until the process's stdout or stderr contains text; false on timeout or exit.
  bool wait_for_output(const std::string& text, std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool reaped_ = false;
  std::filesystem::path out_file_, err_file_;
};

}  // namespace camtrack::testing
