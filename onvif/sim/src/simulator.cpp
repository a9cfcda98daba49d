#include "camsim/simulator.hpp"

#include <sys/resource.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <cmath>
#include <future>
#include <random>
#include <stdexcept>
#include <thread>

#include "camera_node.hpp"
#include "control_handler.hpp"
#include "shared_rtsp_handler.hpp"

namespace camtrack::camsim {

namespace {

void validate(const SimulatorOptions& o) {
  if (o.bind_address != "127.0.0.1") {
    throw std::invalid_argument("bind address '" + o.bind_address + "': camsim binds to 127.0.0.1 only");
  }
  if (o.cameras < 1 || o.cameras > 30000) throw std::invalid_argument("cameras: must be between 1 and 30000");
  if (o.base_port != 0 && o.base_port + 2 * o.cameras - 1 > 65535) {
    throw std::invalid_argument("base port: base + 2 * cameras - 1 must stay below 65536");
  }
  if (!(o.hanging_percent >= 0 && o.hanging_percent <= 100)) {
    throw std::invalid_argument("hanging percent: must be between 0 and 100");
  }
  if (o.user.empty()) throw std::invalid_argument("user: must not be empty");
  if (o.retention_days < 0 || o.short_retention_days < 0) throw std::invalid_argument("retention days: must be >= 0");
}

// Two listening sockets per camera plus room for connections; raises the soft limit (and the hard one
// when privileged) as far as needed. Returns the limit now in force.
rlim_t raise_fd_limit(int cameras) {
  const auto wanted = static_cast<rlim_t>(2 * cameras + cameras / 2 + 2048);
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur >= wanted) return limit.rlim_cur;
  if (limit.rlim_max < wanted) {
    rlimit raised{wanted, wanted};
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) return wanted;
  }
  limit.rlim_cur = std::min(wanted, limit.rlim_max);
  setrlimit(RLIMIT_NOFILE, &limit);
  getrlimit(RLIMIT_NOFILE, &limit);
  return limit.rlim_cur;
}

std::string random_hex(std::size_t bytes) {
  static constexpr char hex[] = "0123456789abcdef";
  std::random_device rd;
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    const auto b = static_cast<unsigned>(rd()) & 0xffU;
    out += hex[b >> 4];
    out += hex[b & 15U];
  }
  return out;
}

bool starts_hanging(int index, double percent) {
  return std::floor((index + 1) * percent / 100.0) > std::floor(index * percent / 100.0);
}

}  // namespace

SimulatorStats stats_of(const SimCore& core) {
  SimulatorStats s;
  s.connections_accepted = core.connections.accepted;
  s.connections_open = core.connections.open;
  s.connections_hanging = core.connections.hanging;
  s.soap_requests = core.requests.soap;
  s.rtsp_requests = core.requests.rtsp;
  s.snapshot_requests = core.requests.snapshot;
  s.control_requests = core.requests.control;
  return s;
}

class Simulator::Impl {
 public:
  explicit Impl(SimulatorOptions options) : core(std::move(options)) {
    core.rtsp_nonce = random_hex(16);
    for (int i = 0; i < core.options.cameras; ++i) {
      auto node = std::make_unique<CameraNode>(i, core);
      Faults f;
      f.hang = starts_hanging(i, core.options.hanging_percent);
      node->camera.set_faults(f);
      cameras.push_back(std::move(node));
    }
  }

  ~Impl() { stop(); }

  void start() {
    if (thread.joinable()) return;
    const rlim_t fd_limit = raise_fd_limit(core.options.cameras);
    const int n = core.options.cameras;
    const std::uint16_t base = core.options.base_port;
    // One RTSP port per camera when descriptors allow it (two listeners per camera, a quarter of the
    // cameras connected at once, and a margin); else one RTSP port for the fleet.
    const bool per_camera_rtsp = !core.options.shared_rtsp && fd_limit >= static_cast<rlim_t>(2 * n + n / 4 + 1024);
    if (!per_camera_rtsp) {
      shared_rtsp_handler = std::make_unique<SharedRtspHandler>(cameras);
      shared_rtsp = std::make_unique<Listener>(core.io, [this](boost::asio::ip::tcp::socket socket) {
        std::make_shared<Connection>(std::move(socket), *shared_rtsp_handler, core.limits, core.connections)->start();
      });
      shared_rtsp->open(static_cast<std::uint16_t>(base == 0 ? 0 : base + n));
    }
    for (int i = 0; i < n; ++i) {
      const auto http_port = static_cast<std::uint16_t>(base == 0 ? 0 : base + i);
      const auto rtsp_port = static_cast<std::uint16_t>(base == 0 ? 0 : base + n + i);
      Camera& cam = cameras[static_cast<std::size_t>(i)]->camera;
      if (per_camera_rtsp) {
        cam.open(http_port, rtsp_port);
      } else {
        cam.open_with_shared_rtsp(http_port, shared_rtsp->port());
      }
    }
    if (core.options.control_port) {
      control_handler = std::make_unique<ControlHandler>(cameras, core);
      control = std::make_unique<Listener>(core.io, [this](boost::asio::ip::tcp::socket socket) {
        std::make_shared<Connection>(std::move(socket), *control_handler, core.limits, core.connections)->start();
      });
      control->open(*core.options.control_port);
    }
    core.io.restart();
    thread = std::thread([this] {
      auto guard = boost::asio::make_work_guard(core.io);
      core.io.run();
    });
    loop_id = thread.get_id();
  }

  void stop() {
    if (thread.joinable()) {
      core.io.stop();
      thread.join();
    }
    for (auto& node : cameras) node->camera.close_sockets();
    if (control) control->close();
    if (shared_rtsp) shared_rtsp->close();
  }

  // Runs f on the loop thread (or right here when the loop is not running) and returns its result.
  template <class F>
  auto on_loop(F f) -> decltype(f()) {
    if (!thread.joinable() || std::this_thread::get_id() == loop_id || core.io.stopped()) return f();
    std::packaged_task<decltype(f())()> task(std::move(f));
    auto result = task.get_future();
    boost::asio::post(core.io, [&task] { task(); });
    return result.get();
  }

  Camera& camera(int index) {
    if (index < 0 || index >= static_cast<int>(cameras.size())) {
      throw std::out_of_range("camsim: no camera " + std::to_string(index));
    }
    return cameras[static_cast<std::size_t>(index)]->camera;
  }

  SimCore core;
  CameraNodes cameras;
  std::unique_ptr<ControlHandler> control_handler;
  std::unique_ptr<Listener> control;
  std::unique_ptr<SharedRtspHandler> shared_rtsp_handler;
  std::unique_ptr<Listener> shared_rtsp;
  std::thread thread;
  std::thread::id loop_id;
};

Simulator::Simulator(SimulatorOptions options) {
  validate(options);
  impl_ = std::make_unique<Impl>(std::move(options));
}

Simulator::~Simulator() = default;

void Simulator::start() { impl_->start(); }
void Simulator::stop() { impl_->stop(); }
const SimulatorOptions& Simulator::options() const { return impl_->core.options; }
int Simulator::camera_count() const { return static_cast<int>(impl_->cameras.size()); }

CameraInfo Simulator::camera(int index) const {
  return impl_->on_loop([this, index] { return impl_->camera(index).info(); });
}

std::vector<CameraInfo> Simulator::cameras() const {
  return impl_->on_loop([this] {
    std::vector<CameraInfo> out;
    out.reserve(impl_->cameras.size());
    for (const auto& node : impl_->cameras) out.push_back(node->camera.info());
    return out;
  });
}

std::optional<std::uint16_t> Simulator::control_port() const {
  if (!impl_->control || !impl_->control->is_open()) return std::nullopt;
  return impl_->control->port();
}

SimulatorStats Simulator::stats() const {
  return impl_->on_loop([this] { return stats_of(impl_->core); });
}

Faults Simulator::faults(int index) const {
  return impl_->on_loop([this, index] { return impl_->camera(index).faults(); });
}

void Simulator::set_faults(int index, const Faults& faults) {
  impl_->on_loop([this, index, faults] { impl_->camera(index).set_faults(faults); });
}

void Simulator::patch_faults(int index, const FaultPatch& patch) {
  impl_->on_loop([this, index, patch] {
    Camera& cam = impl_->camera(index);
    cam.set_faults(patch.applied_to(cam.faults()));
  });
}

void Simulator::inject_event(int index, EventKind kind, bool state) {
  impl_->on_loop([this, index, kind, state] { impl_->camera(index).raise(kind, state); });
}

void Simulator::set_recording_range(int index, std::optional<std::chrono::sys_seconds> earliest,
                                    std::optional<std::chrono::sys_seconds> latest) {
  impl_->on_loop([this, index, earliest, latest] { impl_->camera(index).set_recording_range(earliest, latest); });
}

}  // namespace camtrack::camsim
