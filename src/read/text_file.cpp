// read/text_file.cpp: one file (or stdin) as one text document, and the choice between text and
// JSON Lines for a file.
//
// A text document is skipped with a warning when it is binary (a NUL byte in its first 8 KiB, read
// before the rest so that a large binary file costs one small read) or empty (nothing but white
// space). Invalid UTF-8 is only a warning: the document goes on with its original bytes, because
// every later stage treats text as bytes and offsets must point into what the user gave us.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "read/read_detail.hpp"
#include "read/utf8.hpp"

namespace ag::read_detail {
namespace {

// The offset of the first NUL byte in the probe window of `head`, or npos.
std::size_t first_nul(std::string_view head) {
  return head.substr(0, kBinaryProbeBytes).find('\0');
}

}  // namespace

void read_text(int fd, std::string head, const Input& input, const DocumentSink& sink, const Reporter& report) {
  Document doc;
  doc.text = std::move(head);
  if (const int err = read_some(fd, doc.text, kBinaryProbeBytes)) return report.cannot_read(input, err);
  if (const std::size_t nul = first_nul(doc.text); nul != std::string_view::npos) {
    return report.warn(Location::at_offset(input.path, nul), "binary file (NUL byte); skipped");
  }
  if (const int err = read_rest(fd, doc.text)) return report.cannot_read(input, err);
  if (is_blank(doc.text)) return report.warn(Location(input.path), "empty file; skipped");
  if (const std::size_t bad = find_invalid_utf8(doc.text); bad != kValidUtf8) {
    report.warn(Location::at_offset(input.path, bad), "invalid UTF-8; the document is read with its original bytes");
  }
  doc.id = input.id;
  sink(std::move(doc));
}

void read_file(const Input& input, const DocumentSink& sink, const Reporter& report) {
  int fd = -1;
  do {
    fd = ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return report.cannot_read(input, errno);
  const FileHandle file(fd);
  if (is_jsonl_name(input.path)) {
    read_jsonl(file.get(), {}, input, sink, report);
  } else {
    read_text(file.get(), {}, input, sink, report);
  }
}

}  // namespace ag::read_detail
