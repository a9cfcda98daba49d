#include "monitor/poller.hpp"

#include <boost/asio/post.hpp>

#include <future>

#include "monitor_log.hpp"
#include "poller_impl.hpp"
#include "tls_probe.hpp"

namespace camtrack::monitor {

namespace asio = boost::asio;

Poller::Impl::Impl(PollerConfig config, SiteInventory site, Sink sink, std::vector<ActiveFault> already_open)
    : config_(config), site_(std::move(site)), sink_(std::move(sink)), already_open_(std::move(already_open)),
      classifier_(site_, config.classifier),
      rng_(config.seed != 0 ? config.seed
                            : static_cast<std::uint64_t>(Clock::now().time_since_epoch().count())) {
  std::map<std::int64_t, std::string> recorder_codes;
  for (const auto& r : site_.recorders) recorder_codes[r.recorder.id] = r.recorder.code;
  std::map<std::string, std::vector<std::size_t>> groups;
  for (const auto& c : site_.cameras) {
    if (!c.camera.enabled) continue;
    const std::size_t i = objects_.size();
    ObjectState& o = objects_.emplace_back(io_);
    o.code = c.camera.code;
    o.device_url = c.camera.onvif_address;
    o.credentials = c.customs_account;
    o.target = parse_target(o.device_url);
    camera_index_[o.code] = i;
    if (!c.camera.switch_name.empty()) groups["switch:" + c.camera.switch_name].push_back(i);
    if (c.camera.recorder_id && recorder_codes.count(*c.camera.recorder_id) > 0) {
      groups["recorder:" + recorder_codes[*c.camera.recorder_id]].push_back(i);
    }
  }
  camera_count_ = objects_.size();
  for (const auto& r : site_.recorders) {
    if (!r.recorder.enabled) continue;
    ObjectState& o = objects_.emplace_back(io_);
    o.recorder = true;
    o.code = r.recorder.code;
    o.device_url = r.recorder.address;
    o.credentials = r.customs_account;
    o.target = parse_target(o.device_url);
  }
  for (const auto& [group, members] : groups) {
    for (std::size_t m : members) {
      for (std::size_t s : members) {
        if (s != m && std::find(objects_[m].siblings.begin(), objects_[m].siblings.end(), s) ==
                          objects_[m].siblings.end()) {
          objects_[m].siblings.push_back(s);
        }
      }
    }
  }
  for (const auto& u : site_.uplinks) {
    if (!u.enabled) continue;
    UplinkState& s = uplinks_.emplace_back(io_);
    s.code = u.code;
    for (const auto& t : u.check_targets) {
      const auto parsed = incidents::parse_uplink_check(t);
      if (const auto* check = std::get_if<incidents::UplinkCheck>(&parsed)) {
        s.targets.push_back(*check);
        s.target_texts.push_back(t);
        if (check->kind == incidents::UplinkCheckKind::https && !tls_) tls_ = make_probe_tls_context();
      } else {
        log()->warn("uplink={} target '{}' ignored: {}", u.code, t, std::get<std::string>(parsed));
      }
    }
  }
  // Faults open before a restart: reported already; every check of their objects must pass again.
  classifier_.resume(already_open_);
  for (const auto& f : already_open_) {
    const std::string kind = f.fault_key.substr(0, f.fault_key.find(':'));
    const std::string name = f.fault_key.substr(f.fault_key.find(':') + 1);
    // Only the checks the object gets must pass again: cameras reachability, auth, stream, snapshot;
    // recorders reachability, auth, recording (or retention alone for a retention fault); both events
    // when that check is on.
    auto resume_object = [&](ObjectState& o, bool retention_only) {
      std::vector<CheckKind> kinds = {CheckKind::retention};
      if (!retention_only && o.recorder) kinds = {CheckKind::reachability, CheckKind::auth, CheckKind::recording};
      if (!retention_only && !o.recorder) {
        kinds = {CheckKind::reachability, CheckKind::auth, CheckKind::stream, CheckKind::snapshot};
      }
      if (!retention_only && config_.events_interval.count() > 0) kinds.push_back(CheckKind::events);
      for (CheckKind k : kinds) o.trackers[static_cast<std::size_t>(k)] = HealthTracker::resumed_faulty(f.detected_at);
      (retention_only ? o.reported_retention : o.reported_faulty) = true;
    };
    if (kind == "uplink") {
      for (auto& u : uplinks_) {
        if (u.code == name) {
          u.tracker = HealthTracker::resumed_faulty(f.detected_at);
          u.reported_faulty = true;
        }
      }
    } else if (kind == "recorder" || kind == "retention") {
      for (std::size_t i = camera_count_; i < objects_.size(); ++i) {
        if (objects_[i].code == name) resume_object(objects_[i], kind == "retention");
      }
    } else {
      for (const auto& code : f.cameras) {
        const auto it = camera_index_.find(code);
        if (it != camera_index_.end()) resume_object(objects_[it->second], false);
      }
    }
  }
}

Instant Poller::Impl::wall_now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

void Poller::Impl::start() {
  if (running_) return;
  init_curl_once();
  running_ = true;
  pool_.emplace(static_cast<std::size_t>(std::max(1, config_.workers)));
  started_ = Clock::now();
  asio::post(io_, [this] {
    schedule_all();
    for (std::size_t u = 0; u < uplinks_.size(); ++u) {
      arm_uplink(u, std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 500)(rng_)));
    }
    tick();
  });
  thread_ = std::thread([this] {
    auto guard = asio::make_work_guard(io_);
    io_.run();
  });
}

void Poller::Impl::stop() {
  if (!running_) return;
  running_ = false;
  io_.stop();
  if (thread_.joinable()) thread_.join();
  if (pool_) {
    pool_->join();  // deep checks still running post to the stopped io_context; nothing runs them
    pool_.reset();
  }
}

template <class T, class F>
T Poller::Impl::on_thread(F f) const {
  if (!running_ || std::this_thread::get_id() == thread_.get_id()) return f();
  auto task = std::make_shared<std::packaged_task<T()>>(f);
  auto result = task->get_future();
  asio::post(const_cast<asio::io_context&>(io_), [task] { (*task)(); });
  return result.get();
}

Stats Poller::Impl::stats_now() const {
  Stats s = stats_;
  s.cameras_total = camera_count_;
  s.cameras_up = s.cameras_down = s.recorders_down = s.uplinks_down = s.clock_drift_warnings = 0;
  for (std::size_t i = 0; i < objects_.size(); ++i) {
    const ObjectState& o = objects_[i];
    if (i < camera_count_) {
      if (o.reported_faulty) ++s.cameras_down;
      else if (o.answered) ++s.cameras_up;
      if (o.drift_warned) ++s.clock_drift_warnings;
    } else if (o.reported_faulty || o.reported_retention) {
      ++s.recorders_down;
    }
  }
  for (const auto& u : uplinks_) s.uplinks_down += u.reported_faulty ? 1 : 0;
  s.coverage_gaps = static_cast<std::uint64_t>(coverage_now().gap_count());
  s.open_faults = classifier_.open_fault_count();
  s.in_flight = in_flight_;
  return s;
}

CoverageReport Poller::Impl::coverage_now() const {
  std::vector<incidents::Camera> cams;
  cams.reserve(site_.cameras.size());
  for (const auto& c : site_.cameras) cams.push_back(c.camera);
  return coverage_report(cams, [this](const std::string& code) {
    const auto it = camera_index_.find(code);
    return it != camera_index_.end() && !objects_[it->second].reported_faulty && objects_[it->second].answered;
  });
}

Poller::Poller(PollerConfig config, SiteInventory site, Sink sink, std::vector<ActiveFault> already_open)
    : impl_(std::make_unique<Impl>(config, std::move(site), std::move(sink), std::move(already_open))) {}

Poller::~Poller() { stop(); }

void Poller::start() { impl_->start(); }
void Poller::stop() { impl_->stop(); }

Stats Poller::stats() const {
  return impl_->on_thread<Stats>([this] { return impl_->stats_now(); });
}

CoverageReport Poller::coverage() const {
  return impl_->on_thread<CoverageReport>([this] { return impl_->coverage_now(); });
}

HealthView Poller::health() const {
  return impl_->on_thread<HealthView>([this] { return impl_->health_now(); });
}

std::optional<std::string> Poller::last_snapshot(const std::string& camera_code) const {
  return impl_->on_thread<std::optional<std::string>>([this, &camera_code]() -> std::optional<std::string> {
    const auto it = impl_->camera_index_.find(camera_code);
    if (it == impl_->camera_index_.end()) return std::nullopt;
    return impl_->objects_[it->second].snapshot;
  });
}

}  // namespace camtrack::monitor
