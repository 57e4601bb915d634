// read/reader.hpp: the first stage: turning command-line inputs into Documents.
//
// An input is a plain-text file, a directory (read recursively in sorted order, hidden entries
// skipped, binary files skipped with a warning), a JSON Lines file (*.jsonl: one document per line,
// {"id", "text"} plus optional "title", "date", "url", "source"), or "-" for standard input.
// Documents are streamed to a sink one at a time, so memory does not grow with the corpus.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/error.hpp"

namespace ag {

struct ReadOptions {
  bool strict = false;  // turn skips (binary files, bad JSONL lines, bad UTF-8) into InputErrors
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
