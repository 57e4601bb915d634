// query/filter.hpp: choosing part of a graph. Shared by `query`, `render` and `export`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

struct GraphFilter {
  std::vector<std::string> relations;  // keep only these relation types (empty = all)
  std::vector<std::string> types;      // keep only actors of these types (empty = all)
  std::string since, until;            // ISO dates, inclusive; an edge is kept if any evidence falls inside
  std::uint64_t min_weight = 1;        // drop edges with fewer supporting mentions
  bool include_negated = false;        // keep negated evidence (and edges supported only by it)
  bool include_hedged = false;         // keep hedged evidence (and edges supported only by it)
  std::optional<std::string> focus;    // actor name (id, label or alias): keep its neighbourhood
  int depth = 1;                       // with focus: how many hops
  std::size_t top = 0;                 // keep the N most central actors (0 = all)
  bool keep_isolated = false;          // keep actors left without edges
};

// Resolves an actor name (id, label or alias seen, case-insensitive). Throws UsageError naming
// the closest known names when nothing matches.
Vertex resolve_actor(const ActorGraph& g, const std::string& name);

// The subgraph the filter selects (a new ActorGraph with the same documents and fingerprint).
ActorGraph apply_filter(const ActorGraph& g, const GraphFilter& f);

}  // namespace ag
