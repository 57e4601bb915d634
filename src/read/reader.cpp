// read/reader.cpp: the reader's entry point: each command-line input in order, dispatched to the
// directory walker, the file reader or standard input.
//
// Standard input ("-") is one text document with id "-", unless its first character (after a byte
// order mark and white space) is "{": then it is read as JSON Lines. Messages about it name
// "<stdin>".
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "read/read_detail.hpp"

namespace ag {
namespace {

using read_detail::Input;
using read_detail::Reporter;

void read_stdin(const DocumentSink& sink, const Reporter& report) {
  const Input input{"<stdin>", "-", true};
  std::string head;
  if (const int err = read_detail::read_some(STDIN_FILENO, head, read_detail::kBinaryProbeBytes)) {
    return report.cannot_read(input, err);
  }
  const std::string_view start = read_detail::without_bom(head);
  const std::size_t first = start.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && start[first] == '{') {
    read_detail::read_jsonl(STDIN_FILENO, std::move(head), input, sink, report);
  } else {
    read_detail::read_text(STDIN_FILENO, std::move(head), input, sink, report);
  }
}

void read_input(const std::string& path, const DocumentSink& sink, const Reporter& report) {
  if (path == "-") return read_stdin(sink, report);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return report.cannot_read(Input{path, path, true}, errno);
  if (S_ISDIR(st.st_mode)) return read_detail::read_directory(path, sink, report);
  read_detail::read_file(Input{path, path, true}, sink, report);
}

}  // namespace

void read_documents(const std::vector<std::string>& inputs, const ReadOptions& options,
                    const DocumentSink& sink, const WarningSink& warn) {
  const Reporter report(options, warn);
  for (const std::string& input : inputs) read_input(input, sink, report);
}

}  // namespace ag
