#include "smtp_peer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>

#include "temp_dir.hpp"

namespace camtrack::notices::testing {

Certificate make_certificate(const std::filesystem::path& dir) {
  Certificate c{dir / "cert.pem", dir / "key.pem"};
  const auto r = camtrack::testing::run_process(
      "openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", c.key.string(), "-out", c.cert.string(),
                  "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return c;
}

SmtpPeer::SmtpPeer(const std::filesystem::path& out_dir, const Certificate& cert, std::vector<std::string> extra_args,
                   int port)
    : out_dir_(out_dir) {
  std::vector<std::string> args{NOTICES_SMTP_SERVER, "--dir", out_dir.string(), "--cert", cert.cert.string(),
                                "--key", cert.key.string(), "--port", std::to_string(port)};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  process_ = std::make_unique<camtrack::testing::BackgroundProcess>("/usr/bin/python3", args);
  if (!process_->wait_for_output("PORT ", std::chrono::seconds{15})) {
    ADD_FAILURE() << "SMTP server did not start: " << process_->err();
    return;
  }
  const auto out = process_->out();
  port_ = std::stoi(out.substr(out.find("PORT ") + 5));
}

void SmtpPeer::stop() {
  process_->signal(SIGKILL);
  process_->wait(std::chrono::seconds{5});
}

std::vector<nlohmann::json> SmtpPeer::saved() const {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::exists(out_dir_)) {
    for (const auto& e : std::filesystem::directory_iterator(out_dir_)) {
      if (e.path().extension() == ".json") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<nlohmann::json> out;
  for (const auto& f : files) out.push_back(nlohmann::json::parse(camtrack::testing::read_file(f)));
  return out;
}

}  // namespace camtrack::notices::testing
