// graph/merge.hpp: several graph files -> one.
//
// Merging is associative and commutative: the graphs' documents, actors and edges combine as in
// graph_parts.hpp, so building a corpus in shards and merging the shards' graphs gives the graph
// of the whole corpus, byte for byte.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

struct NamedGraph {
  std::string name;  // where it came from, for error messages
  ActorGraph graph;
};

struct MergeOptions {
  // Graphs built with different rule packs count different things; merge them only when asked.
  // The merged graph's fingerprint is then the sorted, "+"-joined set of the inputs' fingerprints.
  bool allow_different_rules = false;
};

// Throws GraphError naming the input that built with other rules or that repeats a document.
ActorGraph merge_graphs(const std::vector<NamedGraph>& graphs, const MergeOptions& options);

}  // namespace ag
