// How a stored message leaves camtrack: over SMTP (SmtpTransport) or, without SMTP configured (the
// demo), as .eml files in a folder (EmlFolderTransport). Failures are data: retry later or give up.
#pragma once

#include <string>

#include "incidents/outbox.hpp"

namespace camtrack::notices {

struct SendResult {
  enum class Kind {
    delivered,   // the server accepted the message (250 after DATA), or the file is in place
    retry,       // server down, timeout, 4xx, authentication rejected: try again later
    permanent,   // 5xx to the sender, a recipient or the data: the message will never go as it is
  };
  Kind kind = Kind::retry;
  std::string detail;  // for officers and logs
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual SendResult send(const incidents::OutboxMessage& message) = 0;
};

}  // namespace camtrack::notices
