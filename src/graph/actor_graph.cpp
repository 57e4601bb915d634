// graph/actor_graph.cpp: the id -> vertex lookup of the graph.
#include "graph/actor_graph.hpp"

namespace ag {

Vertex ActorGraph::vertex(const ActorNode& node) {
  auto it = by_id.find(node.id);
  if (it != by_id.end()) return it->second;
  const Vertex v = boost::add_vertex(node, g);
  by_id.emplace(node.id, v);
  return v;
}

std::optional<Vertex> ActorGraph::find(const std::string& id) const {
  auto it = by_id.find(id);
  if (it == by_id.end()) return std::nullopt;
  return it->second;
}

}  // namespace ag
