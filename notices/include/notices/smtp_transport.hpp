// SMTP with libcurl: STARTTLS (port 587) or SMTPS (465), AUTH when a user name is set, envelope from
// CURLOPT_MAIL_FROM / CURLOPT_MAIL_RCPT, connect and total timeouts. One connection per message.
#pragma once

#include <chrono>
#include <string>

#include "notices/mail_transport.hpp"

namespace camtrack::notices {

struct SmtpConfig {
  enum class Security { starttls, smtps, none };
  std::string host;
  int port = 587;
  Security security = Security::starttls;
  std::string username;                  // empty: no AUTH
  std::string password;                  // from the environment or a 0600 file, never the config
  std::string ca_file;                   // extra trust anchor (a private relay's CA); empty: system store
  bool verify_peer = true;
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{60000};
};

class SmtpTransport final : public MailTransport {
 public:
  explicit SmtpTransport(SmtpConfig config);
  SendResult send(const incidents::OutboxMessage& message) override;

 private:
  SmtpConfig config_;
};

}  // namespace camtrack::notices
