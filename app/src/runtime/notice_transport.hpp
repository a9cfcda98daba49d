// How the notice runtime's mailer delivers: SMTP when smtp.url is set, else the mail folder. In the
// folder each numbered letter's PDF is also written beside its .eml (same base name, .pdf) so a
// newcomer can open the letter directly. A delivery callback lets the runtime react at once (e.g.
// record that the Appendix II went out).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "config/config.hpp"
#include "notices/eml_folder_transport.hpp"
#include "notices/mail_transport.hpp"

namespace camtrack::app {

// EmlFolderTransport plus the PDF attachments, written first (temp file, fsync, rename) so an .eml
// never exists without its PDF.
class LetterFolderTransport final : public notices::MailTransport {
 public:
  explicit LetterFolderTransport(std::filesystem::path folder) : eml_(folder), folder_(std::move(folder)) {}
  notices::SendResult send(const incidents::OutboxMessage& message) override;

 private:
  notices::EmlFolderTransport eml_;
  std::filesystem::path folder_;
};

// Forwards to `inner` and calls `delivered` after each delivered message.
class ObservedTransport final : public notices::MailTransport {
 public:
  ObservedTransport(std::unique_ptr<notices::MailTransport> inner,
                    std::function<void(const incidents::OutboxMessage&)> delivered)
      : inner_(std::move(inner)), delivered_(std::move(delivered)) {}
  notices::SendResult send(const incidents::OutboxMessage& message) override;

 private:
  std::unique_ptr<notices::MailTransport> inner_;
  std::function<void(const incidents::OutboxMessage&)> delivered_;
};

// The PDF attachments of a message composed by notices/mime.cpp, decoded.
std::vector<std::string> pdf_attachments(const std::string& mime_bytes);

// SMTP (smtp.url) or the mail folder; null with `error` set when smtp.url cannot be used.
std::unique_ptr<notices::MailTransport> make_transport(const Config& config, std::string& error);

}  // namespace camtrack::app
