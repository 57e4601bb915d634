// graph/assembler.hpp: the fifth stage: documents and their extractions -> the graph.
//
// Assembling is two steps so that the costly one runs in parallel: prepare() turns one document
// and its extraction into its part of the graph (its actors with their mention counts and surface
// forms, its edges with their evidence, already counted and sorted as graph/graph_parts.hpp
// combines them); it is const and may run on any thread. add() then folds the parts into the
// graph in document order, on one thread. Inside, actors are numbered as they first appear and
// edges are keyed by those numbers, so folding a part costs a few hash lookups; ids are compared
// as strings only once, when finish() sorts the graph into its written order. The result is the
// same graph, byte for byte once written, as combining per-document GraphParts.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_json.hpp"
#include "graph/graph_parts.hpp"
#include "relations/extractor.hpp"

namespace ag {

// One document's part of the graph, made by GraphAssembler::prepare.
struct DocumentPart {
  struct Node {
    ActorIndex actor = 0;  // the pack's actor, or ActorIndex(-1) for `found`
    Actor found;           // a discovered actor (id, label, type, flags), when actor is -1
    std::uint64_t mentions = 0;
    std::vector<std::string> aliases;  // sorted, unique surface forms
  };
  struct Edge {
    std::uint32_t source = 0, target = 0;  // indexes into nodes
    std::uint32_t relation = 0;            // index into the pack's relation types
    RelationEdge edge;                     // this document's mentions, finished (see add_mention)
  };
  DocumentInfo info;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

// How much of the graph the assembler may hold before it writes what it holds to disk as a run
// and starts afresh (graph/spill_file.hpp), so that memory stays flat however large the corpus.
struct AssemblyMemory {
  std::size_t budget_bytes = 0;  // documents and edges held, estimated; 0: no limit
  std::string spill_directory = ".";
  // Once there are this many runs they are merged into one: each holds a file open and, while
  // merging, a buffer of 256 KiB.
  std::size_t max_runs = 64;
};

class GraphAssembler {
 public:
  explicit GraphAssembler(const Extractor& extractor, AssemblyMemory memory = {});
  ~GraphAssembler();
  GraphAssembler(GraphAssembler&&) noexcept;

  // The part of one document (thread-safe: touches nothing of the assembler but the rules).
  DocumentPart prepare(const Document& doc, const Extraction& ex) const;

  // Adds a document's part. Returns false (and adds nothing) when a document with the same id is
  // already in: the caller decides whether that is an error.
  bool add(DocumentPart&& part);
  bool add(const Document& doc, const Extraction& ex) { return add(prepare(doc, ex)); }

  std::size_t documents() const;
  // How many runs are on disk (runs are merged into one once there are max_runs).
  std::size_t runs_spilled() const;

  // The graph, vertices in id order, edges in (source, target, relation) order. Only when no run
  // was spilled (runs_spilled() == 0): the whole graph is then in memory anyway.
  ActorGraph finish() &&;
  // The graph in written order, for write_graph_json; any time. It reads the runs back and merges
  // them, holding one edge of each run at a time; the rule pack must outlive it.
  GraphInOrder finish_in_order() &&;

 private:
  struct State;
  void spill();
  void merge_runs();

  const Extractor& extractor_;
  AssemblyMemory memory_;
  std::unique_ptr<State> state_;
};

}  // namespace ag
