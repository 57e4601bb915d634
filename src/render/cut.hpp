// render/cut.hpp: cutting a graph that is too large to draw down to its most important actors.
//
// Importance is the weighted degree: the sum of the weights of an actor's edges, in and out.
// Ties go to the actor with the smaller id, so the cut is deterministic. The cut runs in
// O(E log E): a graph of any size is cut in well under a second, and GraphViz only ever sees
// what is small enough to lay out in seconds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "graph/actor_graph.hpp"

namespace ag {

// Weighted degree of every actor, by vertex.
std::map<Vertex, std::uint64_t> weighted_degrees(const Graph& g);

struct Cut {
  ActorGraph graph;     // the kept actors and the edges among them
  std::string notice;   // empty when nothing was cut
};

// Keeps the `max_nodes` actors of highest weighted degree (all of them when there are no more;
// the actor `keep`, when it is the id of one, always), then at most `max_edges` edges among them,
// heaviest first. Actors that had edges but lost all of them to the cut are dropped: a drawing of
// unconnected names says nothing. The result's vertices and edges are in id order.
Cut cut_to_top(const ActorGraph& g, std::size_t max_nodes, std::size_t max_edges,
               const std::string& keep = {});

}  // namespace ag
