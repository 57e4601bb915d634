// read/file_io.hpp: reading a whole file through its descriptor, for the document reader and for
// the graph reader (a graph file that is a pipe or a device).
#pragma once

#include <string>

namespace ag {

// An open file descriptor, closed when it goes out of scope (never 0, 1 or 2).
class FileHandle {
 public:
  explicit FileHandle(int fd) : fd_(fd) {}
  FileHandle(const FileHandle&) = delete;
  FileHandle& operator=(const FileHandle&) = delete;
  ~FileHandle();
  int get() const { return fd_; }

 private:
  int fd_;
};

// Appends everything `fd` holds until end of file. Returns 0, or the errno of a failed read.
int read_rest(int fd, std::string& out);

}  // namespace ag
