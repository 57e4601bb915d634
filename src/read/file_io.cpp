// read/file_io.cpp: POSIX reading for the reader: whole files in large blocks, errno messages, and
// the small byte-level tests (JSON Lines names, blank text, byte order marks).
//
// Files are read with read(2) straight into the Document's string, as large as the
// room left in it, so a 100 MB file with no newline costs one allocation (its size is known from
// fstat) and no copies; pipes grow the string geometrically.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "read/file_io.hpp"
#include "read/read_detail.hpp"

namespace ag {
namespace {

constexpr std::size_t kProbe = 4096;

// One read(2) of at most `want` bytes appended to `out`; returns bytes read, 0 at EOF, -1 on error.
long append_block(int fd, std::string& out, std::size_t want) {
  const std::size_t old = out.size();
  out.resize(old + want);
  ssize_t got = 0;
  do {
    got = ::read(fd, out.data() + old, want);
  } while (got < 0 && errno == EINTR);
  out.resize(old + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
  return static_cast<long>(got);
}

}  // namespace

FileHandle::~FileHandle() {
  if (fd_ > 2) ::close(fd_);  // never close stdin
}

int read_rest(int fd, std::string& out) {
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    out.reserve(std::max(out.size(), static_cast<std::size_t>(st.st_size)) + kProbe);
  }
  for (;;) {
    // Fill the room we have; once it is (nearly) used up, probe with a small read so that the
    // end of a file whose size fstat told us costs no reallocation.
    const std::size_t room = out.capacity() - out.size();
    if (room > kProbe) {
      const long got = append_block(fd, out, room);
      if (got < 0) return errno;
      if (got == 0) return 0;
      continue;
    }
    char probe[kProbe];
    ssize_t got = 0;
    do {
      got = ::read(fd, probe, sizeof probe);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return errno;
    if (got == 0) return 0;
    out.append(probe, static_cast<std::size_t>(got));
  }
}

}  // namespace ag

namespace ag::read_detail {

void Reporter::warn(Location where, std::string message) const {
  if (options_.strict) throw InputError(std::move(where), message);
  if (sink_) sink_(Warning{std::move(where), std::move(message)});
}

void Reporter::cannot_read(const Input& input, int err) const {
  if (input.top_level) throw InputError(Location(input.path), cannot_read_message(err));
  warn(Location(input.path), cannot_read_message(err) + "; skipped");
}

std::string cannot_read_message(int err) { return std::string("cannot read: ") + std::strerror(err); }

int read_some(int fd, std::string& out, std::size_t limit) {
  while (out.size() < limit) {
    const long got = append_block(fd, out, limit - out.size());
    if (got < 0) return errno;
    if (got == 0) break;
  }
  return 0;
}

bool is_jsonl_name(std::string_view path) {
  const auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    const std::string_view tail = path.substr(path.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
      return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
    });
  };
  return ends_with(".jsonl") || ends_with(".ndjson");
}

std::string_view without_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

bool is_blank(std::string_view text) {
  for (;;) {
    const std::string_view rest = without_bom(text);
    if (rest.size() == text.size()) break;
    text = rest;
  }
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace ag::read_detail
