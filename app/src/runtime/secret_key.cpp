#include "runtime/secret_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace camtrack::app {
namespace {

SecretKeyResult failure(const std::filesystem::path& file, const std::string& problem) {
  SecretKeyResult r;
  r.error = file.string() + ": " + problem;
  return r;
}

SecretKeyResult create_key(const std::filesystem::path& file) {
  SecretKeyResult r;
  randombytes_buf(r.key.data(), r.key.size());
  const auto tmp = file.string() + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return failure(file, std::string("cannot create the key file: ") + std::strerror(errno));
  const bool written = ::write(fd, r.key.data(), r.key.size()) == static_cast<ssize_t>(r.key.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written || ::rename(tmp.c_str(), file.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return failure(file, std::string("cannot write the key file: ") + std::strerror(errno));
  }
  r.ok = true;
  r.created = true;
  return r;
}

}  // namespace

SecretKeyResult load_or_create_secret_key(const std::filesystem::path& file) {
  if (sodium_init() < 0) return failure(file, "libsodium could not be initialised");
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) {
    if (errno == ENOENT) return create_key(file);
    return failure(file, std::strerror(errno));
  }
  if ((info.st_mode & 077) != 0) {
    return failure(file, "the key file must not be readable by group or others (chmod 600)");
  }
  if (info.st_size != 32) return failure(file, "the key file must hold exactly 32 bytes");
  SecretKeyResult r;
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return failure(file, std::string("cannot read: ") + std::strerror(errno));
  const bool read_all = ::read(fd, r.key.data(), r.key.size()) == static_cast<ssize_t>(r.key.size());
  ::close(fd);
  if (!read_all) return failure(file, "cannot read 32 bytes");
  r.ok = true;
  return r;
}

}  // namespace camtrack::app
