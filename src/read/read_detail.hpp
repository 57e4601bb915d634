// read/read_detail.hpp: the pieces of the reader shared by its files. Not a public contract: other
// stages use read/reader.hpp only.
//
// reader.cpp dispatches each command-line input; directory.cpp walks directories; text_file.cpp
// turns one file (or stdin) into one Document; jsonl.cpp turns a JSON Lines stream into many;
// file_io.cpp holds the POSIX reading underneath them all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "read/file_io.hpp"
#include "read/reader.hpp"

namespace ag::read_detail {

// How much of a file decides whether it is binary (a NUL byte in it means binary).
inline constexpr std::size_t kBinaryProbeBytes = 8 * 1024;

// What we are reading: the path for messages (the real path, or "<stdin>"), the id its text
// document gets, and whether the user named it on the command line (then a failure to read it is
// an error; inside a directory it is a warning and a skip).
struct Input {
  std::string path;
  std::string id;
  bool top_level = false;
};

// Hands warnings to the caller's sink; under ReadOptions::strict throws them as InputErrors.
class Reporter {
 public:
  Reporter(const ReadOptions& options, const WarningSink& sink) : options_(options), sink_(sink) {}
  const ReadOptions& options() const { return options_; }
  void warn(Location where, std::string message) const;
  // A file or directory that could not be opened or read (`err` is an errno value).
  void cannot_read(const Input& input, int err) const;

 private:
  const ReadOptions& options_;
  const WarningSink& sink_;
};

// "cannot read: <strerror(err)>".
std::string cannot_read_message(int err);

// Appends what `fd` holds until end of file or until `out` reaches `limit` bytes (whichever comes
// first). Returns 0, or the errno of a failed read.
int read_some(int fd, std::string& out, std::size_t limit);

// True for *.jsonl and *.ndjson (any letter case).
bool is_jsonl_name(std::string_view path);
// True if `text` holds nothing but white space and byte order marks.
bool is_blank(std::string_view text);
// Removes a leading UTF-8 byte order mark from a view.
std::string_view without_bom(std::string_view text);

// One text document from `fd`; `head` holds bytes already read from it (stdin's first block).
void read_text(int fd, std::string head, const Input& input, const DocumentSink& sink, const Reporter& report);
// Every document of a JSON Lines stream.
void read_jsonl(int fd, std::string head, const Input& input, const DocumentSink& sink, const Reporter& report);
// Opens a file and reads it as JSON Lines or as text, by its name.
void read_file(const Input& input, const DocumentSink& sink, const Reporter& report);
// Every file under `root`, recursively, in sorted order (see reader.hpp).
void read_directory(const std::string& root, const DocumentSink& sink, const Reporter& report);

}  // namespace ag::read_detail
