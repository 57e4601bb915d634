// graph/edge_batch.cpp: see edge_batch.hpp.
#include "graph/edge_batch.hpp"

#include <type_traits>
#include <utility>

namespace ag {

static_assert(std::is_same_v<Graph::EdgeContainer::value_type::property_type, RelationEdge>,
              "EdgeBatch is written for a graph whose edge list holds RelationEdge properties");

void EdgeBatch::add(Vertex s, Vertex t, RelationEdge&& edge) {
  edges_.emplace_back(s, t);
  edges_.back().get_property() = std::move(edge);
}

void EdgeBatch::append_to(Graph& g) {
  // What boost::add_edge does for this graph type, less the copies of the property: the edge's
  // place in the edge list, kept by each end (the list node does not move when spliced).
  for (auto it = edges_.begin(); it != edges_.end(); ++it) {
    const Vertex s = it->m_source, t = it->m_target;
    g.out_edge_list(s).push_back(Graph::StoredEdge(t, it, &g.m_edges));
    boost::in_edge_list(g, t).push_back(Graph::StoredEdge(s, it, &g.m_edges));
  }
  g.m_edges.splice(g.m_edges.end(), edges_);
}

}  // namespace ag
