// graph/edge_batch.hpp: edges made ready on any thread, then joined to a graph in a few
// instructions each.
//
// boost::add_edge allocates the edge's node, copies a default property into it twice, and only
// then can the caller move the real property in: for a million edges read from a file that is most
// of the time the one thread that owns the graph spends. An EdgeBatch holds finished edge nodes of
// the graph's own edge list type, built by a worker; append_to() links them into the graph (the
// list is spliced, not copied) and records each edge at its two ends, exactly as a run of
// boost::add_edge would: the same edge order and the same out- and in-edge lists.
//
// This uses the members adjacency_list keeps public for its helpers (m_edges, out_edge_list,
// in_edge_list) for the graph type of actor_graph.hpp: vecS vertices, listS edges, bidirectional.
#pragma once

#include <cstddef>

#include "graph/actor_graph.hpp"

namespace ag {

class EdgeBatch {
 public:
  // The edge s -> t with `edge` as its property (moved, not copied).
  void add(Vertex s, Vertex t, RelationEdge&& edge);
  std::size_t size() const { return edges_.size(); }
  bool empty() const { return edges_.empty(); }
  const RelationEdge& back() const { return edges_.back().get_property(); }
  void clear() { edges_.clear(); }
  // Moves every edge of the batch into `g` (whose vertices they join), in batch order; the batch is
  // empty afterwards.
  void append_to(Graph& g);

 private:
  Graph::EdgeContainer edges_;
};

}  // namespace ag
