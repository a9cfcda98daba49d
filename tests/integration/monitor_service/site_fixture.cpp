#include "site_fixture.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <thread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "incidents/inventory.hpp"
#include "store/database.hpp"
#include "store/inventory_store.hpp"

namespace camtrack::testing {

using namespace std::chrono_literals;

namespace {

int listen_on(unsigned short port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(port);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 1024) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

unsigned short port_of(int fd) {
  sockaddr_in address{};
  socklen_t size = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  return ntohs(address.sin_port);
}

unsigned short free_port() {
  const int fd = listen_on(0);
  const auto port = port_of(fd);
  ::close(fd);
  return port;
}

camsim::SimulatorOptions fleet(int cameras) {
  camsim::SimulatorOptions o;
  o.cameras = cameras;
  o.user = "customs";
  o.password = "secret-customs";
  o.hang_close_after = std::chrono::seconds(5);
  return o;
}

}  // namespace

// The customs-side endpoint of an uplink: a listening socket (the kernel completes the handshakes).
class MonitoredSite::Endpoint {
 public:
  Endpoint() : fd_(listen_on(0)), port_(port_of(fd_)) {}
  ~Endpoint() { set(false); }
  void set(bool up) {
    if (up && fd_ < 0) fd_ = listen_on(port_);
    if (!up && fd_ >= 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  unsigned short port() const { return port_; }

 private:
  int fd_;
  unsigned short port_;
};

MonitoredSite::MonitoredSite(std::vector<SiteCamera> cameras)
    : sim_(std::make_unique<camsim::Simulator>(fleet(static_cast<int>(cameras.size())))) {
  sim_->start();
  port_ = free_port();
  write_file(dir_ / "camtrack.toml",
             "[database]\npath = \"" + (dir_ / "site.db").string() + "\"\n[secrets]\nkey_file = \"" +
                 (dir_ / "secret.key").string() + "\"\n[smtp]\nmail_dir = \"" + (dir_ / "mail").string() +
                 "\"\n[web]\nlisten = \"127.0.0.1:" + std::to_string(port_) +
                 "\"\n[monitor]\ninterval_seconds = 5\ntimeout_seconds = 1\nconfirm_after_failures = 2\n"
                 "clear_after_successes = 2\nevents_interval_seconds = 5\n");
  // The credentials key, as camtrack makes it (32 random bytes, mode 0600), so the import can seal.
  std::random_device random;
  std::string key(32, '\0');
  for (auto& c : key) c = static_cast<char>(random());
  const int fd = ::open((dir_ / "secret.key").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  EXPECT_EQ(::write(fd, key.data(), key.size()), 32);
  ::close(fd);
  std::string csv = "code,name,location_class,onvif_address,username,password,switch\n";
  for (std::size_t i = 0; i < cameras.size(); ++i) {
    const auto& c = cameras[i];
    csv += c.code + ",Camera " + c.code + "," + c.location + "," + sim_->camera(static_cast<int>(i)).device_url +
           ",customs,secret-customs," + c.switch_name + "\n";
  }
  write_file(dir_ / "cameras.csv", csv);
  const auto imported = run_camtrack({"cameras", "import", "--config", (dir_ / "camtrack.toml").string(),
                                      (dir_ / "cameras.csv").string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.out << imported.err;
}

MonitoredSite::~MonitoredSite() {
  if (camtrack_) kill_camtrack();
}

void MonitoredSite::add_uplink(const std::string& code) {
  customs_ = std::make_unique<Endpoint>();
  auto db = store::Database::open(dir_ / "site.db");
  store::InventoryStore inventory(db, nullptr);
  incidents::Uplink wan;
  wan.code = code;
  wan.name = "Internet to customs";
  wan.check_targets = {"127.0.0.1:" + std::to_string(customs_->port())};
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  auto saved = inventory.save_uplink({"test", incidents::Role::admin}, wan, now);
  ASSERT_TRUE(saved) << saved.refusal().reason;
}

void MonitoredSite::customs_up(bool up) { customs_->set(up); }

void MonitoredSite::start_camtrack() {
  camtrack_ = std::make_unique<BackgroundProcess>(CAMTRACK_BINARY,
                                                  std::vector<std::string>{"serve", "--config", (dir_ / "camtrack.toml").string()});
  ASSERT_TRUE(camtrack_->wait_for_output("serving on", 60s)) << camtrack_->err();
}

void MonitoredSite::kill_camtrack() {
  camtrack_->signal(SIGKILL);
  camtrack_->wait(10s);
  past_logs_ += camtrack_->err();
  camtrack_.reset();
}

void MonitoredSite::stop_camtrack() {
  camtrack_->signal(SIGTERM);
  EXPECT_EQ(camtrack_->wait(30s), 0) << camtrack_->err();
  past_logs_ += camtrack_->err();
  camtrack_.reset();
}

std::string MonitoredSite::log() const { return past_logs_ + (camtrack_ ? camtrack_->err() : std::string()); }

std::vector<IncidentRow> MonitoredSite::incidents() const {
  store::OpenOptions read_only;
  read_only.create_if_missing = false;
  read_only.apply_migrations = false;
  auto db = store::Database::open(dir_ / "site.db", read_only);
  std::vector<IncidentRow> rows;
  auto s = db.prepare("SELECT id, kind, state, fault_key, deadline_at, detected_at FROM incidents ORDER BY id");
  while (s.step()) rows.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), {}});
  for (auto& r : rows) {
    auto c = db.prepare("SELECT camera_code FROM incident_cameras WHERE incident_id = ?1 ORDER BY camera_code");
    c.bind(1, r.id);
    while (c.step()) r.cameras.push_back(c.text(0));
  }
  return rows;
}

bool MonitoredSite::wait_incidents(const std::function<bool(const std::vector<IncidentRow>&)>& pred,
                                   std::chrono::seconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (pred(incidents())) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(250ms);
  }
}

std::vector<IncidentRow> with_key(const std::vector<IncidentRow>& rows, const std::string& key) {
  std::vector<IncidentRow> out;
  for (const auto& r : rows) {
    if (r.fault_key == key) out.push_back(r);
  }
  return out;
}

}  // namespace camtrack::testing

namespace camtrack::testing {

HttpReply Officer::get(const std::string& target) const { return http_request(port, "GET", target, {{"Cookie", cookie}}); }

HttpReply Officer::put(const std::string& target, const nlohmann::json& body) const {
  return http_request(port, "PUT", target,
                      {{"Cookie", cookie}, {"X-CSRF-Token", csrf}, {"Content-Type", "application/json"}}, body.dump());
}

Officer officer_of(MonitoredSite& site) {
  RunOptions options;
  options.env = {"CAMTRACK_PASSWORD=correct horse battery"};
  const auto added =
      run_camtrack({"user", "add", "officer1", "--role", "officer", "--db", site.database().string()}, options);
  EXPECT_EQ(added.exit_code, 0) << added.err;
  const auto r = http_request(site.port(), "POST", "/api/v1/login", {{"Content-Type", "application/json"}},
                              nlohmann::json{{"username", "officer1"}, {"password", "correct horse battery"}}.dump());
  EXPECT_EQ(r.status, 200) << r.body;
  const auto cookie = r.header("Set-Cookie");
  return {site.port(), cookie.substr(0, cookie.find(';')), nlohmann::json::parse(r.body).value("csrf_token", "")};
}

}  // namespace camtrack::testing
