// graph/vertex_index.hpp: actor id -> vertex in one flat table, for readers that look up millions
// of end points.
//
// ActorGraph::by_id is an unordered_map: every lookup reaches a bucket and then a node of its own
// somewhere in the heap, two cache misses. Reading a graph file of a million edges looks up two
// million end points, and those misses were a sixth of the load time. Here the slots and a copy of
// every id sit in two arrays (a megabyte for 50,000 actors), which stay in the processor's cache.
// Built once, read by any number of threads; throws GraphError beyond 2^32 actors or bytes of ids.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

class VertexIndex {
 public:
  explicit VertexIndex(const ActorGraph& graph);
  std::optional<Vertex> find(std::string_view id) const;

 private:
  std::string ids_;                      // every id, one after the other
  std::vector<std::uint32_t> id_start_;  // per vertex, where its id starts in ids_ (one more: the end)
  std::vector<std::uint32_t> slots_;     // open addressing: vertex + 1, 0 = empty
  std::size_t mask_ = 0;
};

}  // namespace ag
