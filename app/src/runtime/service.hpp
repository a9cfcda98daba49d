// One running camtrack (`serve` and `demo`): prepares its directories and secret key, opens the
// database (migrating it), starts the web server, and stops it all cleanly. Later parts (poller, mailer)
// are wired here too. Failures to start come back as one line for people.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "runtime/secret_key.hpp"
#include "store/database.hpp"
#include "web/metrics.hpp"
#include "web/server.hpp"

namespace camtrack::app {

class Service {
 public:
  struct StartResult {
    std::unique_ptr<Service> service;  // null when start failed
    std::string error;
  };

  static StartResult start(const Config& config);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  unsigned short port() const { return server_ ? server_->port() : 0; }
  const Config& config() const { return config_; }
  store::Database& database() { return *db_; }
  void stop();

 private:
  explicit Service(Config config);
  std::optional<std::string> prepare_files();
  std::optional<std::string> start_web();

  Config config_;
  SecretKey secret_key_{};
  std::unique_ptr<store::Database> db_;
  web::MetricsRegistry metrics_;
  std::unique_ptr<web::Server> server_;
};

}  // namespace camtrack::app
