// The test SMTP server (smtp_server.py) as a background process, and what it saved.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace camtrack::notices::testing {

struct Certificate {
  std::filesystem::path cert, key;
};
// A throwaway self-signed certificate for 127.0.0.1 (openssl req -x509).
Certificate make_certificate(const std::filesystem::path& dir);

class SmtpPeer {
 public:
  SmtpPeer(const std::filesystem::path& out_dir, const Certificate& cert, std::vector<std::string> extra_args = {},
           int port = 0);
  int port() const { return port_; }
  camtrack::testing::BackgroundProcess& process() { return *process_; }
  void stop();
  // Every saved message's summary (envelope, decoded subject, parts, attachments), in arrival order.
  std::vector<nlohmann::json> saved() const;

 private:
  std::filesystem::path out_dir_;
  std::unique_ptr<camtrack::testing::BackgroundProcess> process_;
  int port_ = 0;
};

}  // namespace camtrack::notices::testing
