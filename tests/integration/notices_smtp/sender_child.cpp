// The mailer as a separate process, so a test can SIGKILL it mid-send: sends every pending message of
// the outbox in DB to the SMTP server on 127.0.0.1:PORT, then exits 0.
// Usage: notices_sender_child DB PORT CA_FILE USER PASSWORD
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "notices/outbox_sender.hpp"
#include "notices/smtp_transport.hpp"
#include "store/database.hpp"
#include "store/outbox_store.hpp"

int main(int argc, char** argv) {
  using namespace camtrack;
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s DB PORT CA_FILE USER PASSWORD\n", argv[0]);
    return 64;
  }
  auto db = store::Database::open(argv[1]);
  store::OutboxStore outbox(db);
  notices::SmtpConfig config;
  config.host = "127.0.0.1";
  config.port = std::atoi(argv[2]);
  config.ca_file = argv[3];
  config.username = argv[4];
  config.password = argv[5];
  config.total_timeout = std::chrono::milliseconds{15000};
  notices::SmtpTransport transport(config);
  const auto clock = [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
  notices::OutboxSender sender(outbox, transport, clock, notices::RetryPolicy{std::chrono::seconds{1}, std::chrono::seconds{2}});
  for (int i = 0; i < 300; ++i) {
    sender.send_due();
    if (!outbox.next_wake()) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds{200});
  }
  return 1;
}
