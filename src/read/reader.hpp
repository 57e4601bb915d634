// read/reader.hpp: the first stage: turning command-line inputs into Documents.
//
// An input is a plain-text file, a directory (read recursively in sorted order, hidden entries
// skipped, binary files skipped with a warning), a JSON Lines file (*.jsonl: one document per line,
// {"id", "text"} plus optional "title", "date", "url", "source"; *.ndjson too), or "-" for standard
// input (JSON Lines when its first character is "{", else one text document with id "-").
// Documents are streamed to a sink one at a time, so memory does not grow with the corpus.
//
// Document::text keeps the original bytes (BOM, CRLF and invalid UTF-8 included). Warnings (each
// one a skip, except invalid UTF-8, which keeps the document): binary files (a NUL byte in the first
// 8 KiB), empty files, bad JSONL lines (file:line and what is wrong), invalid UTF-8 (with its byte
// offset), and, inside directories, entries that cannot be read, broken links, symbolic link loops
// (never followed) and special files.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/error.hpp"

namespace ag {

struct ReadOptions {
  bool strict = false;  // turn every warning (binary files, bad JSONL lines, bad UTF-8, ...) into an InputError
  std::size_t max_line_bytes = std::size_t{64} << 20;  // a longer JSONL line is a warning and a skip
};

// Something the reader skipped or repaired; the CLI prints these to stderr as "warning: ...".
struct Warning {
  Location where;
  std::string message;
};

using DocumentSink = std::function<void(Document&&)>;
using WarningSink = std::function<void(const Warning&)>;

// Reads every input in order and hands each document to `sink`. Throws InputError for a missing or
// unreadable input (and, under `strict`, for what would otherwise be a warning).
void read_documents(const std::vector<std::string>& inputs, const ReadOptions& options,
                    const DocumentSink& sink, const WarningSink& warn);

}  // namespace ag
