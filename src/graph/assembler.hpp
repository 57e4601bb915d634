// graph/assembler.hpp: the fifth stage: documents and their extractions -> the graph.
#pragma once

#include <string>

#include "graph/graph_parts.hpp"
#include "relations/extractor.hpp"

namespace ag {

class GraphAssembler {
 public:
  explicit GraphAssembler(const Extractor& extractor) : extractor_(extractor) {}

  // Adds a document and what was extracted from it. Returns false (and adds nothing) when a
  // document with the same id is already in: the caller decides whether that is an error.
  bool add(const Document& doc, const Extraction& ex);

  std::size_t documents() const { return parts_.documents.size(); }

  // The graph, vertices in id order, edges in (source, target, relation) order.
  ActorGraph finish() &&;

 private:
  const Extractor& extractor_;
  GraphParts parts_;
};

// The part one document adds to a graph (exposed for tests).
GraphParts document_part(const Document& doc, const Extraction& ex, const Extractor& extractor);

}  // namespace ag
