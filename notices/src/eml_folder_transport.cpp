#include "notices/eml_folder_transport.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace camtrack::notices {

std::filesystem::path EmlFolderTransport::file_for(const incidents::OutboxMessage& message) const {
  std::string name;
  for (const char c : message.message_id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == '@';
    if (ok) name += c;
  }
  if (name.empty()) name = "message-" + std::to_string(message.id);
  return folder_ / (name + ".eml");
}

SendResult EmlFolderTransport::send(const incidents::OutboxMessage& message) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) return {SendResult::Kind::retry, folder_.string() + ": " + ec.message()};
  const auto target = file_for(message);
  const auto temp = target.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd < 0) return {SendResult::Kind::retry, temp + ": " + std::strerror(errno)};
  std::size_t done = 0;
  while (done < message.bytes.size()) {
    const auto n = ::write(fd, message.bytes.data() + done, message.bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      return {SendResult::Kind::retry, temp + ": " + why};
    }
    done += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || ::rename(temp.c_str(), target.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    return {SendResult::Kind::retry, target.string() + ": " + why};
  }
  return {SendResult::Kind::delivered, target.string()};
}

}  // namespace camtrack::notices
