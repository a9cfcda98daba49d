#include "process.hpp"

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "temp_dir.hpp"

extern char** environ;

namespace camtrack::testing {
namespace {

std::vector<std::string> merged_environment(const std::vector<std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) env.emplace_back(*e);
  for (const auto& entry : extra) {
    const auto name = entry.substr(0, entry.find('=') + 1);
    std::erase_if(env, [&](const std::string& have) { return have.rfind(name, 0) == 0; });
    env.push_back(entry);
  }
  return env;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

std::filesystem::path unique_file(const std::string& tag) {
  static int counter = 0;
  return std::filesystem::temp_directory_path() /
         ("camtrack-proc-" + std::to_string(getpid()) + "-" + std::to_string(++counter) + "." + tag);
}

pid_t spawn(const std::string& program, const std::vector<std::string>& args, const RunOptions& options,
            const std::filesystem::path& in_file, const std::filesystem::path& out_file,
            const std::filesystem::path& err_file) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_file.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  // The child gets no other descriptor of the test (e.g. a simulator's listening sockets, which would
  // stay open in the child after the test closes them).
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  auto env_strings = merged_environment(options.env);
  auto argv = c_strings(argv_strings);
  auto envp = c_strings(env_strings);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + program);
  return pid;
}

}  // namespace

BackgroundProcess::BackgroundProcess(const std::string& program, const std::vector<std::string>& args,
                                     const RunOptions& options)
    : out_file_(unique_file("out")), err_file_(unique_file("err")) {
  const auto in_file = unique_file("in");
  write_file(in_file, options.stdin_text);
  pid_ = spawn(program, args, options, in_file, out_file_, err_file_);
  std::filesystem::remove(in_file);
}

BackgroundProcess::~BackgroundProcess() {
  if (!reaped_ && pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &status_, 0);
  }
  std::error_code ignored;
  std::filesystem::remove(out_file_, ignored);
  std::filesystem::remove(err_file_, ignored);
}

bool BackgroundProcess::running() {
  if (reaped_) return false;
  if (waitpid(pid_, &status_, WNOHANG) == pid_) reaped_ = true;
  return !reaped_;
}

void BackgroundProcess::signal(int signo) {
  if (!reaped_) kill(pid_, signo);
}

int BackgroundProcess::wait(std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= until) return -2;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
}

std::string BackgroundProcess::out() const { return read_file(out_file_); }
std::string BackgroundProcess::err() const { return read_file(err_file_); }

bool BackgroundProcess::wait_for_output(const std::string& text, std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (out().find(text) != std::string::npos || err().find(text) != std::string::npos) return true;
    if (!running()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const RunOptions& options) {
  BackgroundProcess process(program, args, options);
  ProcessResult result;
  const int code = process.wait(options.timeout);
  result.timed_out = code == -2;
  if (result.timed_out) process.signal(SIGKILL);
  process.wait(std::chrono::milliseconds(5000));
  result.exit_code = code < 0 ? -1 : code;
  result.out = process.out();
  result.err = process.err();
  return result;
}

ProcessResult run_camtrack(const std::vector<std::string>& args, const RunOptions& options) {
  return run_process(CAMTRACK_BINARY, args, options);
}

}  // namespace camtrack::testing
