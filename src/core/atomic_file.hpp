// core/atomic_file.hpp: write an output file so that a failed or interrupted run never leaves a
// half-written file behind and never loses the previous one.
//
// The bytes go to a temporary file beside the target ("NAME.tmp.XXXXXX"); commit() flushes,
// fsyncs and renames it into place. Destroying an AtomicFile that was not committed removes the
// temporary file, so the previous file stays intact. "-" writes to standard output instead, and a
// target that is not a regular file (/dev/null, a named pipe) is written directly.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace ag {

class AtomicFile {
 public:
  // Creates the temporary file; throws OutputError naming `path` when it cannot.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  std::ostream& stream();
  // Flushes, fsyncs and renames into place; throws OutputError (e.g. disk full) and then leaves
  // the previous file as it was.
  void commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool to_stdout_ = false;
  bool direct_ = false;  // the target is a device or pipe: written in place
  bool committed_ = false;
};

// Removes every temporary file still open by an AtomicFile; called from the SIGINT/SIGTERM
// handler so that an interrupted run leaves nothing behind. Async-signal-safe.
void remove_pending_temp_files() noexcept;

}  // namespace ag
