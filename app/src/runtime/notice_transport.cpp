// Mail folder with PDFs, delivery observation, and the transport chosen by the configuration.
#include "runtime/notice_transport.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <sstream>

#include "notices/smtp_transport.hpp"
#include "runtime/notice_setup.hpp"

namespace camtrack::app {
namespace {

class PdfCollector final : public Poco::Net::PartHandler {
 public:
  std::vector<std::string> pdfs;
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    std::string data((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    if (header.get("Content-Type", "").find("application/pdf") != std::string::npos) pdfs.push_back(std::move(data));
  }
};

// Writes `bytes` to `target` via a flushed temporary file; empty on success, else why not.
std::string write_atomically(const std::filesystem::path& target, const std::string& bytes) {
  const auto temp = target.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd < 0) return temp + ": " + std::strerror(errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const auto n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = done == bytes.size() && ::fsync(fd) == 0;
  const std::string why = std::strerror(errno);
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), target.c_str()) != 0) {
    ::unlink(temp.c_str());
    return target.string() + ": " + why;
  }
  return {};
}

}  // namespace

std::vector<std::string> pdf_attachments(const std::string& mime_bytes) {
  PdfCollector collector;
  try {
    std::istringstream in(mime_bytes);
    Poco::Net::MailMessage message;
    message.read(in, collector);
  } catch (const std::exception&) {
    return {};  // not readable as MIME: no PDF to show, the .eml is still written
  }
  return collector.pdfs;
}

notices::SendResult LetterFolderTransport::send(const incidents::OutboxMessage& message) {
  const auto pdfs = pdf_attachments(message.bytes);
  if (!pdfs.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    auto target = eml_.file_for(message);
    target.replace_extension(".pdf");
    if (const auto error = write_atomically(target, pdfs.front()); !error.empty()) {
      return {notices::SendResult::Kind::retry, error};
    }
  }
  return eml_.send(message);
}

notices::SendResult ObservedTransport::send(const incidents::OutboxMessage& message) {
  auto result = inner_->send(message);
  if (result.kind == notices::SendResult::Kind::delivered && delivered_) delivered_(message);
  return result;
}

std::unique_ptr<notices::MailTransport> make_transport(const Config& config, std::string& error) {
  if (config.smtp.url.empty()) return std::make_unique<LetterFolderTransport>(config.smtp.mail_dir);
  auto smtp = smtp_settings(config.smtp, error);
  if (!smtp) return nullptr;
  return std::make_unique<notices::SmtpTransport>(*smtp);
}

}  // namespace camtrack::app
