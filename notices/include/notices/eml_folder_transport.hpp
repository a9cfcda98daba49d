// Without SMTP (the demo): each message becomes <folder>/<Message-ID>.eml, written to a temporary file,
// flushed and renamed, so a reader never sees half a message and a resend replaces the same file.
#pragma once

#include <filesystem>

#include "notices/mail_transport.hpp"

namespace camtrack::notices {

class EmlFolderTransport final : public MailTransport {
 public:
  explicit EmlFolderTransport(std::filesystem::path folder) : folder_(std::move(folder)) {}
  SendResult send(const incidents::OutboxMessage& message) override;
  // The file a message goes to.
  std::filesystem::path file_for(const incidents::OutboxMessage& message) const;

 private:
  std::filesystem::path folder_;
};

}  // namespace camtrack::notices
