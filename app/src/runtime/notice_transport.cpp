// Mail folder with PDFs, delivery observation, and the transport chosen by the configuration.
#include "runtime/notice_transport.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <Poco/Base64Decoder.h>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <sstream>

#include "notices/smtp_transport.hpp"
#include "runtime/notice_setup.hpp"

namespace camtrack::app {
namespace {

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
  // The messages are camtrack's own (notices/mime.cpp): each attachment is a part with its headers,
  // a blank line and base64 up to the next boundary line. (Poco's MailMessage::read stops after the
  // nested multipart/alternative part, so it cannot be used here.)
  std::vector<std::string> out;
  std::size_t at = 0;
  while ((at = mime_bytes.find("Content-Type: application/pdf", at)) != std::string::npos) {
    const auto body = mime_bytes.find("\r\n\r\n", at);
    if (body == std::string::npos) break;
    const bool base64 = mime_bytes.substr(at, body - at).find("Content-Transfer-Encoding: base64") != std::string::npos;
    const auto end = mime_bytes.find("\r\n--", body + 4);
    std::istringstream encoded(mime_bytes.substr(body + 4, end == std::string::npos ? end : end - body - 4));
    at = body + 4;
    if (!base64) continue;
    try {
      Poco::Base64Decoder decoder(encoded);
      out.emplace_back(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
    } catch (const std::exception&) {
      // not valid base64: no PDF beside this .eml
    }
  }
  return out;
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
