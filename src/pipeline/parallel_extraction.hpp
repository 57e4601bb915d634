// pipeline/parallel_extraction.hpp: read -> extract over a pool of threads -> an ordered sink.
//
// Documents are read on the calling thread and extracted by `threads` workers; the sink sees
// every document with its extraction in input order, on the calling thread, whatever the number
// of threads — so anything built from the sink (a graph, a JSON Lines file) is byte-identical for
// -j 1 and -j N. An optional `prepare` step runs on the worker right after extraction (building a
// document's part of a graph, say), so that the calling thread, which reads and sinks in order,
// does as little as possible. Documents travel in batches of up to 256 KB of text, and a batch's
// documents are extracted together (Extractor::extract_batch), also with one thread; at most a
// window of batches (sixteen per thread, 64 MB of text at most) is in memory at once: memory grows
// with the threads, not with the corpus.
#pragma once

#include <any>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/ordered_render.hpp"  // effective_threads
#include "read/reader.hpp"
#include "relations/extractor.hpp"

namespace ag {

using ExtractionSink = std::function<void(const Document&, const Extraction&)>;

// Per-document work done on a worker thread after extraction; its result goes to the sink.
using PrepareStep = std::function<std::any(const Document&, const Extraction&)>;
using PreparedSink = std::function<void(const Document&, const Extraction&, std::any& prepared)>;

// Reads `inputs` and extracts every document with `extractor` on `threads` threads (0 = all
// cores). Errors thrown by the reader, the prepare step or the sink propagate after the workers
// stop (a worker's error surfaces when its document's turn in the input order comes).
void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const ExtractionSink& sink, const WarningSink& warn);
void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const PrepareStep& prepare, const PreparedSink& sink, const WarningSink& warn);

}  // namespace ag
