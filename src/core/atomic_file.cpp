// core/atomic_file.cpp: temporary file + fsync + rename.
#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "core/error.hpp"

namespace ag {
namespace {

// Temporary paths of uncommitted files, for the signal handler (fixed slots: no allocation there).
constexpr std::size_t kSlots = 16;
constexpr std::size_t kPathMax = 4096;
std::array<std::array<char, kPathMax>, kSlots> g_pending{};
std::array<std::atomic<bool>, kSlots> g_used{};

int register_pending(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_pending[i].data(), path.c_str(), path.size() + 1);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_pending(const std::string& path) {
  for (std::size_t i = 0; i < kSlots; ++i)
    if (g_used[i] && path == g_pending[i].data()) g_used[i] = false;
}

}  // namespace

void remove_pending_temp_files() noexcept {
  for (std::size_t i = 0; i < kSlots; ++i)
    if (g_used[i]) ::unlink(g_pending[i].data());
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    to_stdout_ = true;
    return;
  }
  // A device or a pipe (/dev/null, a FIFO) cannot be replaced by a rename: write to it directly.
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    direct_ = true;
    out_.open(path_, std::ios::binary);
    if (!out_) throw OutputError(Location{path_}, "cannot open for writing");
    return;
  }
  std::string pattern = path_ + ".tmp.XXXXXX";
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw OutputError(Location{path_}, std::string("cannot create a temporary file: ") + std::strerror(errno));
  ::close(fd);
  temp_ = pattern;
  register_pending(temp_);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    ::unlink(temp_.c_str());
    unregister_pending(temp_);
    throw OutputError(Location{path_}, "cannot open a temporary file for writing");
  }
}

AtomicFile::~AtomicFile() {
  if (to_stdout_ || direct_ || committed_) return;
  out_.close();
  ::unlink(temp_.c_str());
  unregister_pending(temp_);
}

std::ostream& AtomicFile::stream() { return to_stdout_ ? std::cout : static_cast<std::ostream&>(out_); }

void AtomicFile::commit() {
  if (to_stdout_) {
    std::cout.flush();
    if (!std::cout) throw OutputError(Location{"<stdout>"}, "write failed");
    committed_ = true;
    return;
  }
  out_.flush();
  if (direct_) {
    if (!out_) throw OutputError(Location{path_}, std::string("write failed: ") + std::strerror(errno));
    committed_ = true;
    return;
  }
  const bool write_ok = static_cast<bool>(out_);
  out_.close();
  if (!write_ok || out_.fail()) {
    throw OutputError(Location{path_}, std::string("write failed: ") + std::strerror(errno));
  }
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd < 0 || ::fsync(fd) != 0) {
    if (fd >= 0) ::close(fd);
    throw OutputError(Location{path_}, std::string("cannot flush to disk: ") + std::strerror(errno));
  }
  ::close(fd);
  // The previous file, if any, keeps its permissions only if we copy them; new files get 0644.
  ::chmod(temp_.c_str(), 0644);
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    throw OutputError(Location{path_}, std::string("cannot rename into place: ") + std::strerror(errno));
  unregister_pending(temp_);
  committed_ = true;
}

}  // namespace ag
